import { withConsumptionTax, type TaxedAmount } from '../money/tax.rules.js';
import type { SubscriptionChangePreview } from '../subscription/subscription-change.rules.js';
import type { SlaMonth } from './sla-month.rules.js';

/**
 * A stretch of a customer's fee history on the breached plan: ACTIVE from `from` (inclusive) to
 * `to` (exclusive; null while in force), Tokyo dates, at a monthly fee (税抜, whole yen).
 */
export interface ServiceSegment {
  from: string;
  to: string | null;
  monthlyFeeExclTax: number;
}

/** A customer's service credit for one month of one plan (ADR 0020). */
export interface ServiceCredit {
  /** Days of the month the customer was ACTIVE on the plan. */
  serviceDays: number;
  daysInMonth: number;
  /** What the customer paid for the plan that month (税抜), prorated by days in service. */
  feeExclTax: number;
  creditPercent: number;
  /** The credit: 税抜, tax, 税込. */
  credit: TaxedAmount;
}

const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;

/**
 * What a customer paid for a month (税抜): Σ fee × days of each segment within the month, over the
 * month's calendar days, floored to the yen once (ADR 0010's 日割り: a customer in service from the
 * 3rd of a 31-day month pays ⌊fee × 29 ÷ 31⌋).
 */
export function feePaidInMonth(
  segments: readonly ServiceSegment[],
  month: Pick<SlaMonth, 'firstDay' | 'nextFirstDay' | 'days'>,
): { serviceDays: number; feeExclTax: number } {
  const start = dayNumber(month.firstDay);
  const end = dayNumber(month.nextFirstDay);
  let serviceDays = 0;
  let feeDays = 0;
  for (const s of segments) {
    if (!Number.isSafeInteger(s.monthlyFeeExclTax) || s.monthlyFeeExclTax < 0)
      throw new RangeError(`whole yen ≥ 0 expected, got ${s.monthlyFeeExclTax}`);
    const from = Math.max(start, dayNumber(s.from));
    const to = Math.min(end, s.to === null ? end : dayNumber(s.to));
    if (to <= from) continue;
    serviceDays += to - from;
    // Integers throughout: fee × 31 stays far below 2^53.
    feeDays += s.monthlyFeeExclTax * (to - from);
  }
  return { serviceDays, feeExclTax: Math.floor(feeDays / month.days) };
}

/**
 * The service credit of a customer for a breached month: `creditPercent` of what the customer
 * paid for the plan that month (feePaidInMonth), floored to the yen; consumption tax once on the
 * credit, floored (withConsumptionTax) — the rounding of every other amount (ADR 0010).
 */
export function computeServiceCredit(
  segments: readonly ServiceSegment[],
  month: Pick<SlaMonth, 'firstDay' | 'nextFirstDay' | 'days'>,
  creditPercent: number,
): ServiceCredit {
  if (!Number.isInteger(creditPercent) || creditPercent < 0 || creditPercent > 100)
    throw new RangeError(`whole percent 0–100 expected, got ${creditPercent}`);
  const paid = feePaidInMonth(segments, month);
  return {
    ...paid,
    daysInMonth: month.days,
    creditPercent,
    credit: withConsumptionTax(Math.floor((paid.feeExclTax * creditPercent) / 100)),
  };
}

/**
 * The preview a SERVICE_CREDIT request carries: the contract credited, unchanged — a credit
 * changes no plan, option or fee.
 */
export function serviceCreditPreview(contract: {
  planCode: string;
  optionCodes: readonly string[];
  monthlyFeeExclTax: number;
}): SubscriptionChangePreview {
  const fee = withConsumptionTax(contract.monthlyFeeExclTax);
  return {
    planBefore: contract.planCode,
    planAfter: contract.planCode,
    kept: [...contract.optionCodes],
    removed: [],
    added: [],
    monthlyFeeBefore: fee,
    monthlyFeeAfter: fee,
    proratedFirstMonth: null,
  };
}
