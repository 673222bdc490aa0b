import { quarterOf } from '../calendar/fiscal-year.rules.js';
import { startOfJstDay } from '../calendar/jst-date.js';
import { CHURN_REASONS, type ChurnReason } from '../provisioning/churn-reason.js';
import { roundHalfAwayFromZero } from '../shared/rounding.js';
import { isSmallSample } from '../surveys/sample-size.js';

export const CHURN_GROUP_BYS = ['REASON', 'PLAN', 'MONTH', 'QUARTER', 'FISCAL_YEAR'] as const;
export type ChurnGroupBy = (typeof CHURN_GROUP_BYS)[number];

/** Tokyo calendar dates YYYY-MM-DD, both inclusive. */
export interface ChurnPeriod {
  from: string;
  to: string;
}

/** Churns counted in SQL: one row per Tokyo month (YYYY-MM), reason and plan at the churn. */
export interface ChurnCount {
  month: string;
  reason: ChurnReason;
  planCode: string;
  customersLost: number;
  /** Sum of the monthly fees (税抜) at the churns. */
  mrrLostYen: number;
}

/** Customers ACTIVE at 00:00 JST of `date` (YYYY-MM-DD) on `planCode`. */
export interface ActiveCount {
  date: string;
  planCode: string;
  active: number;
}

/** A group's churns of one reason. */
export interface ChurnReasonCount {
  reason: ChurnReason;
  customersLost: number;
  mrrLostYen: number;
}

export interface ChurnGroup {
  /** A reason, a plan code, YYYY-MM, FY2025-Q1 or FY2025 (the keys of survey reports). */
  key: string;
  customersLost: number;
  mrrLostYen: number;
  /** The group's churns per reason, every reason in taxonomy order; empty for a reason group. */
  byReason: ChurnReasonCount[];
  /** Customers lost ÷ all customers lost in the period (0–1, four decimals); null without churn. */
  share: number | null;
  /** Customers lost ÷ customers active at `periodStart` (0–1, four decimals); null when none were. */
  logoChurnRate: number | null;
  /** The rate's denominator: customers active at `periodStart` (on the plan, for a plan). */
  activeAtStart: number;
  /** Too few active customers for the rate to be read as a fact (the surveys' threshold). */
  smallSample: boolean;
  /** The day the group's period starts (the filter's start for reasons and plans). */
  periodStart: string;
}

export interface ChurnReport {
  groups: ChurnGroup[];
  totalCustomersLost: number;
  totalMrrLostYen: number;
  /** Lost ÷ active at the start of the whole period. */
  logoChurnRate: number | null;
  activeAtStart: number;
  smallSample: boolean;
}

const TIME_GROUPS: readonly ChurnGroupBy[] = ['MONTH', 'QUARTER', 'FISCAL_YEAR'];

const ratio = (n: number, d: number) => (d > 0 ? roundHalfAwayFromZero(n / d, 4) : null);

/** Customers lost and their fees, summed over counts. */
function lostIn(rows: readonly ChurnCount[]): { customersLost: number; mrrLostYen: number } {
  return {
    customersLost: rows.reduce((sum, c) => sum + c.customersLost, 0),
    mrrLostYen: rows.reduce((sum, c) => sum + c.mrrLostYen, 0),
  };
}

/** Counts per reason, every reason in taxonomy order (zeros kept, so stacked series align). */
export function churnByReason(counts: readonly ChurnCount[]): ChurnReasonCount[] {
  return CHURN_REASONS.map((reason) => ({
    reason,
    ...lostIn(counts.filter((c) => c.reason === reason)),
  }));
}

/** The bucket key of a Tokyo month (YYYY-MM) for a time grouping. */
export function churnTimeKey(groupBy: ChurnGroupBy, month: string, startMonth: number): string {
  if (groupBy === 'MONTH') return month;
  const q = quarterOf(
    startOfJstDay({ year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)), day: 1 }),
    startMonth,
  );
  return groupBy === 'QUARTER' ? `FY${q.fiscalYear}-Q${q.quarter}` : `FY${q.fiscalYear}`;
}

/** Every Tokyo month (YYYY-MM) the period touches, in order. */
function monthsOf(period: ChurnPeriod): string[] {
  const index = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1;
  const months: string[] = [];
  for (let i = index(period.from); i <= index(period.to); i++)
    months.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  return months;
}

