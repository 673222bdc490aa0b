import { checkSchedulePrice, serializeSchedulePrice } from './schedule-price.serializer';

// 2026-04-01 00:30 in Tokyo, 2026-03-31 in UTC: the rule is about the Tokyo date.
const NOW = new Date('2026-03-31T15:30:00Z');

describe('checkSchedulePrice: validFrom is a real date, today or later in Tokyo', () => {
  it.each([
    ['2026-04-01', []], // today in Tokyo, though still yesterday in UTC
    ['2026-05-01', []],
    ['2026/05/01', []],
    ['2026-03-31', [['DATE_IN_PAST', 'validFrom']]],
    ['2025-12-31', [['DATE_IN_PAST', 'validFrom']]],
    ['2026-02-30', [['INVALID_DATE', 'validFrom']]],
    ['', [['REQUIRED', 'validFrom']]],
    [null, [['REQUIRED', 'validFrom']]],
  ])('%s → %j', (validFrom, expected) => {
    const errors = checkSchedulePrice({ monthlyFeeYen: 1490, validFrom }, NOW);
    expect(errors.map((e) => [e.code, e.field])).toEqual(expected);
  });

  it.each([
    [null, [['REQUIRED', 'monthlyFeeYen']]],
    [-1, [['OUT_OF_RANGE', 'monthlyFeeYen']]],
    [1490.5, [['OUT_OF_RANGE', 'monthlyFeeYen']]],
    [0, []],
  ])('fee %s → %j', (monthlyFeeYen, expected) => {
    const errors = checkSchedulePrice({ monthlyFeeYen, validFrom: '2026-05-01' }, NOW);
    expect(errors.map((e) => [e.code, e.field])).toEqual(expected);
  });
});

describe('serializeSchedulePrice', () => {
  it.each([[{ planId: 'UGxhbjox' }], [{ optionId: 'T3B0aW9uOjE=' }]])(
    'names only the plan or the option: %j',
    (target) => {
      expect(
        serializeSchedulePrice(target, { monthlyFeeYen: 1690, validFrom: '2026-05-01' }),
      ).toEqual({ ...target, monthlyFeeYen: 1690, validFrom: '2026-05-01' });
    },
  );
});
