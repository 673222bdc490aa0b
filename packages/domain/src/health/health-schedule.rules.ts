import { DAY_MS, isoDateJst, jstCalendarDate, startOfJstDay } from '../calendar/jst-date.js';
import { usageSeriesPeriod } from '../usage/usage-report.rules.js';
import type { LifecycleStage } from '../lifecycle/lifecycle.rules.js';
import type { HealthBand } from './health-settings.rules.js';

/** Who has a health score: customers in trial or under contract (the ones we can keep). */
export const HEALTH_SCORED_STAGES: readonly LifecycleStage[] = ['TRIAL', 'ACTIVE'];

/** How far back each signal looks. */
export const HEALTH_SIGNAL_WINDOWS = {
  /** Usage: the last 30 Tokyo days against the 30 before. */
  usageDays: 30,
  /** Surveys: each respondent's latest answer of the last 180 days. */
  surveyDays: 180,
  /** SLA: credits and months below target of the months touching the last 90 Tokyo days. */
  slaDays: 90,
} as const;

export interface HealthSignalPeriods {
  /** Tokyo days (YYYY-MM-DD, inclusive). */
  usageRecent: { from: string; to: string };
  usagePrevious: { from: string; to: string };
  /** Answers after this instant (and not after now) count. */
  surveysAfter: Date;
  /** The first month (YYYY-MM-01) whose SLA counts; up to the current month. */
  slaFromMonth: string;
  today: string;
}

const dayBefore = (iso: string) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);

/** The periods the signals of a score computed at `now` read. */
export function healthSignalPeriods(now: Date): HealthSignalPeriods {
  const today = isoDateJst(now);
  const usageRecent = usageSeriesPeriod(today, HEALTH_SIGNAL_WINDOWS.usageDays);
  const usagePrevious = usageSeriesPeriod(
    dayBefore(usageRecent.from),
    HEALTH_SIGNAL_WINDOWS.usageDays,
  );
  const slaFrom = usageSeriesPeriod(today, HEALTH_SIGNAL_WINDOWS.slaDays).from;
  return {
    today,
    usageRecent,
    usagePrevious,
    surveysAfter: new Date(now.getTime() - HEALTH_SIGNAL_WINDOWS.surveyDays * DAY_MS),
    slaFromMonth: `${slaFrom.slice(0, 7)}-01`,
  };
}

/** Scores are recomputed every night at this hour, Asia/Tokyo (and soon after a relevant change). */
export const HEALTH_NIGHTLY_HOUR_JST = 3;

/** The next nightly recompute strictly after `now`: 03:00 JST today or tomorrow. */
export function nextNightlyRecompute(now: Date): Date {
  const today = startOfJstDay(jstCalendarDate(now));
  const tonight = new Date(today.getTime() + HEALTH_NIGHTLY_HOUR_JST * 3_600_000);
  return tonight > now ? tonight : new Date(tonight.getTime() + DAY_MS);
}

/** YYYY-MM-01 of an instant's Tokyo month. */
export const jstMonthOf = (instant: Date) => `${isoDateJst(instant).slice(0, 7)}-01`;

/** YYYY-MM-01 of the Tokyo month before the one of `instant`. */
export function jstPreviousMonthOf(instant: Date): string {
  const { year, month } = jstCalendarDate(instant);
  const y = month === 1 ? year - 1 : year;
  const m = month === 1 ? 12 : month - 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;
}

/**
 * The month whose history a recompute at `now` must close first: the Tokyo month of the last
 * computation when that month has ended (its last score is the month's), else null.
 */
export function healthMonthToClose(lastComputedAt: Date | null, now: Date): string | null {
  if (lastComputedAt === null) return null;
  const month = jstMonthOf(lastComputedAt);
  return month < jstMonthOf(now) ? month : null;
}

/** A fall to AT_RISK (raising one follow-up): AT_RISK now, and not AT_RISK at the last score. */
export function isFallToAtRisk(before: HealthBand | null, after: HealthBand | null): boolean {
  return after === 'AT_RISK' && before !== 'AT_RISK';
}
