import { type UserErrorData, userError, validateEffectiveDate } from '@kizuna/domain';
import type { SchedulePriceInput } from '../../../gql/graphql';

/** What the schedule-price form holds. */
export interface SchedulePriceValues {
  monthlyFeeYen?: number | null;
  /** YYYY-MM-DD, a Tokyo calendar date. */
  validFrom?: string | null;
}

/** The plan or the option whose price is scheduled. */
export type PriceTarget = { planId: string } | { optionId: string };

/** Input paths of the form, as the API names them in userErrors. */
export const SCHEDULE_PRICE_FIELDS = ['monthlyFeeYen', 'validFrom'] as const;

/**
 * The refusals the domain makes before anything is sent: a fee in whole yen ≥ 0, and a real date
 * that is today or later in Tokyo (the same rule as an effective date; the API checks it again).
 */
export function checkSchedulePrice(values: SchedulePriceValues, now: Date): UserErrorData[] {
  const errors: UserErrorData[] = [];
  const fee = values.monthlyFeeYen;
  if (fee === null || fee === undefined) errors.push(userError('REQUIRED', 'monthlyFeeYen'));
  else if (!Number.isInteger(fee) || fee < 0)
    errors.push(userError('OUT_OF_RANGE', 'monthlyFeeYen', { value: fee }));
  const date = validateEffectiveDate(values.validFrom ?? '', now, 'validFrom');
  if (!date.ok) errors.push(date.error);
  return errors;
}

/** Form → SchedulePriceInput for one plan or one option (never both). */
export function serializeSchedulePrice(
  target: PriceTarget,
  values: SchedulePriceValues,
): SchedulePriceInput {
  return {
    ...target,
    monthlyFeeYen: values.monthlyFeeYen ?? 0,
    validFrom: values.validFrom ?? '',
  };
}
