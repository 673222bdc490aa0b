import { isoDateJst } from '../calendar/jst-date.js';
import { userError, type UserErrorData } from '../errors/user-error.js';
import { validateEffectiveDate } from '../provisioning/effective-date.rules.js';
import { err, ok, type Result } from '../shared/result.js';
import { NO_PLAN_KEY } from './catalog.rules.js';
import { MFA_FACTOR_CATEGORIES, OPTION_KINDS } from './catalog.types.js';

export const CATALOG_CODE_MAX = 50;
export const CATALOG_NAME_MAX = 100;
/** Monthly fees in whole yen, excluding tax. */
export const CATALOG_FEE_MAX_YEN = 10_000_000;
export const SLA_TARGET_MIN_PERCENT = 90;
export const SLA_TARGET_MAX_PERCENT = 100;
export const SORT_ORDER_MAX = 100_000;
export const PLAN_LIMITS_MAX_ENTRIES = 20;
const LIMIT_VALUE_MAX = 100;

const CODE = /^[A-Z][A-Z0-9_]*$/;

/** `check(value)` when the field was given, nothing otherwise (updates keep omitted fields). */
export function ifGiven<T>(
  value: T | null | undefined,
  check: (value: T) => UserErrorData[],
): UserErrorData[] {
  return value === null || value === undefined ? [] : check(value);
}

/** A catalog code (plan, option, option group, survey): ^[A-Z][A-Z0-9_]*$, ≤ CATALOG_CODE_MAX. */
export function catalogCodeErrors(code: string, field = 'code'): UserErrorData[] {
  return CODE.test(code) && code.length <= CATALOG_CODE_MAX
    ? []
    : [
        userError('INVALID_CODE', field, {
          value: code.slice(0, CATALOG_CODE_MAX),
          max: CATALOG_CODE_MAX,
        }),
      ];
}

/** A name (ja or en): required, one line, at most `max` characters. */
export function nameErrors(name: string, field: string, max = CATALOG_NAME_MAX): UserErrorData[] {
  const trimmed = name.trim();
  if (trimmed === '') return [userError('REQUIRED', field)];
  if (/[\r\n]/.test(trimmed) || [...trimmed].length > max)
    return [userError('TOO_LONG', field, { max })];
  return [];
}

/** A monthly fee: whole yen from 0 to CATALOG_FEE_MAX_YEN. */
export function monthlyFeeErrors(fee: number, field = 'monthlyFeeYen'): UserErrorData[] {
  return Number.isInteger(fee) && fee >= 0 && fee <= CATALOG_FEE_MAX_YEN
    ? []
    : [userError('OUT_OF_RANGE', field, { value: fee })];
}

/** A promised availability between SLA_TARGET_MIN_PERCENT and 100, at most three decimals. */
export function slaTargetErrors(percent: number, field = 'slaTargetPercent'): UserErrorData[] {
  const inRange =
    Number.isFinite(percent) &&
    percent >= SLA_TARGET_MIN_PERCENT &&
    percent <= SLA_TARGET_MAX_PERCENT;
  const precise = Math.abs(percent * 1000 - Math.round(percent * 1000)) < 1e-6;
  return inRange && precise ? [] : [userError('OUT_OF_RANGE', field, { value: percent })];
}

function sortOrderErrors(order: number | null | undefined): UserErrorData[] {
  if (order === null || order === undefined) return [];
  return Number.isInteger(order) && order >= 0 && order <= SORT_ORDER_MAX
    ? []
    : [userError('OUT_OF_RANGE', 'sortOrder', { value: order })];
}

/** Plan limits: a flat object of at most 20 short keys, each a short text or a finite number. */
export function planLimitsErrors(
  limits: Record<string, unknown>,
  field = 'limits',
): UserErrorData[] {
  const entries = Object.entries(limits);
  const valid =
    entries.length <= PLAN_LIMITS_MAX_ENTRIES &&
    entries.every(
      ([key, value]) =>
        /^[A-Za-z][A-Za-z0-9_]{0,49}$/.test(key) &&
        ((typeof value === 'number' && Number.isFinite(value)) ||
          (typeof value === 'string' && value.length <= LIMIT_VALUE_MAX)),
    );
  return valid ? [] : [userError('OUT_OF_RANGE', field, { value: entries.length })];
}

export interface PlanDraft {
  code: string;
  nameJa: string;
  nameEn: string;
  monthlyFeeYen: number;
  slaTargetPercent: number;
  sortOrder?: number | null;
  limits?: Record<string, unknown> | null;
}

