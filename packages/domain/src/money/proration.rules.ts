import { parseIsoDate } from '../calendar/iso-date.rules.js';
import { withConsumptionTax } from './tax.rules.js';

/** The fee of a first, partial month (日割り), from the effective date to the month's last day. */
export interface ProratedFee {
  /** YYYY-MM-DD, the effective date (counted). */
  fromDate: string;
  /** YYYY-MM-DD, the last day of that month (counted). */
  toDate: string;
  days: number;
  daysInMonth: number;
  excludingTax: number;
  tax: number;
  includingTax: number;
}

/**
 * The first month's fee of a change effective mid-month (ADR 0010): floor(monthly fee × days /
 * days in month), the effective day counted, calendar days of the month in Asia/Tokyo; tax once on
 * that amount, rounded down. null when the date is the 1st (a full month).
 */
export function prorateFirstMonth(
  monthlyFeeYen: number,
  effectiveDate: string,
): ProratedFee | null {
  if (!Number.isSafeInteger(monthlyFeeYen) || monthlyFeeYen < 0)
    throw new RangeError(`whole yen ≥ 0 expected, got ${monthlyFeeYen}`);
  const parsed = parseIsoDate(effectiveDate);
  if (!parsed.ok) throw new RangeError(`YYYY-MM-DD expected, got ${effectiveDate}`);
  const [year, month, day] = parsed.value.split('-').map(Number) as [number, number, number];
  if (day === 1) return null;

  // Day 0 of the next month is the last day of this one (29 in February 2028).
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const days = daysInMonth - day + 1;
  // Integers throughout: the product stays far below 2^53 for any real fee.
  const excludingTax = Math.floor((monthlyFeeYen * days) / daysInMonth);
  return {
    fromDate: parsed.value,
    toDate: `${parsed.value.slice(0, 8)}${String(daysInMonth).padStart(2, '0')}`,
    days,
    daysInMonth,
    ...withConsumptionTax(excludingTax),
  };
}
