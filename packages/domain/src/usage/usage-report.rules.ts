import { churnTimeKey } from '../churn/churn-report.rules.js';

export const USAGE_GROUP_BYS = ['CUSTOMER', 'PLAN', 'MONTH', 'QUARTER', 'FISCAL_YEAR'] as const;
export type UsageGroupBy = (typeof USAGE_GROUP_BYS)[number];

/** The longest Customer.usage series (days). */
export const USAGE_SERIES_MAX_DAYS = 366;

/**
 * A group's sums of per-customer figures, as SQL computes them. For each customer in the group,
 * over the days it reported within the group's period:
 * - its DAU is the mean of its daily active users;
 * - its MAU is the mean, weighted by those days, of its peak daily active users in each calendar
 *   month (a lower bound of its true monthly actives: daily counts carry no user identities);
 * - its storage is the mean of its daily storage.
 * A group's figure is the sum over its customers.
 */
export interface UsageGroupSums {
  key: string;
  customers: number;
  dau: number;
  mau: number;
  storageGb: number;
}

export interface UsageFigures {
  key: string;
  customers: number;
  dau: number;
  mau: number;
  /** DAU ÷ MAU, 0–1; null without active users. */
  stickiness: number | null;
  storageGb: number;
}

const round = (value: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};

/** A group's figures: DAU and MAU to 2 decimals, storage to 3, stickiness to 4. */
export function usageFigures(sums: UsageGroupSums): UsageFigures {
  return {
    key: sums.key,
    customers: sums.customers,
    dau: round(sums.dau, 2),
    mau: round(sums.mau, 2),
    stickiness: sums.mau > 0 ? round(sums.dau / sums.mau, 4) : null,
    storageGb: round(sums.storageGb, 3),
  };
}

/** The group key of a Tokyo month (YYYY-MM) for a time grouping (the churn report's keys). */
export function usageTimeKey(
  groupBy: Extract<UsageGroupBy, 'MONTH' | 'QUARTER' | 'FISCAL_YEAR'>,
  month: string,
  fiscalYearStartMonth: number,
): string {
  return churnTimeKey(groupBy, month, fiscalYearStartMonth);
}

const monthIndex = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1;
const monthOf = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`;

/** The first day (YYYY-MM-01) of every month the period touches, in order. */
export function usageMonths(from: string, to: string): string[] {
  const months: string[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) months.push(monthOf(i));
  return months;
}

/** The day after a YYYY-MM-DD date. */
const nextDay = (d: string) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * How a period splits into whole calendar months (read from monthly sums) and the days at
 * either end (read day by day): whole months are [fullFrom, fullTo); null when there are none.
 */
export function usagePeriodSplit(
  from: string,
  to: string,
): { fullFrom: string; fullTo: string } | null {
  const fullFrom = from.endsWith('-01') ? from : monthOf(monthIndex(from) + 1);
  const after = nextDay(to);
  const fullTo = after.endsWith('-01') ? after : monthOf(monthIndex(to));
  return fullFrom < fullTo ? { fullFrom, fullTo } : null;
}

/** The `days` Tokyo days up to and including `today`. */
export function usageSeriesPeriod(today: string, days: number): { from: string; to: string } {
  const from = new Date(Date.parse(`${today}T00:00:00Z`) - (days - 1) * 86_400_000);
  return { from: from.toISOString().slice(0, 10), to: today };
}
