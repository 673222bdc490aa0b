import { prorateFirstMonth } from './proration.rules.js';

describe('prorateFirstMonth', () => {
  it.each([
    // fee, from, to, days/daysInMonth, floor(fee × days / daysInMonth), tax (floor 10 %), total
    [1490, '2027-01-03', '2027-01-31', 29, 31, 1393, 139, 1532], // 43,210 / 31 = 1,393.87
    [1490, '2027-01-31', '2027-01-31', 1, 31, 48, 4, 52], // 1,490 / 31 = 48.06
    [1980, '2027-02-15', '2027-02-28', 14, 28, 990, 99, 1089], // exactly half
    [1980, '2028-02-15', '2028-02-29', 15, 29, 1024, 102, 1126], // leap year: 29,700 / 29 = 1,024.1
    [990, '2028-02-29', '2028-02-29', 1, 29, 34, 3, 37], // 990 / 29 = 34.1
    [990, '2100-02-28', '2100-02-28', 1, 28, 35, 3, 38], // 2100 is not a leap year: 990 / 28 = 35.4
    [1690, '2027-04-30', '2027-04-30', 1, 30, 56, 5, 61], // 1,690 / 30 = 56.3
    [1690, '2026-12-02', '2026-12-31', 30, 31, 1635, 163, 1798], // 50,700 / 31 = 1,635.5
    [0, '2027-01-03', '2027-01-31', 29, 31, 0, 0, 0],
    [1490, '2027/1/3', '2027-01-31', 29, 31, 1393, 139, 1532], // the date as typed
  ])(
    '%i yen from %s to %s: %i/%i days → %i + tax %i = %i',
    (fee, from, to, days, daysInMonth, excludingTax, tax, includingTax) => {
      expect(prorateFirstMonth(fee, from)).toEqual({
        fromDate: from.includes('/') ? '2027-01-03' : from,
        toDate: to,
        days,
        daysInMonth,
        excludingTax,
        tax,
        includingTax,
      });
    },
  );

  it.each(['2027-01-01', '2028-02-01', '2026-12-01'])(
    'a change on the 1st (%s) is a full month',
    (d) => {
      expect(prorateFirstMonth(1490, d)).toBeNull();
    },
  );

  it.each([
    [1490, '2027-02-30'],
    [1490, 'tomorrow'],
    [14.9, '2027-01-03'],
    [-1, '2027-01-03'],
  ])('refuses %s yen from %s (a bug in the caller)', (fee, date) => {
    expect(() => prorateFirstMonth(fee, date)).toThrow(RangeError);
  });
});
