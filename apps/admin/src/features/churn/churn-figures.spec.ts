import { byMostLost, reasonSeries } from './churn-figures';

const count = (reason: 'PRICE' | 'LOW_ADOPTION' | 'OTHER', customersLost: number) => ({
  reason,
  label: reason.toLowerCase(),
  customersLost,
  mrrLost: customersLost * 1000,
});

describe('reasonSeries', () => {
  it('makes one series per reason with churn, in taxonomy order, aligned on the periods', () => {
    const series = reasonSeries([
      { byReason: [count('PRICE', 2), count('LOW_ADOPTION', 0), count('OTHER', 0)] },
      { byReason: [count('PRICE', 0), count('LOW_ADOPTION', 0), count('OTHER', 0)] },
      { byReason: [count('PRICE', 1), count('LOW_ADOPTION', 3), count('OTHER', 0)] },
    ]);
    expect(series).toEqual([
      { reason: 'LOW_ADOPTION', label: 'low_adoption', counts: [0, 0, 3], mrr: [0, 0, 3000] },
      { reason: 'PRICE', label: 'price', counts: [2, 0, 1], mrr: [2000, 0, 1000] },
    ]);
  });

  it('has no series without churn', () => {
    expect(reasonSeries([{ byReason: [count('PRICE', 0)] }, { byReason: [] }])).toEqual([]);
  });
});

describe('byMostLost', () => {
  it('puts the largest groups first and keeps the given order on ties', () => {
    const groups = [
      { key: 'A', customersLost: 1 },
      { key: 'B', customersLost: 5 },
      { key: 'C', customersLost: 1 },
    ];
    expect(byMostLost(groups).map((g) => g.key)).toEqual(['B', 'A', 'C']);
    expect(groups.map((g) => g.key)).toEqual(['A', 'B', 'C']);
  });
});
