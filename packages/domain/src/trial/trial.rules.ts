import type { CatalogOption, Plan } from '../catalog/catalog.types.js';
import type { LifecycleStage } from '../lifecycle/lifecycle.rules.js';
import { DAY_MS } from '../calendar/jst-date.js';

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

/** A trial enables every active option ("strike while the iron is hot"). */
export function trialOptionCodes(
  options: readonly Pick<CatalogOption, 'code' | 'active'>[],
): string[] {
  return options
    .filter((o) => o.active)
    .map((o) => o.code)
    .sort();
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
