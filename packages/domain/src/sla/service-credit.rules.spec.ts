import {
  computeServiceCredit,
  feePaidInMonth,
  serviceCreditPreview,
  type ServiceSegment,
} from './service-credit.rules.js';
import { parseSlaMonth } from './sla-month.rules.js';

const month = (m: string) => {
  const parsed = parseSlaMonth(m);
  if (!parsed.ok) throw new Error(m);
  return parsed.value;
};
const seg = (from: string, to: string | null, fee: number): ServiceSegment => ({
  from,
  to,
  monthlyFeeExclTax: fee,
});

describe('computeServiceCredit', () => {
  it.each([
    // name, month, segments, credit %, service days, fee paid, credit 税抜, tax, 税込
    [
      'a whole month: 10 % of 1,690',
      '2027-01',
      [seg('2026-12-01', null, 1_690)],
      10,
      31,
      1_690,
      169,
      16, // 16.9 → 16
      185,
    ],
    [
      // ADR 0010's worked example: 1,490 × 29 ÷ 31 = 1,393.87 → 1,393; 10 % = 139.3 → 139
      'joined on the 3rd: 29 of 31 days',
      '2027-01',
      [seg('2027-01-03', null, 1_490)],
      10,
      29,
      1_393,
      139,
      13,
      152,
    ],
    [
      // 1,690 × 9 ÷ 31 = 490.6 → 490; 49.0 → 49
      'left the plan on the 10th: 9 days',
      '2027-01',
      [seg('2026-12-01', '2027-01-10', 1_690)],
      10,
      9,
      490,
      49,
      4,
      53,
    ],
    [
      // (2,180 × 24 + 2,680 × 7) ÷ 31 = 71,080 ÷ 31 = 2,292.9 → 2,292; 25 % = 573; tax 57.3 → 57
      'an option added on the 25th: two fees, floored once',
      '2027-01',
      [seg('2026-12-01', '2027-01-25', 2_180), seg('2027-01-25', null, 2_680)],
      25,
      31,
      2_292,
      573,
      57,
      630,
    ],
    [
      // ADR 0010's leap-year example: 1,980 × 15 ÷ 29 = 1,024.1 → 1,024; 50 % = 512
      'February 2028 (29 days) from the 15th',
      '2028-02',
      [seg('2028-02-15', null, 1_980)],
      50,
      15,
      1_024,
      512,
      51,
      563,
    ],
    [
      'a stretch outside the month and a zero-length row: nothing',
      '2027-01',
      [seg('2026-11-01', '2026-12-31', 1_690), seg('2027-01-05', '2027-01-05', 1_690)],
      10,
      0,
      0,
      0,
      0,
      0,
    ],
    [
      // 1,490 × 30 ÷ 30 = 1,490 (June has 30 days); 1 % = 14.9 → 14
      'a 30-day month, 1 %',
      '2027-06',
      [seg('2027-05-20', '2027-08-01', 1_490)],
      1,
      30,
      1_490,
      14,
      1,
      15,
    ],
  ] as [string, string, ServiceSegment[], number, number, number, number, number, number][])(
    '%s',
    (_name, m, segments, percent, days, fee, excl, tax, incl) => {
      const credit = computeServiceCredit(segments, month(m), percent);
      expect(credit).toEqual({
        serviceDays: days,
        daysInMonth: month(m).days,
        feeExclTax: fee,
        creditPercent: percent,
        credit: { excludingTax: excl, tax, includingTax: incl },
      });
    },
  );

  it('refuses fractional yen and percentages outside 0–100', () => {
    expect(() => feePaidInMonth([seg('2027-01-01', null, 99.5)], month('2027-01'))).toThrow(
      RangeError,
    );
    expect(() => computeServiceCredit([], month('2027-01'), 101)).toThrow(RangeError);
  });
});

describe('serviceCreditPreview', () => {
  it('shows the contract credited, unchanged (tax once on the fee)', () => {
    expect(
      serviceCreditPreview({
        planCode: 'STANDARD',
        optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
        monthlyFeeExclTax: 1_690,
      }),
    ).toEqual({
      planBefore: 'STANDARD',
      planAfter: 'STANDARD',
      kept: ['MFA_PASSWORD', 'MFA_TOTP'],
      removed: [],
      added: [],
      monthlyFeeBefore: { excludingTax: 1_690, tax: 169, includingTax: 1_859 },
      monthlyFeeAfter: { excludingTax: 1_690, tax: 169, includingTax: 1_859 },
      proratedFirstMonth: null,
    });
  });
});
