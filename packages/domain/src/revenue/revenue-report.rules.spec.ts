import {
  revenueFigures,
  revenuePeriods,
  revenueSmallSamples,
  type MrrChangeGroup,
} from './revenue-report.rules.js';

describe('revenuePeriods', () => {
  const range = { from: '2026-02-15', to: '2026-07-31' };
  it.each([
    [
      'MONTH',
      [
        ['2026-02', '2026-02-15', '2026-02-28', 1],
        ['2026-03', '2026-03-01', '2026-03-31', 1],
        ['2026-04', '2026-04-01', '2026-04-30', 1],
        ['2026-05', '2026-05-01', '2026-05-31', 1],
        ['2026-06', '2026-06-01', '2026-06-30', 1],
        ['2026-07', '2026-07-01', '2026-07-31', 1],
      ],
    ],
    [
      'QUARTER',
      [
        ['FY2025-Q4', '2026-02-15', '2026-03-31', 2],
        ['FY2026-Q1', '2026-04-01', '2026-06-30', 3],
        ['FY2026-Q2', '2026-07-01', '2026-07-31', 1],
      ],
    ],
    [
      'FISCAL_YEAR',
      [
        ['FY2025', '2026-02-15', '2026-03-31', 2],
        ['FY2026', '2026-04-01', '2026-07-31', 4],
      ],
    ],
  ] as const)('%s: the churn report’s buckets, cut by the filter', (groupBy, expected) => {
    expect(revenuePeriods(groupBy, range, 4).map((p) => [p.key, p.from, p.to, p.months])).toEqual(
      expected,
    );
  });
});

const group = (
  startMrrYen: number,
  endMrrYen: number,
  customers = 1,
  paidBeforeStart = false,
): MrrChangeGroup => ({ startMrrYen, endMrrYen, customers, paidBeforeStart });

describe('revenueFigures', () => {
  // Start: A 10,000, B 20,000, C 30,000, D 5,000 (65,000). End: A 15,000 (expansion 5,000),
  // B 12,000 (contraction 8,000), C 0 (churn 30,000), D 5,000 (none), E new 8,000, F back 6,000.
  const changes = [
    group(10_000, 15_000),
    group(20_000, 12_000),
    group(30_000, 0),
    group(5_000, 5_000),
    group(0, 8_000),
    group(0, 6_000, 1, true),
    group(0, 0, 3), // expired trials: nothing
  ];
  const figures = revenueFigures({
    months: 1,
    changes,
    trialsEnded: 4,
    trialsConverted: 1,
    creditsYen: 1_000,
  });

  it.each([
    ['startMrr', 65_000],
    ['mrr', 46_000], // 15,000 + 12,000 + 5,000 + 8,000 + 6,000
    ['arr', 552_000], // 46,000 × 12
    ['newMrr', 8_000],
    ['expansionMrr', 5_000],
    ['contractionMrr', 8_000],
    ['churnedMrr', 30_000],
    ['reactivationMrr', 6_000],
    ['customersAtStart', 4], // A, B, C, D (E, F and the trials paid nothing)
    ['customersActive', 5],
    ['customersNew', 1],
    ['customersChurned', 1],
    ['credits', 1_000],
    ['revenue', 45_000],
    ['grr', 0.4154], // (65,000 − 8,000 − 30,000) ÷ 65,000 = 0.41538…
    ['nrr', 0.4923], // (65,000 + 5,000 − 38,000) ÷ 65,000 = 0.49230…
    ['mrrChurnRate', 0.4615], // 30,000 ÷ 65,000 = 0.46153… (B's contraction not included)
    ['arpa', 9_200], // 46,000 ÷ 5
    ['trialConversionRate', 0.25], // 1 ÷ 4
    ['trialsEnded', 4],
    ['trialsConverted', 1],
    ['ltv', 15_737], // 9,200 ÷ (38,000 ÷ 65,000) = 15,736.8…
  ] as const)('%s = %d', (field, value) => {
    expect(figures[field]).toBe(value);
  });

  it('the movements explain the change of MRR', () => {
    const f = figures;
    expect(
      f.startMrr + f.newMrr + f.expansionMrr + f.reactivationMrr - f.contractionMrr - f.churnedMrr,
    ).toBe(f.mrr);
  });

  it('spreads the revenue churn over the months of a longer period for LTV', () => {
    // A quarter losing 38,000 of 65,000: monthly rate 38,000 ÷ 65,000 ÷ 3; LTV three times as long.
    expect(
      revenueFigures({ months: 3, changes, trialsEnded: 0, trialsConverted: 0, creditsYen: 0 }).ltv,
    ).toBe(
      47_211, // 9,200 × 65,000 × 3 ÷ 38,000 = 47,210.5…
    );
  });

  it('sums groups of customers that move the same way', () => {
    const f = revenueFigures({
      months: 1,
      changes: [group(30_000, 40_000, 2), group(0, 16_000, 2)],
      trialsEnded: 0,
      trialsConverted: 0,
      creditsYen: 0,
    });
    expect(f).toMatchObject({
      expansionMrr: 10_000,
      newMrr: 16_000,
      customersNew: 2,
      customersActive: 4,
    });
  });

  it('has no rates without a base: nothing paying at the start, nobody paying, no trial ended', () => {
    const f = revenueFigures({
      months: 1,
      changes: [group(0, 0, 2)],
      trialsEnded: 0,
      trialsConverted: 0,
      creditsYen: 0,
    });
    expect(f).toMatchObject({
      mrr: 0,
      grr: null,
      nrr: null,
      mrrChurnRate: null,
      arpa: null,
      trialConversionRate: null,
      ltv: null,
    });
  });

  it('has no LTV without revenue churn (it would be unbounded)', () => {
    const f = revenueFigures({
      months: 1,
      changes: [group(10_000, 12_000)],
      trialsEnded: 0,
      trialsConverted: 0,
      creditsYen: 0,
    });
    expect(f).toMatchObject({ grr: 1, nrr: 1.2, arpa: 12_000, ltv: null });
  });
});

describe('revenueSmallSamples', () => {
  it.each([
    [29, 9, { retention: true, trialConversion: true }],
    [30, 10, { retention: false, trialConversion: false }],
    [0, 0, { retention: true, trialConversion: true }],
    [500, 3, { retention: false, trialConversion: true }],
  ] as const)(
    '%d paying at the start, %d trials ended: %o',
    (customersAtStart, trialsEnded, expected) => {
      expect(revenueSmallSamples({ customersAtStart, trialsEnded })).toEqual(expected);
    },
  );
});
