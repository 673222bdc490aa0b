import { screen, within } from '@testing-library/react';
import type { HealthCardFragment } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import { HealthCard } from './health-card';

const component = (
  key: string,
  label: string,
  value: number | null,
  effectiveWeight: number,
  contribution: number,
  explanation: string,
) => ({
  __typename: 'HealthComponent' as const,
  key,
  label,
  value,
  weight: 10,
  effectiveWeight,
  contribution,
  missing: value === null,
  explanation,
});

const customer = {
  health: {
    __typename: 'HealthScore',
    score: 57.5,
    band: 'WATCH',
    computedAt: '2026-12-03T18:00:00.000Z',
    components: [
      component(
        'USAGE',
        '利用の推移（DAU・DAU/MAU）',
        null,
        0,
        0,
        '利用データがありません。重み 30 は他の要素に配分しました',
      ),
      component(
        'SURVEYS',
        'アンケート（NPS・CSAT・CES）',
        60,
        25 / 60,
        25,
        'NPS −20.0、CSAT 満足 80 %',
      ),
      component('SLA', 'SLA クレジットと障害（90日）', 45, 10 / 60, 7.5, '90日間のクレジット 1件'),
    ],
  },
} as unknown as HealthCardFragment;

describe('HealthCard', () => {
  it('shows the score, its band and each signal with weight, contribution and why', async () => {
    renderWithProviders(<HealthCard customer={customer} />);
    const card = await screen.findByTestId('health');
    expect(within(card).getByTestId('health-score')).toHaveTextContent('57.5');
    expect(within(card).getByTestId('health-band')).toHaveTextContent('要観察');
    const rows = within(card).getAllByRole('row').slice(1);
    expect(
      rows.map((r) => [...r.querySelectorAll('td')].slice(1).map((td) => td.textContent)),
    ).toEqual([
      ['データなし', '—', '0.0'],
      ['60.0', '41.7 %', '25.0'],
      ['45.0', '16.7 %', '7.5'],
    ]);
    expect(within(rows[0]!).getByText(/重み 30 は他の要素に配分しました/)).toBeInTheDocument();
  });

  it('says when the customer has no score yet', () => {
    renderWithProviders(<HealthCard customer={{ health: null } as HealthCardFragment} />);
    expect(screen.getByText(/まだ計算されていません/)).toBeInTheDocument();
  });
});
