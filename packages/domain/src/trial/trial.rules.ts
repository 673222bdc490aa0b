import { DAY_MS, isoDateJst } from '../calendar/jst-date.js';
import type { CatalogOption, Plan } from '../catalog/catalog.types.js';
import { userError, type UserErrorData } from '../errors/user-error.js';
import type { LifecycleStage } from '../lifecycle/lifecycle.rules.js';
import { err, ok, type Result } from '../shared/result.js';

/** Free trials last 30 days unless stated otherwise. */
export const DEFAULT_TRIAL_DAYS = 30;

/** When a trial started at `startedAt` ends. */
export function trialEndsAt(startedAt: Date, days = DEFAULT_TRIAL_DAYS): Date {
  return new Date(startedAt.getTime() + days * DAY_MS);
}

/** A TRIAL customer whose trial end has passed (and who has not converted). */
export function isTrialExpired(
  c: { stage: LifecycleStage; trialEndsAt: Date | null },
  now: Date,
): boolean {
  return c.stage === 'TRIAL' && c.trialEndsAt !== null && c.trialEndsAt.getTime() <= now.getTime();
}

/** Whole days left until the trial ends (rounded up; 0 once ended). */
export function trialDaysLeft(trialEnd: Date, now: Date): number {
  return Math.max(0, Math.ceil((trialEnd.getTime() - now.getTime()) / DAY_MS));
}

type TrialOptionRef = Pick<CatalogOption, 'code' | 'active' | 'optionGroup' | 'monthlyFeeYen'>;

/** Of two options of one group, the one a trial shows: the dearer, then the lower code. */
const better = (a: TrialOptionRef, b: TrialOptionRef) =>
  a.monthlyFeeYen !== b.monthlyFeeYen ? a.monthlyFeeYen > b.monthlyFeeYen : a.code < b.code;

/**
 * A trial enables every active option ("strike while the iron is hot"), but of each exclusive
 * group only one: the one with the highest monthly fee (tie: the lowest code), e.g. STORAGE_2TB.
 */
export function trialOptionCodes(options: readonly TrialOptionRef[]): string[] {
  const best = new Map<string, TrialOptionRef>();
  const ungrouped: TrialOptionRef[] = [];
  for (const o of options.filter((x) => x.active)) {
    if (o.optionGroup === null) ungrouped.push(o);
    else {
      const held = best.get(o.optionGroup);
      if (!held || better(o, held)) best.set(o.optionGroup, o);
    }
  }
  return [...new Set([...ungrouped, ...best.values()].map((o) => o.code))].sort();
}

/** A trial runs on the top plan, so that everything can be tried. */
export function trialPlan<P extends Pick<Plan, 'code' | 'sortOrder'>>(
  plans: readonly P[],
): P | null {
  return plans.reduce<P | null>(
    (top, p) => (top === null || p.sortOrder > top.sortOrder ? p : top),
    null,
  );
}

/** A trial may be extended by at most this many days in total. */
export const MAX_TRIAL_EXTENSION_DAYS = 30;
/** Longest reason a request may give (extension, second trial). */
export const TRIAL_REASON_MAX = 2000;

function reasonErrors(reason: string): UserErrorData[] {
  const trimmed = reason.trim();
  if (trimmed === '') return [userError('REQUIRED', 'reason')];
  if (trimmed.length > TRIAL_REASON_MAX)
    return [userError('TOO_LONG', 'reason', { max: TRIAL_REASON_MAX })];
  return [];
}

/**
 * Extending a running trial by whole days, with a reason: at most MAX_TRIAL_EXTENSION_DAYS in
 * total over the trial's life. Gives the new end instant (days × 24 h later) and its JST date.
 */
export function validateTrialExtension(
  c: { stage: LifecycleStage; trialEndsAt: Date | null; trialExtendedDays: number },
  days: number,
  reason: string,
): Result<{ trialEndsAt: Date; trialEndsOn: string }, UserErrorData[]> {
  const errors: UserErrorData[] = [];
  if (c.stage !== 'TRIAL' || c.trialEndsAt === null)
    errors.push(userError('NOT_IN_TRIAL', 'customerId'));
  if (!Number.isInteger(days) || days < 1)
    errors.push(userError('OUT_OF_RANGE', 'days', { value: days }));
  else if (c.trialExtendedDays + days > MAX_TRIAL_EXTENSION_DAYS)
    errors.push(
      userError('TRIAL_EXTENSION_LIMIT', 'days', {
        max: MAX_TRIAL_EXTENSION_DAYS,
        used: c.trialExtendedDays,
      }),
    );
  errors.push(...reasonErrors(reason));
  if (errors.length > 0 || c.trialEndsAt === null) return err(errors);
  const end = new Date(c.trialEndsAt.getTime() + days * DAY_MS);
  return ok({ trialEndsAt: end, trialEndsOn: isoDateJst(end) });
}

/** A trial is started once, by a lead: a second one goes through a double-checked request. */
export function canStartTrial(c: {
  stage: LifecycleStage;
  trialCount: number;
}): Result<void, UserErrorData> {
  if (c.stage !== 'LEAD') return err(userError('NOT_LEAD', 'customerId'));
  if (c.trialCount >= 1) return err(userError('TRIAL_ALREADY_USED', 'customerId'));
  return ok(undefined);
}

/** A second trial is for a lead whose first trial has ended, and needs a reason. */
export function validateSecondTrial(
  c: { stage: LifecycleStage; trialCount: number },
  reason: string,
): UserErrorData[] {
  const stage =
    c.stage !== 'LEAD'
      ? [userError('NOT_LEAD', 'customerId')]
      : c.trialCount < 1
        ? [userError('TRIAL_NOT_EXPIRED', 'customerId')]
        : [];
  return [...stage, ...reasonErrors(reason)];
}
