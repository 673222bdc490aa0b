import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  CustomerRequestScheduledChangeWithdrawalDocument,
  ProvisioningCatalogDocument,
  type ScheduledChangesCardFragment,
} from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import { ScheduledChangesCard } from './scheduled-changes-card';

const yen = (excludingTax: number) => {
  const tax = Math.floor(excludingTax / 10);
  return { __typename: 'TaxedAmount', excludingTax, tax, includingTax: excludingTax + tax };
};

const catalog = {
  request: { query: ProvisioningCatalogDocument },
  result: {
    data: {
      plans: [
        { code: 'BASIC', name: 'ベーシック', monthlyFeeYen: 1000 },
        { code: 'STANDARD', name: 'スタンダード', monthlyFeeYen: 3000 },
      ].map((p) => ({ __typename: 'Plan', id: p.code, active: true, ...p })),
      options: [
        { code: 'MFA_TOTP', name: '認証アプリ', monthlyFeeYen: 300 },
        { code: 'STORAGE_100', name: 'ストレージ100GB', monthlyFeeYen: 500 },
      ].map((o) => ({
        __typename: 'CatalogOption',
        id: o.code,
        kind: 'MFA',
        factorCategory: null,
        active: true,
        ...o,
      })),
    },
  },
};

const change = {
  __typename: 'ProvisioningRequest',
  id: 'R1',
  kind: 'PLAN_CHANGE',
  status: 'SCHEDULED',
  effectiveDate: '2099-05-16',
  withdrawal: null,
  proposal: {
    __typename: 'ProvisioningProposal',
    planCode: 'STANDARD',
    optionCodes: ['MFA_TOTP'],
    preview: {
      __typename: 'ProvisioningPreview',
      planBefore: 'BASIC',
      planAfter: 'STANDARD',
      kept: ['MFA_TOTP'],
      removed: ['STORAGE_100'],
      added: [],
      monthlyFeeBefore: yen(1800),
      monthlyFeeAfter: yen(3300),
      proratedFirstMonth: null,
    },
  },
} as const;

const customer = (changes: readonly object[]) =>
  ({ scheduledChanges: changes }) as unknown as ScheduledChangesCardFragment;

describe('ScheduledChangesCard', () => {
  it('lists each scheduled change with its date, kind, effect and request', async () => {
    renderWithProviders(<ScheduledChangesCard customer={customer([change])} canWrite />, {
      mocks: [catalog],
    });
    const card = screen.getByTestId('scheduled-changes');
    expect(within(card).getByText('予定されている変更')).toBeInTheDocument();
    expect(within(card).getByText('2099/05/16 適用予定')).toBeInTheDocument();
    expect(within(card).getByText('プラン変更')).toBeInTheDocument();
    expect(await within(card).findByText('スタンダード')).toBeInTheDocument();
    expect(within(card).getByTestId('preview-removed')).toHaveTextContent('ストレージ100GB');
    expect(within(card).getByRole('link', { name: '申請を見る' })).toHaveAttribute(
      'href',
      '/requests/R1',
    );
  });

  it('is not shown when nothing is scheduled', () => {
    renderWithProviders(<ScheduledChangesCard customer={customer([])} canWrite />);
    expect(screen.queryByTestId('scheduled-changes')).toBeNull();
    expect(screen.queryByText('予定されている変更')).toBeNull();
  });

  it('asks to withdraw a change with a reason, and says so once asked', async () => {
    const user = userEvent.setup();
    const withdraw = jest.fn(() => ({
      data: {
        requestScheduledChangeWithdrawal: {
          __typename: 'RequestScheduledChangeWithdrawalPayload',
          request: { __typename: 'ProvisioningRequest', id: 'R1', status: 'SCHEDULED' },
          userErrors: [],
        },
      },
    }));
    renderWithProviders(<ScheduledChangesCard customer={customer([change])} canWrite />, {
      mocks: [
        catalog,
        {
          request: {
            query: CustomerRequestScheduledChangeWithdrawalDocument,
            variables: { input: { requestId: 'R1', reason: 'お客様が申込を撤回' } },
          },
          result: withdraw,
        },
      ],
    });
    await user.click(screen.getByRole('button', { name: '取り下げを申請' }));
    const dialog = await screen.findByRole('dialog');
    // A blank reason is refused before anything is sent.
    await user.click(within(dialog).getByRole('button', { name: '取り下げを申請' }));
    expect(await within(dialog).findByText('入力してください。')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('理由'), 'お客様が申込を撤回');
    await user.click(within(dialog).getByRole('button', { name: '取り下げを申請' }));
    await waitFor(() => expect(withdraw).toHaveBeenCalledTimes(1));
    expect(
      await screen.findByText('取り下げを申請しました。別のチェッカーの確認を待っています。'),
    ).toBeInTheDocument();
  });

  it('shows a pending withdrawal instead of the action', () => {
    renderWithProviders(
      <ScheduledChangesCard
        customer={customer([
          {
            ...change,
            withdrawal: {
              __typename: 'ScheduledWithdrawal',
              requestedAt: '2099-05-01T01:00:00.000Z',
              reason: '重複した申請',
            },
          },
        ])}
        canWrite
      />,
      { mocks: [catalog] },
    );
    expect(screen.getByText('取り下げ申請中（2099/05/01 10:00）')).toBeInTheDocument();
    expect(screen.getByText('重複した申請')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '取り下げを申請' })).toBeNull();
  });
});
