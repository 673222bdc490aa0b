import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { renderWithProviders } from '../../test/render';
import { viewerMock } from '../../test/viewer';
import { AppLayout } from './app-layout';

// jsdom matches no media query: the layout is the phone's, with the menu in a drawer.
function renderLayout(viewer: ReturnType<typeof viewerMock>) {
  return renderWithProviders(
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<h1>ホーム画面</h1>} />
      </Route>
    </Routes>,
    // The viewer arrives a little later, as it does from the API.
    { mocks: [{ ...viewer, delay: 200 }] },
  );
}

const operator = viewerMock(['OPERATOR'], ['customers:read', 'customers:write']);

describe('AppLayout', () => {
  it('shows a skeleton, not a menu that grows, until the viewer is known', async () => {
    renderLayout(operator);
    // Opened at once (fireEvent, not userEvent's pauses), before the viewer has arrived.
    fireEvent.click(screen.getByRole('button', { name: 'メニューを開く' }));
    // While the viewer loads: no menu items at all (not 2 that become 4).
    expect(screen.getByTestId('menu-loading')).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'ホーム' })).not.toBeInTheDocument();

    const menu = await screen.findByRole('navigation', { name: 'サイドメニュー' });
    expect(screen.queryByTestId('menu-loading')).not.toBeInTheDocument();
    const items = within(menu)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(items).toEqual(['ホーム', '顧客', 'トライアル開始', 'リード登録']);
  });

  it('puts the skip link first and the screen in main, which takes the focus', async () => {
    renderLayout(operator);
    const skip = screen.getByRole('link', { name: '本文へスキップ' });
    const user = userEvent.setup();
    await user.tab();
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    const main = screen.getByRole('main');
    expect(main).toHaveFocus();
    expect(within(main).getByRole('heading', { level: 1 })).toHaveTextContent('ホーム画面');
  });

  it('folds the roles into one button on narrow screens, named with the roles', async () => {
    renderLayout(viewerMock(['OPERATOR', 'CHECKER'], []));
    const viewer = await screen.findByRole('button', {
      name: '佐藤 一郎（オペレーター、チェッカー）',
    });
    await userEvent.setup().click(viewer);
    await waitFor(() => expect(screen.getByText('CHECKER')).toBeVisible());
    expect(screen.getByRole('button', { name: 'ログアウト' })).toBeInTheDocument();
  });
});
