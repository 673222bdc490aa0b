import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  CustomerClearTouchModelOverrideDocument,
  CustomerSetTouchModelDocument,
  type TouchModelCardFragment,
} from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import { TouchModelCard } from './touch-model-card';

const override = {
  __typename: 'TouchModelOverride' as const,
  touchModel: 'HIGH_TOUCH' as const,
  reason: '戦略顧客として担当を付ける',
  setAt: '2026-12-01T01:00:00.000Z',
  setBy: '佐藤 一郎',
};

const customer = (withOverride: boolean): TouchModelCardFragment => ({
  id: 'C1',
  touchModel: withOverride ? 'HIGH_TOUCH' : 'TECH_TOUCH',
  touchModelAssessment: {
    touchModel: withOverride ? 'HIGH_TOUCH' : 'TECH_TOUCH',
    derived: 'TECH_TOUCH',
    reason: '年商が不明のため、テックタッチ',
    unknownFields: ['annualRevenueYen'],
    override: withOverride ? override : null,
  },
});

const payload = (typename: string, withOverride: boolean) => ({
  __typename: typename,
  customer: { __typename: 'Customer', ...customer(withOverride) },
  userErrors: [],
});

describe('TouchModelCard', () => {
  it("shows the rule's model and why", () => {
    renderWithProviders(<TouchModelCard customer={customer(false)} canEdit={false} />);
    expect(screen.getByTestId('touch-model-value')).toHaveTextContent('テックタッチ');
    expect(screen.getByTestId('touch-model-reason')).toHaveTextContent('年商が不明のため');
    expect(screen.queryByTestId('touch-model-override')).toBeNull();
    expect(screen.queryByRole('button', { name: '手動で設定' })).toBeNull();
  });

  it('sets the model by hand only with a reason', async () => {
    const user = userEvent.setup();
    const set = jest.fn(() => ({ data: { setTouchModel: payload('SetTouchModelPayload', true) } }));
    renderWithProviders(<TouchModelCard customer={customer(false)} canEdit />, {
      mocks: [
        {
          request: {
            query: CustomerSetTouchModelDocument,
            variables: {
              input: { customerId: 'C1', touchModel: 'HIGH_TOUCH', reason: override.reason },
            },
          },
          result: set,
        },
      ],
    });
    await user.click(screen.getByRole('button', { name: '手動で設定' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('タッチモデル'));
    await user.click(await screen.findByTitle('ハイタッチ'));
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    expect(await within(dialog).findByText('入力してください。')).toBeInTheDocument();
    expect(set).not.toHaveBeenCalled();
    await user.type(within(dialog).getByLabelText('理由'), override.reason);
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    await waitFor(() => expect(set).toHaveBeenCalledTimes(1));
  });

  it('shows the override with its reason and clears it after confirming', async () => {
    const user = userEvent.setup();
    const clear = jest.fn(() => ({
      data: { clearTouchModelOverride: payload('SetTouchModelPayload', false) },
    }));
    renderWithProviders(<TouchModelCard customer={customer(true)} canEdit />, {
      mocks: [
        {
          request: {
            query: CustomerClearTouchModelOverrideDocument,
            variables: { input: { customerId: 'C1' } },
          },
          result: clear,
        },
      ],
    });
    const shown = screen.getByTestId('touch-model-override');
    expect(shown).toHaveTextContent('手動で設定: ハイタッチ');
    expect(shown).toHaveTextContent(override.reason);
    await user.click(screen.getByRole('button', { name: '手動設定を解除' }));
    const confirm = await screen.findByText(/ルールの判定（テックタッチ）に戻しますか/);
    await user.click(
      within(confirm.closest('.ant-popover') as HTMLElement).getByRole('button', {
        name: '手動設定を解除',
      }),
    );
    await waitFor(() => expect(clear).toHaveBeenCalledTimes(1));
  });
});
