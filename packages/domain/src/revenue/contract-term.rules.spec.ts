import {
  addMonthsClamped,
  isContractTerm,
  nextRenewalDate,
  renewalAmount,
} from './contract-term.rules.js';

describe('addMonthsClamped', () => {
  it.each([
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-01-31', 2, '2026-03-31'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-12-01', 12, '2027-12-01'],
  ] as const)('%s + %i months = %s', (date, months, expected) => {
    expect(addMonthsClamped(date, months)).toBe(expected);
  });
});

describe('nextRenewalDate', () => {
  it.each([
    // started, term, today, renews
    ['2026-04-10', 'MONTHLY', '2026-04-10', '2026-05-10'], // converted today: a month later
    ['2026-04-10', 'MONTHLY', '2026-05-09', '2026-05-10'],
    ['2026-04-10', 'MONTHLY', '2026-05-10', '2026-06-10'], // renewed today: the next one
    ['2026-04-10', 'MONTHLY', '2026-08-20', '2026-09-10'],
    ['2026-01-31', 'MONTHLY', '2026-02-27', '2026-02-28'],
    ['2026-01-31', 'MONTHLY', '2026-02-28', '2026-03-31'], // counted from the start, not chained
    ['2026-04-10', 'ANNUAL', '2026-04-10', '2027-04-10'],
    ['2026-04-10', 'ANNUAL', '2027-04-09', '2027-04-10'],
    ['2026-04-10', 'ANNUAL', '2027-04-10', '2028-04-10'],
    ['2024-02-29', 'ANNUAL', '2025-01-01', '2025-02-28'],
    ['2024-02-29', 'ANNUAL', '2027-12-31', '2028-02-29'],
  ] as const)('from %s, %s, seen on %s: %s', (started, term, today, renews) => {
    expect(nextRenewalDate(started, term, today)).toBe(renews);
  });
});

describe('renewalAmount', () => {
  it.each([
    [12_345, 'MONTHLY', { excludingTax: 12_345, tax: 1_234, includingTax: 13_579 }],
    // Twelve months taxed once on the total: 148,140 × 10 % = 14,814.
    [12_345, 'ANNUAL', { excludingTax: 148_140, tax: 14_814, includingTax: 162_954 }],
    [0, 'ANNUAL', { excludingTax: 0, tax: 0, includingTax: 0 }],
  ] as const)('¥%i a month, %s: %j', (fee, term, amount) => {
    expect(renewalAmount(fee, term)).toEqual(amount);
  });
});

describe('isContractTerm', () => {
  it.each([
    ['MONTHLY', true],
    ['ANNUAL', true],
    ['monthly', false],
    ['YEARLY', false],
    [null, false],
  ] as const)('%s: %s', (value, is) => {
    expect(isContractTerm(value)).toBe(is);
  });
});
