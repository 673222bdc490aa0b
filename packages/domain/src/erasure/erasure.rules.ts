import { DAY_MS } from '../calendar/jst-date.js';
import type { LifecycleStage } from '../lifecycle/lifecycle.rules.js';

/** Days after the churn within which a churned customer's personal data is to be erased. */
export const DEFAULT_ERASURE_GRACE_DAYS = 30;

/** What erased free text reads afterwards (the field stays; its content is gone). */
export const ERASED_TEXT = '（消去済み）';

/** The work lists of due erasures: past their due time, or due within the next seven days. */
export const ERASURE_DUE_FILTERS = ['OVERDUE', 'DUE_THIS_WEEK'] as const;
export type ErasureDueFilter = (typeof ERASURE_DUE_FILTERS)[number];

const WEEK_DAYS = 7;

/**
 * When a customer's personal data is due for erasure: `graceDays` after the churn, for a CHURNED
 * customer only (an erased one has nothing left; the others are not due at all).
 */
export function erasureDueAt(
  customer: { stage: LifecycleStage; churnedAt: Date | null },
  graceDays: number,
): Date | null {
  if (customer.stage !== 'CHURNED' || !customer.churnedAt) return null;
  return new Date(customer.churnedAt.getTime() + graceDays * DAY_MS);
}

/**
 * The due times a work list selects at `now`: OVERDUE is due at or before now; DUE_THIS_WEEK is
 * due after now and at most seven days later. Bounds are exclusive below, inclusive above.
 */
export function erasureDueRange(
  filter: ErasureDueFilter,
  now: Date,
): { after: Date | null; atOrBefore: Date } {
  return filter === 'OVERDUE'
    ? { after: null, atOrBefore: now }
    : { after: now, atOrBefore: new Date(now.getTime() + WEEK_DAYS * DAY_MS) };
}

/** Which work list a due time is on at `now`, if any. */
export function erasureDueStatus(dueAt: Date | null, now: Date): ErasureDueFilter | null {
  if (!dueAt) return null;
  return (
    ERASURE_DUE_FILTERS.find((filter) => {
      const { after, atOrBefore } = erasureDueRange(filter, now);
      return (after === null || dueAt > after) && dueAt <= atOrBefore;
    }) ?? null
  );
}

/** A grace period from configuration: a whole number of days, 0–3650. */
export function isValidErasureGraceDays(days: number): boolean {
  return Number.isInteger(days) && days >= 0 && days <= 3650;
}
