import {
  churnActiveDates,
  churnBuckets,
  churnGroupDates,
  churnReport,
  churnTimeKey,
  type ActiveCount,
  type ChurnCount,
} from './churn-report.rules.js';

const period = { from: '2026-02-15', to: '2026-07-31' };

// Four churns: two in March (PRICE on BASIC, PRICE on PRO), one in April, one in July.
const counts: ChurnCount[] = [
  { month: '2026-03', reason: 'PRICE', planCode: 'BASIC', customersLost: 1, mrrLostYen: 10_000 },
  { month: '2026-03', reason: 'PRICE', planCode: 'PRO', customersLost: 1, mrrLostYen: 30_000 },
  {
    month: '2026-04',
    reason: 'LOW_ADOPTION',
    planCode: 'BASIC',
    customersLost: 1,
    mrrLostYen: 12_000,
  },
  { month: '2026-07', reason: 'OTHER', planCode: 'PRO', customersLost: 1, mrrLostYen: 35_000 },
];
const active: ActiveCount[] = [
  { date: '2026-02-15', planCode: 'BASIC', active: 6 },
  { date: '2026-02-15', planCode: 'PRO', active: 4 },
  { date: '2026-04-01', planCode: 'BASIC', active: 5 },
  { date: '2026-04-01', planCode: 'PRO', active: 3 },
  { date: '2026-07-01', planCode: 'PRO', active: 0 },
];

describe('churnTimeKey', () => {
  it.each([
    ['MONTH', '2026-03', 4, '2026-03'],
    ['QUARTER', '2026-03', 4, 'FY2025-Q4'],
    ['QUARTER', '2026-04', 4, 'FY2026-Q1'],
    ['QUARTER', '2026-03', 1, 'FY2026-Q1'],
    ['FISCAL_YEAR', '2026-03', 4, 'FY2025'],
    ['FISCAL_YEAR', '2026-04', 4, 'FY2026'],
    ['FISCAL_YEAR', '2026-12', 1, 'FY2026'],
  ] as const)('%s of %s (start %i) → %s', (groupBy, month, start, key) => {
    expect(churnTimeKey(groupBy, month, start)).toBe(key);
  });
});

