import type { CatalogOption, Plan } from '../catalog/catalog.types.js';
import { userError, type UserErrorData } from '../errors/user-error.js';
import { parseIsoDate } from '../calendar/iso-date.rules.js';
import { prorateFirstMonth, type ProratedFee } from '../money/proration.rules.js';
import { withConsumptionTax, type TaxedAmount } from '../money/tax.rules.js';
import { err, ok, type Result } from '../shared/result.js';
import { monthlyFee } from './monthly-fee.rules.js';
import { diffOptions, type OptionDiff } from './option-diff.rules.js';

export interface SubscriptionChangePreview extends OptionDiff {
  planBefore: string | null;
  /** null when the subscription ends (cancellation). */
  planAfter: string | null;
  monthlyFeeBefore: TaxedAmount;
  monthlyFeeAfter: TaxedAmount;
  /**
   * The first, partial month at the fee after the change (日割り, ADR 0010); null for a change on
   * the 1st, without effective date, or when the subscription ends.
   */
  proratedFirstMonth: ProratedFee | null;
}

export type CatalogPlanRef = Pick<Plan, 'code' | 'monthlyFeeYen'> & { active?: boolean };
export type CatalogOptionRef = Pick<
  CatalogOption,
  'code' | 'monthlyFeeYen' | 'active' | 'kind' | 'factorCategory'
> & { optionGroup?: string | null };

export interface SubscriptionChangeInput {
  /** null: the customer has no subscription yet. */
  current: { planCode: string | null; optionCodes: readonly string[]; isTrial: boolean } | null;
  /** null: the subscription ends. */
  next: { planCode: string; optionCodes: readonly string[] } | null;
  catalog: { plans: readonly CatalogPlanRef[]; options: readonly CatalogOptionRef[] };
  /** YYYY-MM-DD (Asia/Tokyo) the change takes effect; prices the first partial month. */
  effectiveDate?: string;
}

/** Unknown or retired plans, unknown options, and inactive options being newly added. */
function catalogErrors(input: SubscriptionChangeInput, added: readonly string[]): UserErrorData[] {
  if (!input.next) return [];
  const errors: UserErrorData[] = [];
  const plan = input.catalog.plans.find((p) => p.code === input.next?.planCode);
  if (!plan || plan.active === false)
    errors.push(userError('UNKNOWN_PLAN', 'planCode', { value: input.next.planCode }));
  const options = new Map(input.catalog.options.map((o) => [o.code, o]));
  for (const code of new Set(input.next.optionCodes)) {
    const option = options.get(code);
    if (!option) errors.push(userError('UNKNOWN_OPTION', 'optionCodes', { value: code }));
    // A retired option the customer already has may stay; it may not be newly sold.
    else if (!option.active && added.includes(code))
      errors.push(userError('INACTIVE_OPTION', 'optionCodes', { value: code }));
  }
  return errors;
}

/**
 * The effect of changing a subscription: options kept/removed/added, the monthly fee before and
 * after, tax included, and the first partial month when dated mid-month. A trial costs nothing
 * before (trials are free).
 */
export function previewSubscriptionChange(
  input: SubscriptionChangeInput,
): Result<SubscriptionChangePreview, UserErrorData[]> {
  const currentCodes = input.current?.optionCodes ?? [];
  const diff = diffOptions(currentCodes, input.next?.optionCodes ?? []);
  const errors = catalogErrors(input, diff.added);
  if (errors.length > 0) return err(errors);

  const plans = new Map(input.catalog.plans.map((p) => [p.code, p]));
  const options = new Map(input.catalog.options.map((o) => [o.code, o]));
  const priced = (planCode: string | null, codes: readonly string[]) =>
    monthlyFee(
      planCode === null ? null : (plans.get(planCode) ?? null),
      [...new Set(codes)].flatMap((c) => options.get(c) ?? []),
    );
  const free = withConsumptionTax(0);
  const monthlyFeeAfter = input.next ? priced(input.next.planCode, input.next.optionCodes) : free;
  // An unreadable date is the draft validation's to report (INVALID_DATE); nothing is prorated.
  const date = input.effectiveDate === undefined ? null : parseIsoDate(input.effectiveDate);
  return ok({
    planBefore: input.current?.planCode ?? null,
    planAfter: input.next?.planCode ?? null,
    ...diff,
    monthlyFeeBefore:
      !input.current || input.current.isTrial ? free : priced(input.current.planCode, currentCodes),
    monthlyFeeAfter,
    proratedFirstMonth:
      input.next && date?.ok ? prorateFirstMonth(monthlyFeeAfter.excludingTax, date.value) : null,
  });
}

/**
 * Trial → paid conversion: every trial option is "current"; only the chosen options are kept and
 * every other trial option is removed. The fee before is 0 (trials are free).
 */
export function planConversion(input: {
  trialOptionCodes: readonly string[];
  trialPlanCode: string | null;
  chosen: { planCode: string; optionCodes: readonly string[] };
  catalog: SubscriptionChangeInput['catalog'];
}): Result<SubscriptionChangePreview, UserErrorData[]> {
  return previewSubscriptionChange({
    current: { planCode: input.trialPlanCode, optionCodes: input.trialOptionCodes, isTrial: true },
    next: input.chosen,
    catalog: input.catalog,
  });
}
