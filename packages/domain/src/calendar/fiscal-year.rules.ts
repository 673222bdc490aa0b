import { jstCalendarDate, startOfJstDay } from './jst-date.js';

/** Japanese companies mostly close their books at the end of March: the fiscal year starts in April. */
export const DEFAULT_FISCAL_YEAR_START_MONTH = 4;

function checkStartMonth(startMonth: number) {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12)
    throw new RangeError(`a fiscal year starts in month 1–12, got ${startMonth}`);
}

/**
 * The fiscal year of an instant in Asia/Tokyo, named by the calendar year in which it starts
 * (年度): with an April start, 2026-03-31 JST is in FY2025 and 2026-04-01 JST in FY2026.
 */
export function fiscalYearOf(date: Date, startMonth = DEFAULT_FISCAL_YEAR_START_MONTH): number {
  checkStartMonth(startMonth);
  const { year, month } = jstCalendarDate(date);
  return month >= startMonth ? year : year - 1;
}

/** FY2025 */
export function fiscalYearLabel(fiscalYear: number): string {
  return `FY${fiscalYear}`;
}

export interface FiscalQuarter {
  fiscalYear: number;
  /** 1–4, counted from the fiscal year's first month. */
  quarter: 1 | 2 | 3 | 4;
}

/** The fiscal quarter of an instant in Asia/Tokyo (April start: Apr–Jun is Q1, Jan–Mar is Q4). */
export function quarterOf(date: Date, startMonth = DEFAULT_FISCAL_YEAR_START_MONTH): FiscalQuarter {
  checkStartMonth(startMonth);
  const { month } = jstCalendarDate(date);
  const monthsIn = (month - startMonth + 12) % 12;
  return {
    fiscalYear: fiscalYearOf(date, startMonth),
    quarter: (Math.floor(monthsIn / 3) + 1) as FiscalQuarter['quarter'],
  };
}

/** FY2025 Q1 */
export function fiscalQuarterLabel(q: FiscalQuarter): string {
  return `${fiscalYearLabel(q.fiscalYear)} Q${q.quarter}`;
}

/** The instants a fiscal year starts (inclusive) and ends (exclusive), at midnight in Tokyo. */
export function fiscalYearBounds(
  fiscalYear: number,
  startMonth = DEFAULT_FISCAL_YEAR_START_MONTH,
): { start: Date; end: Date } {
  checkStartMonth(startMonth);
  return {
    start: startOfJstDay({ year: fiscalYear, month: startMonth, day: 1 }),
    end: startOfJstDay({ year: fiscalYear + 1, month: startMonth, day: 1 }),
  };
}
