import { userError, validateAvailability, type UserErrorData } from '@kizuna/domain';
import type { RecordAvailabilityInput } from '../../gql/graphql';

/** What the form holds. */
export interface RecordAvailabilityValues {
  /** YYYY-MM (Asia/Tokyo). */
  month?: string | null;
  planCode?: string | null;
  availabilityPercent?: number | null;
  incidentNote?: string | null;
}

/** Input paths of the form, as the API names them in userErrors. */
export const RECORD_AVAILABILITY_FIELDS = [
  'month',
  'planCode',
  'availabilityPercent',
  'incidentNote',
] as const;

/**
 * The refusals made before anything is sent, by the rule the API applies
 * (validateAvailability): a month that has ended in Tokyo, 0–100 % with at most three decimals,
 * a note of at most 2,000 characters; and a plan and a percentage given at all.
 */
export function checkRecordAvailability(
  values: RecordAvailabilityValues,
  now: Date,
): UserErrorData[] {
  const errors: UserErrorData[] = [];
  if (!values.month) errors.push(userError('REQUIRED', 'month'));
  if (!values.planCode) errors.push(userError('REQUIRED', 'planCode'));
  const percent = values.availabilityPercent;
  if (percent === null || percent === undefined)
    errors.push(userError('REQUIRED', 'availabilityPercent'));
  const checked = validateAvailability(
    {
      month: values.month ?? '',
      availabilityPercent: percent ?? 0,
      incidentNote: values.incidentNote,
    },
    now,
  );
  if (!checked.ok)
    errors.push(
      ...checked.error.filter(
        (e) =>
          // A missing month or percentage is already asked for above.
          !(e.field === 'month' && !values.month) &&
          !(e.field === 'availabilityPercent' && (percent === null || percent === undefined)),
      ),
    );
  return errors;
}

/** Form → RecordAvailabilityInput (the note trimmed, an empty one sent as none). */
export function serializeRecordAvailability(
  values: RecordAvailabilityValues,
): RecordAvailabilityInput {
  return {
    month: values.month ?? '',
    planCode: values.planCode ?? '',
    availabilityPercent: values.availabilityPercent ?? 0,
    incidentNote: values.incidentNote?.trim() || null,
  };
}
