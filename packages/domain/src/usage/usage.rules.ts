import { isoDateJst } from '../calendar/jst-date.js';
import { parseIsoDate } from '../calendar/iso-date.rules.js';
import { userError, type UserErrorData } from '../errors/user-error.js';
import { err, ok, type Result } from '../shared/result.js';

/** The first day usage may be recorded for: older dates are typing mistakes, not history. */
export const USAGE_EARLIEST_DATE = '2000-01-01';
/** More daily active users than any one customer can have: a unit or typing mistake. */
export const USAGE_MAX_ACTIVE_USERS = 10_000_000;
/** 1 PB: more storage than any one customer can use. */
export const USAGE_MAX_STORAGE_GB = 1_000_000;

/** One customer's usage on one Tokyo day, as validated. */
export interface DailyUsage {
  date: string;
  activeUsers: number;
  /** Gigabytes, rounded to 3 decimals (1 MB). */
  storageGb: number;
}

/** A usage day: a real date, not before USAGE_EARLIEST_DATE and not after today (Asia/Tokyo). */
export function validateUsageDate(
  raw: string,
  today: string,
  field = 'date',
): Result<string, UserErrorData> {
  if (raw.trim() === '') return err(userError('REQUIRED', field));
  const date = parseIsoDate(raw, field);
  if (!date.ok) return date;
  if (date.value > today) return err(userError('DATE_IN_FUTURE', field));
  if (date.value < USAGE_EARLIEST_DATE)
    return err(userError('OUT_OF_RANGE', field, { value: date.value }));
  return date;
}

/** A whole number of active users, 0 to USAGE_MAX_ACTIVE_USERS. */
export function validateActiveUsers(
  value: number,
  field = 'activeUsers',
): Result<number, UserErrorData> {
  if (!Number.isInteger(value) || value < 0 || value > USAGE_MAX_ACTIVE_USERS)
    return err(userError('OUT_OF_RANGE', field, { value: String(value) }));
  return ok(value);
}

/** Storage in GB, 0 to USAGE_MAX_STORAGE_GB, rounded to 3 decimals. */
export function validateStorageGb(
  value: number,
  field = 'storageGb',
): Result<number, UserErrorData> {
  if (!Number.isFinite(value) || value < 0 || value > USAGE_MAX_STORAGE_GB)
    return err(userError('OUT_OF_RANGE', field, { value: String(value) }));
  return ok(Math.round(value * 1000) / 1000);
}

/** Validate one day of usage against today's Tokyo date: every refusal, not just the first. */
export function validateDailyUsage(
  input: { date: string; activeUsers: number; storageGb: number },
  now: Date,
): Result<DailyUsage, UserErrorData[]> {
  const date = validateUsageDate(input.date, isoDateJst(now));
  const activeUsers = validateActiveUsers(input.activeUsers);
  const storageGb = validateStorageGb(input.storageGb);
  const errors = [date, activeUsers, storageGb].flatMap((r) => (r.ok ? [] : [r.error]));
  if (!date.ok || !activeUsers.ok || !storageGb.ok) return err(errors);
  return ok({ date: date.value, activeUsers: activeUsers.value, storageGb: storageGb.value });
}
