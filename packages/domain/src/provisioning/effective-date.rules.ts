import { parseIsoDate } from '../calendar/iso-date.rules.js';
import { isoDateJst } from '../calendar/jst-date.js';
import { userError, type UserErrorData } from '../errors/user-error.js';
import { err, type Result } from '../shared/result.js';

/** An effective date: a real date, today or later in Asia/Tokyo; returned as YYYY-MM-DD. */
export function validateEffectiveDate(
  raw: string,
  today: Date,
  field = 'effectiveDate',
): Result<string, UserErrorData> {
  if (raw.trim() === '') return err(userError('REQUIRED', field));
  const parsed = parseIsoDate(raw, field);
  if (!parsed.ok) return parsed;
  // ISO dates compare correctly as strings.
  return parsed.value < isoDateJst(today) ? err(userError('DATE_IN_PAST', field)) : parsed;
}
