import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { renderWithProviders } from '../test/render';
import { LinkButton } from './link-button';

const TARGET = '/near-misses?status=OPEN';

/** A page with the action on it, and the page it leads to. */
function renderAction() {
  renderWithProviders(
    <Routes>
      <Route
        path="/"
        element={
          <LinkButton to={TARGET} type="primary">
            一覧へ戻る
          </LinkButton>
        }
      />
      <Route path="/near-misses" element={<h1>一覧のページ</h1>} />
    </Routes>,
  );
  return screen.getByRole('link', { name: '一覧へ戻る' });
}

/**
 * Whether the browser would follow the link itself: read after the console's handler has run,
 * then prevented, since jsdom cannot load another page.
 */
function watchDefault() {
  const seen = { prevented: null as boolean | null };
  const listener = (event: MouseEvent) => {
    seen.prevented = event.defaultPrevented;
    event.preventDefault();
  };
  beforeEach(() => {
    seen.prevented = null;
    window.addEventListener('click', listener);
  });
  afterEach(() => window.removeEventListener('click', listener));
  return seen;
}

describe('LinkButton', () => {
  const click = watchDefault();

  it('is one link, with the address it leads to, and one stop for the keyboard', async () => {
    const link = renderAction();
    expect(link).toHaveAttribute('href', TARGET);
    expect(within(link).queryByRole('button')).toBeNull();

    const user = userEvent.setup();
    await user.tab();
    expect(link).toHaveFocus();
    await user.tab();
    expect(document.body).toHaveFocus();
  });

  it('opens the page within the console on a plain click', async () => {
    const link = renderAction();
    await userEvent.setup().click(link);
    expect(await screen.findByRole('heading', { name: '一覧のページ' })).toBeInTheDocument();
    expect(click.prevented).toBe(true);
  });

  it.each([
    ['Ctrl', { ctrlKey: true }],
    ['⌘', { metaKey: true }],
    ['Shift', { shiftKey: true }],
  ])('leaves a %s-click to the browser (a new tab or window)', (_, modifier) => {
    const link = renderAction();
    fireEvent.click(link, modifier);
    expect(click.prevented).toBe(false);
    expect(screen.queryByRole('heading', { name: '一覧のページ' })).toBeNull();
  });
});