/** A new plan; every problem is reported, each naming its field. */
export function validatePlanDraft(d: PlanDraft): UserErrorData[] {
  return [
    ...catalogCodeErrors(d.code),
    // Reports group customers without a plan under this key: a plan may not take it.
    ...(d.code === NO_PLAN_KEY ? [userError('DUPLICATE', 'code', { value: d.code })] : []),
    ...nameErrors(d.nameJa, 'nameJa'),
    ...nameErrors(d.nameEn, 'nameEn'),
    ...monthlyFeeErrors(d.monthlyFeeYen),
    ...slaTargetErrors(d.slaTargetPercent),
    ...sortOrderErrors(d.sortOrder),
    ...planLimitsErrors(d.limits ?? {}),
  ];
}

export interface PlanUpdate {
  nameJa?: string | null;
  nameEn?: string | null;
  slaTargetPercent?: number | null;
  sortOrder?: number | null;
}

/** The given fields of a plan update (omitted ones are kept). */
export function validatePlanUpdate(u: PlanUpdate): UserErrorData[] {
  return [
    ...ifGiven(u.nameJa, (v) => nameErrors(v, 'nameJa')),
    ...ifGiven(u.nameEn, (v) => nameErrors(v, 'nameEn')),
    ...ifGiven(u.slaTargetPercent, (v) => slaTargetErrors(v)),
    ...sortOrderErrors(u.sortOrder),
  ];
}

export interface OptionDraft {
  code: string;
  nameJa: string;
  nameEn: string;
  monthlyFeeYen: number;
  kind: string;
  factorCategory?: string | null;
  optionGroup?: string | null;
  sortOrder?: number | null;
}

/** A new option: MFA options name their factor category, other kinds none. */
export function validateOptionDraft(d: OptionDraft): UserErrorData[] {
  const kindKnown = (OPTION_KINDS as readonly string[]).includes(d.kind);
  const category = d.factorCategory ?? null;
  const categoryKnown =
    category === null || (MFA_FACTOR_CATEGORIES as readonly string[]).includes(category);
  return [
    ...catalogCodeErrors(d.code),
    ...nameErrors(d.nameJa, 'nameJa'),
    ...nameErrors(d.nameEn, 'nameEn'),
    ...monthlyFeeErrors(d.monthlyFeeYen),
    ...(kindKnown ? [] : [userError('OUT_OF_RANGE', 'kind', { value: d.kind })]),
    ...(categoryKnown && kindKnown && (d.kind === 'MFA') !== (category === null)
      ? []
      : [userError('OUT_OF_RANGE', 'factorCategory', { value: String(category) })]),
    ...(d.optionGroup ? catalogCodeErrors(d.optionGroup, 'optionGroup') : []),
    ...sortOrderErrors(d.sortOrder),
  ];
}

export interface OptionUpdate {
  nameJa?: string | null;
  nameEn?: string | null;
  optionGroup?: string | null;
  sortOrder?: number | null;
}

/** The given fields of an option update; an empty optionGroup takes the option out of its group. */
export function validateOptionUpdate(u: OptionUpdate): UserErrorData[] {
  return [
    ...ifGiven(u.nameJa, (v) => nameErrors(v, 'nameJa')),
    ...ifGiven(u.nameEn, (v) => nameErrors(v, 'nameEn')),
    ...(u.optionGroup ? catalogCodeErrors(u.optionGroup, 'optionGroup') : []),
    ...sortOrderErrors(u.sortOrder),
  ];
}

/** A price scheduled from a date: whole yen, valid from today or later (Asia/Tokyo). */
export function validatePriceSchedule(
  s: { monthlyFeeYen: number; validFrom: string },
  now: Date,
): Result<{ monthlyFeeYen: number; validFrom: string }, UserErrorData[]> {
  const validFrom = validateEffectiveDate(s.validFrom, now, 'validFrom');
  const errors = [...monthlyFeeErrors(s.monthlyFeeYen), ...(validFrom.ok ? [] : [validFrom.error])];
  if (!validFrom.ok || errors.length > 0) return err(errors);
  return ok({ monthlyFeeYen: s.monthlyFeeYen, validFrom: validFrom.value });
}

/** A scheduled price is the current one from 00:00 Asia/Tokyo of its date. */
export function isPriceDue(validFrom: string, now: Date): boolean {
  return validFrom <= isoDateJst(now);
}
