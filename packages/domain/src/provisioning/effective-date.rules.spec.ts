import { validateEffectiveDate } from './effective-date.rules.js';

describe('validateEffectiveDate', () => {
  const now = new Date('2026-11-22T15:30:00Z'); // 2026-11-23 00:30 in Tokyo, still the 22nd in UTC

  it.each([
    ['2026-11-23', '2026-11-23'],
    ['2026/12/1', '2026-12-01'],
    ['２０２６－１２－０１', '2026-12-01'],
    ['2027-01-01', '2027-01-01'],
  ])('accepts %s', (raw, iso) =>
    expect(validateEffectiveDate(raw, now)).toEqual({ ok: true, value: iso }),
  );

  it.each([
    ['2026-11-22', 'DATE_IN_PAST'], // today in UTC, yesterday in Tokyo
    ['2025-12-31', 'DATE_IN_PAST'],
    ['2026-02-30', 'INVALID_DATE'],
    ['tomorrow', 'INVALID_DATE'],
    ['', 'REQUIRED'],
    ['  ', 'REQUIRED'],
  ])('refuses %s with %s', (raw, code) => {
    expect(validateEffectiveDate(raw, now)).toEqual({
      ok: false,
      error: expect.objectContaining({ code, field: 'effectiveDate' }),
    });
  });
});
