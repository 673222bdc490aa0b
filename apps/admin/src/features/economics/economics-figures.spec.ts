import type { EconomicsPeriodRowFragment } from '../../gql/graphql';
import {
  economicsPeriods,
  formatSignedYen,
  formatYenAxis,
  hasNoRevenueData,
  ltvGapOf,
  movementSeries,
  netMrrChange,
} from './economics-figures';

/** January of ADR 0018's worked example. */
const january: EconomicsPeriodRowFragment = {
  period: '2027-01',
  from: '2027-01-01',
  to: '2027-01-31',
  startMrr: 13_920,
  mrr: 14_910,
  arr: 178_920,
  newMrr: 1_190,
  expansionMrr: 990,
  contractionMrr: 0,
  churnedMrr: 1_190,
  reactivationMrr: 0,
  customersAtStart: 6,
  customersActive: 6,
  customersNew: 1,
  customersChurned: 1,
  credits: 218,
  revenue: 14_692,
  grr: 0.9145,
  nrr: 0.9856,
  mrrChurnRate: 0.0855,
  arpa: 2_485,
  trialsEnded: 2,
  trialsConverted: 1,
  trialConversionRate: 0.5,
  ltv: 29_068,
};
const empty: EconomicsPeriodRowFragment = {
  ...january,
  startMrr: 0,
  mrr: 0,
  arr: 0,
  newMrr: 0,
  expansionMrr: 0,
  churnedMrr: 0,
  customersAtStart: 0,
  customersActive: 0,
  trialsEnded: 0,
  trialsConverted: 0,
};

describe('economicsPeriods', () => {
  it('labels months, and marks the period running up to today (JST) as in progress', () => {
    // 2027-01-31 15:00 UTC is already 1 February in Tokyo.
    const [jan, feb] = economicsPeriods(
      [january, { ...january, period: '2027-02', from: '2027-02-01', to: '2027-02-28' }],
      new Date('2027-01-31T15:00:00Z'),
    );
    expect([jan?.label, jan?.inProgress, feb?.label, feb?.inProgress]).toEqual([
      '2027/01',
      false,
      '2027/02',
      true,
    ]);
    const [lastDay] = economicsPeriods([january], new Date('2027-01-31T14:59:59Z'));
    expect(lastDay?.inProgress).toBe(true);
  });

  it.each([
    ['6 paying at the start, 2 trials ended', 6, 2, true, true],
    ['30 paying, 10 trials', 30, 10, false, false],
    ['1,290 paying, 9 trials', 1_290, 9, false, true],
  ] as const)('%s: small samples marked', (_, customersAtStart, trialsEnded, retention, trial) => {
    const [p] = economicsPeriods(
      [{ ...january, customersAtStart, trialsEnded }],
      new Date('2027-06-01T00:00:00Z'),
    );
    expect([p?.smallRetentionSample, p?.smallTrialSample]).toEqual([retention, trial]);
  });

  it('keeps quarter and fiscal year keys as they are', () => {
    const [q] = economicsPeriods(
      [{ ...january, period: 'FY2026-Q4' }],
      new Date('2027-06-01T00:00:00Z'),
    );
    expect(q?.label).toBe('FY2026-Q4');
  });
});

describe('hasNoRevenueData', () => {
  it.each([
    ['no period', [], true],
    ['nothing paying and no trial ended', [empty, empty], true],
    ['paying at the end', [empty, { ...empty, mrr: 990 }], false],
    ['paying only at the start (everyone churned)', [{ ...empty, startMrr: 990 }], false],
    ['trials only', [{ ...empty, trialsEnded: 3 }], false],
  ] as const)('%s → %s', (_, periods, expected) => {
    expect(hasNoRevenueData(periods)).toBe(expected);
  });
});

describe('movementSeries', () => {
  it('stacks what adds MRR above zero and what removes it below, per period', () => {
    const march = {
      ...january,
      newMrr: 0,
      expansionMrr: 3_310,
      contractionMrr: 0,
      churnedMrr: 2_680,
      reactivationMrr: 1_190,
    };
    const series = movementSeries([january, march]);
    expect(series.map((s) => [s.key, s.values])).toEqual([
      ['newMrr', [1_190, 0]],
      ['expansionMrr', [990, 3_310]],
      ['reactivationMrr', [0, 1_190]],
      ['contractionMrr', [0, 0]],
      ['churnedMrr', [-1_190, -2_680]],
    ]);
    // No −0: it would read "−￥0".
    expect(Object.is(series[3]?.values[0], -0)).toBe(false);
  });

  it('adds up to the change of MRR over the period (ADR 0018 identity)', () => {
    const sum = movementSeries([january]).reduce((s, m) => s + (m.values[0] ?? 0), 0);
    expect(sum).toBe(netMrrChange(january));
    expect(sum).toBe(990);
  });
});

it.each([
  [1_190, '+￥1,190'],
  [-2_680, '−￥2,680'],
  [0, '￥0'],
])('formatSignedYen(%d) = %s', (yen, text) => {
  expect(formatSignedYen(yen)).toBe(text);
});

it.each([
  [5_000_000, 'ja', '￥500万'],
  [-150_000, 'ja', '−￥15万'],
  [5_000_000, 'en', '￥5M'],
  [0, 'ja', '￥0'],
])('formatYenAxis(%d, %s) = %s', (yen, locale, text) => {
  expect(formatYenAxis(yen, locale)).toBe(text);
});

describe('ltvGapOf', () => {
  it.each([
    ['an LTV', { ltv: 29_068, startMrr: 13_920, customersActive: 6 }, null],
    ['nothing paying at the start', { ltv: null, startMrr: 0, customersActive: 3 }, 'NO_BASE'],
    ['everyone left (no ARPA)', { ltv: null, startMrr: 990, customersActive: 0 }, 'NO_PAYING'],
    ['no revenue churn (unbounded)', { ltv: null, startMrr: 990, customersActive: 1 }, 'NO_CHURN'],
  ] as const)('%s → %s', (_, period, gap) => {
    expect(ltvGapOf(period)).toBe(gap);
  });
});
