import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CustomerUpdateProfileDocument, type ProfileCardFragment } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import { readableYen } from './company-profile.format';
import { ProfileCard } from './profile-card';

const customer: ProfileCardFragment = {
  id: 'C1',
  version: 7,
  stage: 'ACTIVE',
  name: '株式会社サンプル',
  nameKana: 'サンプル',
  corporateNumber: '5835678256246',
  annualRevenueYen: 1_234_567_890,
  currentRatio: 1.5,
  employeeCount: 1200,
  industry: 'MANUFACTURING',
  engagement: 'HIGH',
};

const error = (code: string, field: string | null, message: string) => ({
  __typename: 'UserError' as const,
  code,
  field,
  message,
});

/** updateCustomer answering these refusals, expecting the whole form at version 7. */
const updateMock = (userErrors: ReturnType<typeof error>[], name = '株式会社サンプル改') => {
  const result = jest.fn(() => ({
    data: { updateCustomer: { __typename: 'UpdateCustomerPayload', customer: null, userErrors } },
  }));
  return {
    result,
    mock: {
      request: {
        query: CustomerUpdateProfileDocument,
        variables: {
          input: {
            customerId: 'C1',
            version: 7,
            name,
            nameKana: 'サンプル',
            corporateNumber: '5835678256246',
            annualRevenueYen: 1_234_567_890,
            currentRatio: 1.5,
            employeeCount: 1200,
            industry: 'MANUFACTURING',
            engagement: 'HIGH',
          },
        },
      },
      result,
    },
  };
};

async function editName(name: string) {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: /編集/ }));
  const dialog = await screen.findByRole('dialog');
  const field = within(dialog).getByLabelText('会社名');
  await user.clear(field);
  await user.type(field, name);
  await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
  return dialog;
}

describe('ProfileCard', () => {
  it('shows revenue as people say it, the current ratio in percent and the labelled engagement', () => {
    renderWithProviders(<ProfileCard customer={customer} canEdit={false} />);
    const card = screen.getByTestId('profile');
    expect(within(card).getByTestId('profile-revenue')).toHaveTextContent('12億3,456万円');
    expect(within(card).getByTestId('profile-current-ratio')).toHaveTextContent('150 %');
    expect(within(card).getByTestId('profile-engagement')).toHaveTextContent('高い（積極的）');
    expect(within(card).getByText('1,200人')).toBeInTheDocument();
    expect(within(card).getByText('製造業')).toBeInTheDocument();
  });

  it('offers no edit to a role that may not change customers', () => {
    renderWithProviders(<ProfileCard customer={customer} canEdit={false} />);
    expect(screen.queryByRole('button', { name: /編集/ })).toBeNull();
  });

  it('sends the version read and says so when someone else changed the customer first', async () => {
    const { mock, result } = updateMock([error('STALE_VERSION', 'version', '古い版です')]);
    const reload = jest.fn();
    renderWithProviders(<ProfileCard customer={customer} canEdit onReload={reload} />, {
      mocks: [mock],
    });
    const dialog = await editName('株式会社サンプル改');
    // The revenue typed reads as people say it.
    expect(within(dialog).getByTestId('revenue-hint')).toHaveTextContent('12億3,456万円');
    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
    expect(
      await within(dialog).findByText(/ほかの人がこの顧客を先に変更しました/),
    ).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: '最新の内容を読み込む' }));
    expect(reload).toHaveBeenCalled();
  });

  it('shows the API refusal of a field on that field', async () => {
    const { mock } = updateMock([error('DUPLICATE', 'name', 'この会社名は既に登録されています。')]);
    renderWithProviders(<ProfileCard customer={customer} canEdit />, { mocks: [mock] });
    const dialog = await editName('株式会社サンプル改');
    const field = within(dialog).getByLabelText('会社名');
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    // antd renders the error text a tick after the field turns invalid (CSS motion).
    expect(
      await within(dialog).findByText('この会社名は既に登録されています。'),
    ).toBeInTheDocument();
  });

  it('refuses a blank name before sending anything', async () => {
    const { mock, result } = updateMock([]);
    renderWithProviders(<ProfileCard customer={customer} canEdit />, { mocks: [mock] });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /編集/ }));
    const dialog = await screen.findByRole('dialog');
    await user.clear(within(dialog).getByLabelText('会社名'));
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    expect(await within(dialog).findByText('入力してください。')).toBeInTheDocument();
    expect(result).not.toHaveBeenCalled();
  });
});

describe('readableYen', () => {
  it.each([
    [1_234_567_890, 'ja', '12億3,456万円'],
    [2_000_000_000_000, 'ja', '2兆円'],
    [50_000_000, 'ja', '5,000万円'],
    [9_800, 'ja', '9,800円'],
    [1_234_567_890, 'en', '¥1.2B'],
    [9_800, 'en', '¥9,800'],
  ])('%d in %s reads %s', (yen, language, text) => {
    expect(readableYen(yen, language)).toBe(text);
  });
});
