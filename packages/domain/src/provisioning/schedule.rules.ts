import { parseIsoDate } from '../calendar/iso-date.rules.js';
import { isoDateJst, jstCalendarDate, startOfJstDay } from '../calendar/jst-date.js';
import { userError, type UserErrorData } from '../errors/user-error.js';
import { err, ok, type Result } from '../shared/result.js';
import type { ProvisioningKind } from './provisioning-workflow.js';

/** Kinds that take effect when approved, whatever their date (they change no contract on a date). */
const IMMEDIATE_KINDS: readonly ProvisioningKind[] = [
  'TRIAL_EXTENSION',
  'SECOND_TRIAL',
  'SERVICE_CREDIT',
];

/**
 * What an approval does with a request's effective date, seen at `now` in Asia/Tokyo: a date after
 * today is SCHEDULED (applied at 00:00 JST of that date), today applies at once, and a date that
 * passed while the request waited is refused so that the maker corrects it.
 */
export function approvalTiming(
  kind: ProvisioningKind,
  effectiveDate: string,
  now: Date,
): Result<'APPLY_NOW' | 'SCHEDULE', UserErrorData> {
  if (IMMEDIATE_KINDS.includes(kind)) return ok('APPLY_NOW');
  const today = isoDateJst(now);
  if (effectiveDate > today) return ok('SCHEDULE');
  if (effectiveDate === today) return ok('APPLY_NOW');
  return err(userError('EFFECTIVE_DATE_PASSED', 'effectiveDate', { value: effectiveDate }));
}

/** Is a scheduled change due at `now`: has 00:00 Asia/Tokyo of its effective date come? */
export function isScheduledChangeDue(effectiveDate: string, now: Date): boolean {
  return effectiveDate <= isoDateJst(now);
}

/** The instant a scheduled change becomes due: 00:00 Asia/Tokyo of its effective date. */
export function scheduledChangeDueAt(effectiveDate: string): Date {
  const parsed = parseIsoDate(effectiveDate);
  if (!parsed.ok) throw new RangeError(`not a date: ${effectiveDate}`);
  const [year, month, day] = parsed.value.split('-').map(Number) as [number, number, number];
  return startOfJstDay({ year, month, day });
}

/** 「月末で解約」: the first day of next month in Asia/Tokyo, the first day without service. */
export function endOfMonthCancellationDate(now: Date): string {
  const { year, month } = jstCalendarDate(now);
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  return `${String(next.year).padStart(4, '0')}-${String(next.month).padStart(2, '0')}-01`;
}
