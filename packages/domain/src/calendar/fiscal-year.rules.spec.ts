import {
  fiscalQuarterLabel,
  fiscalYearBounds,
  fiscalYearLabel,
  fiscalYearOf,
  quarterOf,
} from './fiscal-year.rules.js';

describe('fiscal years (April start by default)', () => {
  it.each([
    // instant, start month, fiscal year, quarter
    ['2026-03-31T14:59:59Z', 4, 2025, 4], // 2026-03-31 23:59:59 JST
    ['2026-03-31T15:00:00Z', 4, 2026, 1], // 2026-04-01 00:00 JST, still March in UTC
    ['2026-04-01T00:00:00Z', 4, 2026, 1],
    ['2026-06-30T14:00:00Z', 4, 2026, 1],
    ['2026-07-01T00:00:00Z', 4, 2026, 2],
    ['2026-10-15T00:00:00Z', 4, 2026, 3],
    ['2026-12-31T15:00:00Z', 4, 2026, 4], // 2027-01-01 JST
    ['2027-02-28T00:00:00Z', 4, 2026, 4],
    ['2026-05-01T00:00:00Z', 1, 2026, 2], // calendar-year fiscal year
    ['2026-12-31T15:00:00Z', 1, 2027, 1],
    ['2026-09-30T00:00:00Z', 10, 2025, 4],
    ['2026-10-01T00:00:00Z', 10, 2026, 1],
  ])('%s with a month-%i start is FY%i Q%i', (iso, startMonth, fiscalYear, quarter) => {
    const date = new Date(iso);
    expect(fiscalYearOf(date, startMonth)).toBe(fiscalYear);
    expect(quarterOf(date, startMonth)).toEqual({ fiscalYear, quarter });
  });

  it('defaults to April', () => {
    expect(fiscalYearOf(new Date('2026-03-31T00:00:00+09:00'))).toBe(2025);
    expect(quarterOf(new Date('2026-04-01T00:00:00+09:00'))).toEqual({
      fiscalYear: 2026,
      quarter: 1,
    });
  });

  it.each([
    [2025, 'FY2025', 'FY2025 Q3'],
    [2026, 'FY2026', 'FY2026 Q3'],
  ])('labels %i as %s / %s', (fy, label, quarterLabel) => {
    expect(fiscalYearLabel(fy)).toBe(label);
    expect(fiscalQuarterLabel({ fiscalYear: fy, quarter: 3 })).toBe(quarterLabel);
  });

  it.each([
    [2025, 4, '2025-03-31T15:00:00.000Z', '2026-03-31T15:00:00.000Z'],
    [2026, 1, '2025-12-31T15:00:00.000Z', '2026-12-31T15:00:00.000Z'],
  ])('FY%i (month-%i start) runs from %s to %s', (fy, startMonth, start, end) => {
    const bounds = fiscalYearBounds(fy, startMonth);
    expect(bounds.start.toISOString()).toBe(start);
    expect(bounds.end.toISOString()).toBe(end);
    expect(fiscalYearOf(bounds.start, startMonth)).toBe(fy);
    expect(fiscalYearOf(new Date(bounds.end.getTime() - 1), startMonth)).toBe(fy);
  });

  it.each([0, 13, 4.5])('refuses a start month of %d', (startMonth) => {
    expect(() => fiscalYearOf(new Date(), startMonth)).toThrow(RangeError);
  });
});
