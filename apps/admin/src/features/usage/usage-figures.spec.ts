import {
  establishedPeriod,
  formatGb,
  formatUsers,
  planTrendSeries,
  RANK_MIN_MAU,
  rankCustomers,
  usageTotals,
  type UsageRow,
} from './usage-figures';

const row = (key: string, dau: number, mau: number, storageGb = 10): UsageRow => ({
  key,
  label: key,
  customers: 1,
  dau,
  mau,
  stickiness: mau > 0 ? Math.round((dau / mau) * 10_000) / 10_000 : null,
  storageGb,
});

describe('usageTotals', () => {
  it('adds the plans up and takes DAU/MAU of the sums, not the mean of the ratios', () => {
    const totals = usageTotals([
      { ...row('BASIC', 10, 40, 1.25), customers: 3 },
      { ...row('PREMIUM', 90, 100, 2.5), customers: 2 },
    ]);
    // (0.25 + 0.9) / 2 would be 0.575; the selection's DAU/MAU is 100 / 140.
    expect(totals).toEqual({
      customers: 5,
      dau: 100,
      mau: 140,
      stickiness: 0.7143,
      storageGb: 3.75,
    });
  });

  it('has no DAU/MAU without users', () => {
    expect(usageTotals([])).toEqual({
      customers: 0,
      dau: 0,
      mau: 0,
      stickiness: null,
      storageGb: 0,
    });
  });
});

describe('rankCustomers', () => {
  const customers = [
    row('a', 9, 10), // 0.9
    row('b', 2, 10), // 0.2
    row('c', 5, 10), // 0.5
    row('d', 3, 3), // 1.0, but too few users to rank
    row('e', 0, 0), // no users
    row('f', 40, 50, 99), // 0.8
  ];

  it.each([
    ['STICKINESS', ['a', 'f', 'c'], ['b']],
    ['DAU', ['f', 'a', 'c'], ['e', 'b', 'd']],
    ['STORAGE', ['f', 'a', 'c'], ['e', 'b', 'd']],
  ] as const)('by %s: highest and lowest first', (rankBy, top, bottom) => {
    const ranked = rankCustomers(customers, rankBy, { size: 3 });
    expect(ranked.top.map((c) => c.key)).toEqual(top);
    expect(ranked.bottom.map((c) => c.key)).toEqual(bottom);
  });

  it(`ranks by DAU/MAU only customers with at least ${RANK_MIN_MAU} monthly users`, () => {
    expect(rankCustomers(customers, 'STICKINESS', { size: 3 }).ranked).toBe(4);
    expect(rankCustomers(customers, 'DAU', { size: 3 }).ranked).toBe(6);
  });

  it('lists a customer once when there are fewer than two rankings’ worth', () => {
    const ranked = rankCustomers(customers, 'STICKINESS', { size: 10 });
    expect(ranked.top.map((c) => c.key)).toEqual(['a', 'f', 'c', 'b']);
    expect(ranked.bottom).toEqual([]);
  });

  it('ranks by DAU/MAU only the established customers when told which', () => {
    const established = new Set(['b', 'c', 'f']);
    const ranked = rankCustomers(customers, 'STICKINESS', { size: 3, established });
    expect(ranked.top.map((c) => c.key)).toEqual(['f', 'c', 'b']);
    expect(ranked.ranked).toBe(3);
    // DAU and storage rank everyone: a new customer's DAU is its DAU.
    expect(rankCustomers(customers, 'DAU', { size: 3, established }).top[1]!.key).toBe('a');
  });

  it('breaks ties by DAU, then by name', () => {
    const tied = [row('y', 5, 10), row('x', 5, 10), row('z', 10, 20)];
    expect(rankCustomers(tied, 'STICKINESS', { size: 3 }).top.map((c) => c.key)).toEqual([
      'z',
      'x',
      'y',
    ]);
  });
});

describe('establishedPeriod', () => {
  it.each([
    ['a year', { from: '2025-12-05', to: '2026-12-04' }, { from: '2025-12-05', to: '2026-11-06' }],
    [
      'exactly four weeks and a day',
      { from: '2026-11-06', to: '2026-12-04' },
      { from: '2026-11-06', to: '2026-11-06' },
    ],
    ['four weeks', { from: '2026-11-07', to: '2026-12-04' }, null],
  ] as const)('%s', (_, period, expected) => expect(establishedPeriod(period)).toEqual(expected));
});

describe('planTrendSeries', () => {
  it('puts every plan on the months any plan has, with a gap where one had no usage', () => {
    const trends = planTrendSeries(
      [
        {
          planCode: 'BASIC',
          name: 'ベーシック',
          months: [row('2026-02', 4, 8), row('2026-03', 5, 8)],
        },
        {
          planCode: 'PREMIUM',
          name: 'プレミアム',
          months: [row('2026-01', 7, 9), row('2026-03', 6, 9)],
        },
      ],
      { to: '2026-03-31', partial: (l) => `${l}（途中）` },
    );
    expect(trends.labels).toEqual(['2026/01', '2026/02', '2026/03']);
    expect(trends.series.map((s) => s.points.map((p) => p?.dau ?? null))).toEqual([
      [null, 4, 5],
      [7, null, 6],
    ]);
    expect(trends.series[1]).toMatchObject({ planCode: 'PREMIUM', name: 'プレミアム' });
  });

  it('marks the month the period ends in before its last day', () => {
    const months = [row('2026-02', 4, 8), row('2026-03', 5, 8)];
    const partial = (l: string) => `${l}（途中）`;
    const labels = (to: string) =>
      planTrendSeries([{ planCode: 'BASIC', name: 'ベーシック', months }], { to, partial }).labels;
    expect(labels('2026-03-04')).toEqual(['2026/02', '2026/03（途中）']);
    expect(labels('2026-03-31')).toEqual(['2026/02', '2026/03']);
  });
});

describe('formatting', () => {
  it.each([
    [1234.56, '1,234.6'],
    [12, '12'],
    [0.04, '0'],
  ])('users %d → %s', (n, text) => expect(formatUsers(n)).toBe(text));

  it('writes storage in GB with one decimal', () => {
    expect(formatGb(1234.567)).toBe('1,234.6 GB');
    expect(formatGb(0)).toBe('0.0 GB');
  });
});
