import {
  creditPercentFor,
  DEFAULT_SLA_CREDIT_TIERS,
  isSlaBreached,
  validateSlaCreditTiers,
  type SlaCreditTier,
} from './sla-credit-tier.rules.js';

describe('creditPercentFor (the default table)', () => {
  it.each([
    // target, measured, credit %
    [99.95, 100, 0],
    [99.95, 99.95, 0], // at the target: kept
    [99.95, 99.949, 10], // below the target
    [99.95, 99.0, 10], // not below 99.0
    [99.95, 98.999, 25],
    [99.95, 95, 25],
    [99.95, 94.999, 50],
    [99.95, 0, 50],
    [99.9, 99.899, 10],
    [99.99, 99.98, 10],
    // A plan promising less than a step: the step applies only to a breach.
    [98.5, 98.7, 0],
    [98.5, 98.4, 25],
  ])('target %d %%, measured %d %% → %d %%', (target, measured, credit) => {
    expect(creditPercentFor(DEFAULT_SLA_CREDIT_TIERS, target, measured)).toBe(credit);
  });

  it('compares in thousandths, not binary floats', () => {
    // 99.95 computed: 99.94999999999999
    expect(isSlaBreached(99.95, 100 - 0.05)).toBe(false);
    expect(isSlaBreached(99.95, 99.949)).toBe(true);
  });

  it('uses the table it is given (edited data, not code)', () => {
    const tiers: SlaCreditTier[] = [
      { belowPercent: null, creditPercent: 5 },
      { belowPercent: 99.5, creditPercent: 30 },
    ];
    expect(creditPercentFor(tiers, 99.95, 99.6)).toBe(5);
    expect(creditPercentFor(tiers, 99.95, 99.4)).toBe(30);
    expect(creditPercentFor(tiers, 99.95, 50)).toBe(30);
  });
});

describe('validateSlaCreditTiers', () => {
  const codes = (tiers: SlaCreditTier[]) =>
    validateSlaCreditTiers(tiers).map((e) => `${e.field}:${e.code}`);

  it.each([
    ['the defaults', [...DEFAULT_SLA_CREDIT_TIERS], []],
    ['the target step alone', [{ belowPercent: null, creditPercent: 100 }], []],
    ['no step', [], ['tiers:OUT_OF_RANGE']],
    [
      'no target step',
      [{ belowPercent: 99, creditPercent: 25 }],
      ['tiers:SLA_TARGET_TIER_REQUIRED'],
    ],
    [
      'two target steps',
      [
        { belowPercent: null, creditPercent: 10 },
        { belowPercent: null, creditPercent: 20 },
      ],
      ['tiers:SLA_TARGET_TIER_REQUIRED'],
    ],
    [
      'a repeated threshold',
      [
        { belowPercent: null, creditPercent: 10 },
        { belowPercent: 99, creditPercent: 25 },
        { belowPercent: 99.0, creditPercent: 30 },
      ],
      ['tiers.2.belowPercent:DUPLICATE'],
    ],
    [
      'a deeper breach earning less (in any order)',
      [
        { belowPercent: 95, creditPercent: 20 },
        { belowPercent: null, creditPercent: 10 },
        { belowPercent: 99, creditPercent: 25 },
      ],
      ['tiers.0.creditPercent:SLA_TIERS_NOT_INCREASING'],
    ],
    [
      'a step earning what the target step does',
      [
        { belowPercent: null, creditPercent: 10 },
        { belowPercent: 99, creditPercent: 10 },
      ],
      ['tiers.1.creditPercent:SLA_TIERS_NOT_INCREASING'],
    ],
    [
      'credits outside 1–100 or not whole',
      [
        { belowPercent: null, creditPercent: 0 },
        { belowPercent: 99, creditPercent: 101 },
        { belowPercent: 95, creditPercent: 12.5 },
      ],
      [
        'tiers.0.creditPercent:OUT_OF_RANGE',
        'tiers.1.creditPercent:OUT_OF_RANGE',
        'tiers.2.creditPercent:OUT_OF_RANGE',
      ],
    ],
    [
      'thresholds outside 0–100 or with four decimals',
      [
        { belowPercent: null, creditPercent: 10 },
        { belowPercent: 0, creditPercent: 20 },
        { belowPercent: 100.001, creditPercent: 30 },
        { belowPercent: 99.9999, creditPercent: 40 },
      ],
      [
        'tiers.1.belowPercent:OUT_OF_RANGE',
        'tiers.2.belowPercent:OUT_OF_RANGE',
        'tiers.3.belowPercent:OUT_OF_RANGE',
      ],
    ],
    [
      'more than ten steps',
      Array.from({ length: 11 }, (_, i) => ({
        belowPercent: i === 0 ? null : 100 - i,
        creditPercent: i + 1,
      })),
      ['tiers:OUT_OF_RANGE'],
    ],
  ] as [string, SlaCreditTier[], string[]][])('%s', (_name, tiers, expected) => {
    expect(codes(tiers)).toEqual(expected);
  });
});
