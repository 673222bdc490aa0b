import { userError, type UserErrorData } from '../errors/user-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { ANSWERED_AT_CLOCK_SKEW_MS, parseAnsweredAt } from '../surveys/survey-response.rules.js';

/** Longest description or countermeasure of a near-miss, in characters. */
export const NEAR_MISS_TEXT_MAX = 2000;

export interface NearMissReportDraft {
  description: string;
  countermeasure?: string | null;
  /** When it happened: ISO 8601 with an offset, or Tokyo wall-clock time; now when absent. */
  occurredAt?: string | null;
}

export interface NearMissReport {
  description: string;
  countermeasure: string | null;
  occurredAt: Date;
}

/**
 * A near-miss text, trimmed: required (description) or optional (countermeasure → null when
 * blank), at most NEAR_MISS_TEXT_MAX characters.
 */
export function validateNearMissText(
  raw: string | null | undefined,
  field: 'description' | 'countermeasure',
): Result<string | null, UserErrorData> {
  const text = raw?.trim() ?? '';
  if (text === '') return field === 'description' ? err(userError('REQUIRED', field)) : ok(null);
  if ([...text].length > NEAR_MISS_TEXT_MAX)
    return err(userError('TOO_LONG', field, { max: NEAR_MISS_TEXT_MAX }));
  return ok(text);
}

/** A near-miss recorded by hand: its texts, and a real occurrence time that is not ahead of `now`. */
export function validateNearMissReport(
  draft: NearMissReportDraft,
  now: Date,
): Result<NearMissReport, UserErrorData[]> {
  const errors: UserErrorData[] = [];
  const description = validateNearMissText(draft.description, 'description');
  if (!description.ok) errors.push(description.error);
  const countermeasure = validateNearMissText(draft.countermeasure, 'countermeasure');
  if (!countermeasure.ok) errors.push(countermeasure.error);
  let occurredAt = now;
  if (draft.occurredAt?.trim()) {
    const parsed = parseAnsweredAt(draft.occurredAt, 'occurredAt');
    if (!parsed.ok) errors.push(parsed.error);
    else if (parsed.value.getTime() > now.getTime() + ANSWERED_AT_CLOCK_SKEW_MS)
      errors.push(userError('DATE_IN_FUTURE', 'occurredAt'));
    else occurredAt = parsed.value;
  }
  if (errors.length > 0 || !description.ok || !countermeasure.ok) return err(errors);
  return ok({ description: description.value!, countermeasure: countermeasure.value, occurredAt });
}
