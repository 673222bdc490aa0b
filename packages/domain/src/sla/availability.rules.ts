import { isoDateJst } from '../calendar/jst-date.js';
import { userError, type UserErrorData } from '../errors/user-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { availabilityPercentErrors } from './sla-credit-tier.rules.js';
import { parseSlaMonth, type SlaMonth } from './sla-month.rules.js';

export const INCIDENT_NOTE_MAX = 2000;

export interface AvailabilityInput {
  month: string;
  availabilityPercent: number;
  incidentNote?: string | null;
}

export interface ValidAvailability {
  month: SlaMonth;
  availabilityPercent: number;
  incidentNote: string | null;
}

/**
 * A month's measured availability of a plan: a month that has ended in Asia/Tokyo (its fees are
 * then known), 0–100 % with at most three decimals, an optional incident note of at most
 * INCIDENT_NOTE_MAX characters.
 */
export function validateAvailability(
  input: AvailabilityInput,
  now: Date,
): Result<ValidAvailability, UserErrorData[]> {
  const errors: UserErrorData[] = [];
  const month = parseSlaMonth(input.month);
  if (!month.ok) errors.push(month.error);
  else if (month.value.lastDay >= isoDateJst(now))
    errors.push(userError('MONTH_NOT_ENDED', 'month', { value: month.value.month }));
  errors.push(...availabilityPercentErrors(input.availabilityPercent, 'availabilityPercent'));
  const note = input.incidentNote?.trim() || null;
  if (note && [...note].length > INCIDENT_NOTE_MAX)
    errors.push(userError('TOO_LONG', 'incidentNote', { max: INCIDENT_NOTE_MAX }));
  if (errors.length > 0 || !month.ok) return err(errors);
  return ok({
    month: month.value,
    availabilityPercent: input.availabilityPercent,
    incidentNote: note,
  });
}