describe('churnBuckets', () => {
  it.each([
    ['MONTH', ['2026-02-15', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01', '2026-07-01']],
    ['QUARTER', ['2026-02-15', '2026-04-01', '2026-07-01']],
    ['FISCAL_YEAR', ['2026-02-15', '2026-04-01']],
    ['REASON', []],
    ['PLAN', []],
  ] as const)('%s buckets start on the filter day, then on their first day', (groupBy, starts) => {
    expect(churnBuckets(groupBy, period, 4).map((b) => b.start)).toEqual(starts);
  });

  it('asks for the active customers at each start once', () => {
    expect(churnActiveDates('QUARTER', period, 4)).toEqual([
      '2026-02-15',
      '2026-04-01',
      '2026-07-01',
    ]);
    expect(churnActiveDates('REASON', period, 4)).toEqual(['2026-02-15']);
  });
});

describe('churnGroupDates', () => {
  it.each([
    ['MONTH', '2026-02', { from: '2026-02-15', to: '2026-02-28' }],
    ['MONTH', '2026-07', { from: '2026-07-01', to: '2026-07-31' }],
    ['QUARTER', 'FY2026-Q1', { from: '2026-04-01', to: '2026-06-30' }],
    ['FISCAL_YEAR', 'FY2025', { from: '2026-02-15', to: '2026-03-31' }],
    ['FISCAL_YEAR', 'FY2026', { from: '2026-04-01', to: '2026-07-31' }],
    ['MONTH', '2025-01', null],
  ] as const)('%s %s → %j', (groupBy, key, dates) => {
    expect(churnGroupDates(groupBy, key, period, 4)).toEqual(dates);
  });
});

describe('churnReport', () => {
  it('totals and overall rate: 4 lost of 10 active at the start', () => {
    const r = churnReport('REASON', period, counts, active, 4);
    expect(r).toMatchObject({ totalCustomersLost: 4, totalMrrLostYen: 87_000, logoChurnRate: 0.4 });
  });

  it.each([
    // key, lost, MRR, share, rate (÷ 10 active at 2026-02-15)
    ['PRICE', 2, 40_000, 0.5, 0.2],
    ['LOW_ADOPTION', 1, 12_000, 0.25, 0.1],
    ['OTHER', 1, 35_000, 0.25, 0.1],
    ['MOVED_IN_HOUSE', 0, 0, 0, 0],
  ])('by reason: %s lost %i, ¥%i, share %d, rate %d', (key, lost, mrr, share, rate) => {
    const g = churnReport('REASON', period, counts, active, 4).groups.find((x) => x.key === key);
    expect(g).toEqual({
      key,
      customersLost: lost,
      mrrLostYen: mrr,
      share,
      logoChurnRate: rate,
      activeAtStart: 10,
      smallSample: true,
      periodStart: '2026-02-15',
      byReason: [],
    });
  });

  it('lists every reason, in the taxonomy order', () => {
    expect(churnReport('REASON', period, [], active, 4).groups.map((g) => g.key)).toEqual([
      'LOW_ADOPTION',
      'DISSATISFIED_WITH_VENDOR',
      'PRIORITIES_SHIFTED',
      'PRICE',
      'MOVED_TO_COMPETITOR',
      'MOVED_IN_HOUSE',
      'OTHER',
    ]);
  });

  it.each([
    // A plan's rate is over the customers active on that plan at the start.
    ['BASIC', 2, 22_000, 0.5, 0.3333],
    ['PRO', 2, 65_000, 0.5, 0.5],
  ])('by plan: %s lost %i, ¥%i, share %d, rate %d', (key, lost, mrr, share, rate) => {
    const g = churnReport('PLAN', period, counts, active, 4).groups.find((x) => x.key === key);
    expect(g).toMatchObject({ customersLost: lost, mrrLostYen: mrr, share, logoChurnRate: rate });
  });

  it.each([
    // key, lost, MRR, rate; FY2026-Q2 starts with nobody active: no rate.
    ['FY2025-Q4', 2, 40_000, 0.2],
    ['FY2026-Q1', 1, 12_000, 0.125],
    ['FY2026-Q2', 1, 35_000, null],
  ])('by quarter: %s lost %i, ¥%i, rate %s', (key, lost, mrr, rate) => {
    const g = churnReport('QUARTER', period, counts, active, 4).groups.find((x) => x.key === key);
    expect(g).toMatchObject({ customersLost: lost, mrrLostYen: mrr, logoChurnRate: rate });
  });

  it('keeps empty months, so that a trend shows a gap', () => {
    const r = churnReport('MONTH', period, counts, active, 4);
    expect(r.groups.map((g) => [g.key, g.customersLost])).toEqual([
      ['2026-02', 0],
      ['2026-03', 2],
      ['2026-04', 1],
      ['2026-05', 0],
      ['2026-06', 0],
      ['2026-07', 1],
    ]);
  });

  it('breaks each month down per reason, every reason listed so that stacked series align', () => {
    const march = churnReport('MONTH', period, counts, active, 4).groups.find(
      (g) => g.key === '2026-03',
    );
    expect(march?.byReason.map((r) => r.reason)).toEqual([
      'LOW_ADOPTION',
      'DISSATISFIED_WITH_VENDOR',
      'PRIORITIES_SHIFTED',
      'PRICE',
      'MOVED_TO_COMPETITOR',
      'MOVED_IN_HOUSE',
      'OTHER',
    ]);
    expect(march?.byReason.filter((r) => r.customersLost > 0)).toEqual([
      { reason: 'PRICE', customersLost: 2, mrrLostYen: 40_000 },
    ]);
    const empty = churnReport('MONTH', period, counts, active, 4).groups.find(
      (g) => g.key === '2026-05',
    );
    expect(empty?.byReason.every((r) => r.customersLost === 0 && r.mrrLostYen === 0)).toBe(true);
  });

  it.each([
    // A fiscal year and a plan mix reasons: FY2026 (from April) has LOW_ADOPTION and OTHER.
    ['FISCAL_YEAR', 'FY2026', { LOW_ADOPTION: [1, 12_000], OTHER: [1, 35_000] }],
    ['PLAN', 'PRO', { PRICE: [1, 30_000], OTHER: [1, 35_000] }],
  ] as const)('breaks %s %s down per reason', (groupBy, key, expected) => {
    const g = churnReport(groupBy, period, counts, active, 4).groups.find((x) => x.key === key);
    const nonZero = Object.fromEntries(
      g!.byReason
        .filter((r) => r.customersLost > 0)
        .map((r) => [r.reason, [r.customersLost, r.mrrLostYen]]),
    );
    expect(nonZero).toEqual(expected);
  });

  it('gives each rate its denominator, and flags one over fewer than 30 customers', () => {
    const big: ActiveCount[] = [{ date: '2026-02-15', planCode: 'BASIC', active: 30 }, ...active];
    const r = churnReport('PLAN', period, counts, big, 4);
    expect(r).toMatchObject({ activeAtStart: 40, smallSample: false, logoChurnRate: 0.1 });
    expect(r.groups.map((g) => [g.key, g.activeAtStart, g.smallSample])).toEqual([
      ['BASIC', 36, false],
      ['PRO', 4, true],
    ]);
  });

  it('has no share and no rate without churn or active customers', () => {
    const r = churnReport('FISCAL_YEAR', period, [], [], 4);
    expect(r.logoChurnRate).toBeNull();
    expect(r.groups.every((g) => g.share === null && g.logoChurnRate === null)).toBe(true);
  });
});
