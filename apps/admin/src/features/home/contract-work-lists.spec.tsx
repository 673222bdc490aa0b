import { screen, within } from '@testing-library/react';
import type { HomeRequestItemFragment, HomeWorkQuery } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render';
import { ContractWorkLists } from './contract-work-lists';

const item = (
  id: string,
  customer: string,
  extra: Partial<HomeRequestItemFragment>,
): { node: HomeRequestItemFragment } => ({
  node: {
    id,
    kind: 'CONVERSION',
    status: 'FAILED',
    createdAt: '2026-12-20T01:00:00.000Z',
    customer: { id: `C-${id}`, name: customer },
    maker: { id: 'M1', displayName: '鈴木 次郎' },
    effectiveDate: '2027-01-03',
    failureReason: null,
    withdrawal: null,
    ...extra,
  },
});

const work = {
  failedMine: {
    totalCount: 1,
    edges: [
      item('R1', '株式会社エー', {
        failureReason: {
          code: 'SUBSCRIPTION_CHANGED',
          message: '適用日までに契約が変更されました。',
        },
      }),
    ],
  },
  failedAll: { totalCount: 0, edges: [] },
  withdrawalAsked: {
    totalCount: 1,
    edges: [
      item('R2', '株式会社ビー', {
        status: 'SCHEDULED',
        withdrawal: { requestedAt: '2026-12-30T01:00:00.000Z', reason: '先方の稟議が通らず' },
      }),
    ],
  },
  trialsExpired: {
    totalCount: 1,
    edges: [{ node: { id: 'C9', name: '株式会社シー', trialEndsAt: '2026-12-29T14:59:59.000Z' } }],
  },
} as unknown as HomeWorkQuery;

describe('ContractWorkLists', () => {
  it("shows a maker their requests that failed on their date, with the API's reason", () => {
    renderWithProviders(<ContractWorkLists work={work} asMaker asChecker={false} />);
    const failed = screen.getByTestId('home-failed');
    expect(within(failed).getByText('適用に失敗した自分の申請')).toBeVisible();
    expect(failed).toHaveTextContent('株式会社エー');
    expect(failed).toHaveTextContent(
      '本契約への移行 · 適用日 2027/01/03 · 適用日までに契約が変更されました。',
    );
    expect(screen.queryByTestId('home-withdrawal-asked')).toBeNull();
  });

  it('shows a checker every failure and the withdrawals waiting for a checker', () => {
    renderWithProviders(<ContractWorkLists work={work} asMaker asChecker />);
    expect(screen.getByTestId('home-failed')).toHaveTextContent('適用に失敗した申請はありません。');
    expect(screen.getByTestId('home-withdrawal-asked')).toHaveTextContent(
      '株式会社ビー本契約への移行 · 適用日 2027/01/03 · 先方の稟議が通らず',
    );
  });

  it('lists trials that ended in the last 7 days with their end date (Tokyo)', () => {
    renderWithProviders(<ContractWorkLists work={work} asMaker={false} asChecker={false} />);
    expect(screen.getByTestId('home-trials-expired')).toHaveTextContent(
      '株式会社シー2026/12/29 終了',
    );
  });
});
