import {
  usageFigures,
  usageMonths,
  usagePeriodSplit,
  usageSeriesPeriod,
  usageTimeKey,
} from './usage-report.rules.js';

describe('usageFigures', () => {
  it('rounds and divides DAU by MAU', () => {
    expect(
      usageFigures({ key: 'k', customers: 2, dau: 10 / 3, mau: 5, storageGb: 1.23456 }),
    ).toEqual({ key: 'k', customers: 2, dau: 3.33, mau: 5, stickiness: 0.6667, storageGb: 1.235 });
  });

  it('has no stickiness without active users', () => {
    expect(usageFigures({ key: 'k', customers: 1, dau: 0, mau: 0, storageGb: 0 }).stickiness).toBe(
      null,
    );
  });
});

describe('usagePeriodSplit', () => {
  it.each([
    ['2026-01-01', '2026-03-31', { fullFrom: '2026-01-01', fullTo: '2026-04-01' }],
    ['2026-01-15', '2026-03-31', { fullFrom: '2026-02-01', fullTo: '2026-04-01' }],
    ['2026-01-15', '2026-03-30', { fullFrom: '2026-02-01', fullTo: '2026-03-01' }],
    ['2025-12-02', '2026-01-31', { fullFrom: '2026-01-01', fullTo: '2026-02-01' }],
    ['2026-01-15', '2026-02-27', null],
    ['2026-03-05', '2026-03-20', null],
  ])('%s – %s', (from, to, split) => {
    expect(usagePeriodSplit(from, to)).toEqual(split);
  });
});

describe('periods', () => {
  it('lists the months a period touches', () => {
    expect(usageMonths('2025-11-30', '2026-02-01')).toEqual([
      '2025-11-01',
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
    ]);
  });

  it('takes the last 90 days including today', () => {
    expect(usageSeriesPeriod('2026-03-31', 90)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
  });

  it.each([
    ['MONTH', '2026-03', '2026-03'],
    ['QUARTER', '2026-03', 'FY2025-Q4'],
    ['FISCAL_YEAR', '2026-04', 'FY2026'],
  ] as const)('keys %s of %s as %s (fiscal year from April)', (groupBy, month, key) => {
    expect(usageTimeKey(groupBy, month, 4)).toBe(key);
  });
});
