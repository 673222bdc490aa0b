import { screen, within } from '@testing-library/react';
import { SubscriptionHistoryCatalogDocument } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import { FeeHistoryCard } from './fee-history-card';

const catalogMock = {
  request: { query: SubscriptionHistoryCatalogDocument },
  result: {
    data: {
      plans: [
        { __typename: 'Plan', id: 'P1', code: 'STANDARD', name: 'スタンダード' },
        { __typename: 'Plan', id: 'P2', code: 'PREMIUM', name: 'プレミアム' },
      ],
      options: [
        { __typename: 'CatalogOption', id: 'O1', code: 'MFA_TOTP', name: '認証アプリ' },
        { __typename: 'CatalogOption', id: 'O2', code: 'STORAGE_200GB', name: 'ストレージ200GB' },
      ],
    },
  },
};

const fee = (over: object) => ({
  effectiveFrom: '2027-04-10',
  effectiveTo: null,
  status: 'ACTIVE' as const,
  planCode: 'STANDARD',
  optionCodes: ['MFA_TOTP'],
  contractTerm: 'ANNUAL' as const,
  changeKind: 'CONVERSION',
  monthlyFee: { excludingTax: 1_690, includingTax: 1_859 },
  ...over,
});

describe('FeeHistoryCard', () => {
  it('lists each change newest first: date, kind, plan, options, status, term and fee with tax', async () => {
    renderWithProviders(
      <FeeHistoryCard
        subscription={{
          feeHistory: [
            fee({
              effectiveFrom: '2027-06-01',
              planCode: 'PREMIUM',
              optionCodes: ['MFA_TOTP', 'STORAGE_200GB'],
              changeKind: 'PRICE_CHANGE',
              monthlyFee: { excludingTax: 3_080, includingTax: 3_388 },
            }),
            fee({ effectiveTo: '2027-06-01' }),
            fee({
              effectiveFrom: '2027-04-10',
              effectiveTo: '2027-04-10',
              status: 'TRIAL',
              planCode: 'PREMIUM',
              contractTerm: 'MONTHLY',
              changeKind: 'TRIAL_STARTED',
              monthlyFee: { excludingTax: 0, includingTax: 0 },
            }),
          ],
        }}
      />,
      { mocks: [catalogMock] },
    );
    const card = screen.getByTestId('fee-history');
    await within(card).findAllByText('プレミアム');
    const rows = within(card).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      '2027/06/01価格改定プレミアム認証アプリストレージ200GB有効年契約￥3,080 / ￥3,388',
      '2027/04/10有料契約へ移行スタンダード認証アプリ有効年契約￥1,690 / ￥1,859',
      // A trial has no term to speak of; its row was replaced by the conversion the same day.
      '2027/04/10同日中に置き換えトライアル開始プレミアム認証アプリトライアル—￥0 / ￥0',
    ]);
  });

  it('says so when there is no history', () => {
    renderWithProviders(<FeeHistoryCard subscription={{ feeHistory: [] }} />, {
      mocks: [catalogMock],
    });
    expect(screen.getByText('料金履歴はありません。')).toBeInTheDocument();
  });

  it('labels the changes in English', async () => {
    renderWithProviders(
      <FeeHistoryCard subscription={{ feeHistory: [fee({ changeKind: 'PRICE_CHANGE' })] }} />,
      { mocks: [catalogMock], language: 'en' },
    );
    expect(await screen.findByText('Price change')).toBeInTheDocument();
    expect(screen.getByText('Annual')).toBeInTheDocument();
    expect(screen.getByText('Fee history')).toBeInTheDocument();
  });
});