/**
 * The time buckets of a period with the day each starts (a bucket cut by the filter starts on
 * the filter's first day). Reasons and plans have one period: the filter's.
 */
export function churnBuckets(
  groupBy: ChurnGroupBy,
  period: ChurnPeriod,
  startMonth: number,
): { key: string; start: string; months: string[] }[] {
  if (!TIME_GROUPS.includes(groupBy)) return [];
  const buckets = new Map<string, { key: string; start: string; months: string[] }>();
  for (const month of monthsOf(period)) {
    const key = churnTimeKey(groupBy, month, startMonth);
    const bucket = buckets.get(key);
    if (bucket) bucket.months.push(month);
    else
      buckets.set(key, {
        key,
        start: month === period.from.slice(0, 7) ? period.from : `${month}-01`,
        months: [month],
      });
  }
  return [...buckets.values()];
}

/** The days at whose start (00:00 JST) active customers must be counted for this report. */
export function churnActiveDates(
  groupBy: ChurnGroupBy,
  period: ChurnPeriod,
  startMonth: number,
): string[] {
  return [period.from, ...churnBuckets(groupBy, period, startMonth).map((b) => b.start)].filter(
    (d, i, all) => all.indexOf(d) === i,
  );
}

/** The last day of a Tokyo month YYYY-MM. */
function lastDayOf(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** The days (inclusive) of a time group within the period; null for an unknown key. */
export function churnGroupDates(
  groupBy: ChurnGroupBy,
  key: string,
  period: ChurnPeriod,
  startMonth: number,
): ChurnPeriod | null {
  const bucket = churnBuckets(groupBy, period, startMonth).find((b) => b.key === key);
  if (!bucket) return null;
  const last = lastDayOf(bucket.months[bucket.months.length - 1]!);
  return { from: bucket.start, to: last < period.to ? last : period.to };
}

/**
 * Group churn counts (REASON, PLAN or a time bucket), with each group's share of all churn and
 * its logo churn rate: lost ÷ active at the start of its period (the whole filter period for
 * reasons and plans; for a plan, the customers active on that plan).
 */
export function churnReport(
  groupBy: ChurnGroupBy,
  period: ChurnPeriod,
  counts: readonly ChurnCount[],
  active: readonly ActiveCount[],
  startMonth: number,
): ChurnReport {
  const activeAt = (date: string, planCode?: string) =>
    active
      .filter((a) => a.date === date && (planCode === undefined || a.planCode === planCode))
      .reduce((sum, a) => sum + a.active, 0);
  const totalLost = counts.reduce((sum, c) => sum + c.customersLost, 0);
  const group = (
    key: string,
    rows: readonly ChurnCount[],
    periodStart: string,
    base: number,
  ): ChurnGroup => {
    const { customersLost, mrrLostYen } = lostIn(rows);
    return {
      key,
      customersLost,
      mrrLostYen,
      byReason: groupBy === 'REASON' ? [] : churnByReason(rows),
      share: ratio(customersLost, totalLost),
      logoChurnRate: ratio(customersLost, base),
      activeAtStart: base,
      smallSample: isSmallSample(base),
      periodStart,
    };
  };

  let groups: ChurnGroup[];
  if (groupBy === 'REASON') {
    const base = activeAt(period.from);
    groups = CHURN_REASONS.map((reason) =>
      group(
        reason,
        counts.filter((c) => c.reason === reason),
        period.from,
        base,
      ),
    );
  } else if (groupBy === 'PLAN') {
    const plans = [...new Set(counts.map((c) => c.planCode))].sort();
    groups = plans.map((plan) =>
      group(
        plan,
        counts.filter((c) => c.planCode === plan),
        period.from,
        activeAt(period.from, plan),
      ),
    );
  } else {
    groups = churnBuckets(groupBy, period, startMonth).map((b) =>
      group(
        b.key,
        counts.filter((c) => b.months.includes(c.month)),
        b.start,
        activeAt(b.start),
      ),
    );
  }
  const activeAtFrom = activeAt(period.from);
  return {
    groups,
    totalCustomersLost: totalLost,
    totalMrrLostYen: lostIn(counts).mrrLostYen,
    logoChurnRate: ratio(totalLost, activeAtFrom),
    activeAtStart: activeAtFrom,
    smallSample: isSmallSample(activeAtFrom),
  };
}
