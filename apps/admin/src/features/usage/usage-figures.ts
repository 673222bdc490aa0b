import { parseSlaMonth } from '@kizuna/domain';
import { formatMonthKey } from '../surveys/shared/survey-figures';
import type { UsageRankBy } from './usage-params';

/** A group of the usage report as the page reads it (the API's UsageGroup). */
export interface UsageRow {
  key: string;
  label: string;
  customers: number;
  dau: number;
  mau: number;
  stickiness?: number | null;
  storageGb: number;
}

/**
 * Fewest monthly active users for a customer to be ranked by DAU/MAU: with a handful of users
 * one busy day moves the ratio from 0.2 to 0.8, and the ranking would be about noise.
 */
export const RANK_MIN_MAU = 5;
/** Customers in each of the two rankings. */
export const RANK_SIZE = 10;
/**
 * Days of history a customer needs before the period's end to be ranked by DAU/MAU: over its
 * first few days a customer's busiest day is most of its days, and DAU/MAU reads near 100 %.
 */
export const RANK_MIN_HISTORY_DAYS = 28;

/**
 * The days in which a customer must have reported to count as established: the period up to
 * RANK_MIN_HISTORY_DAYS before its end; null when the period is shorter than that (all count).
 */
export function establishedPeriod(period: {
  from: string;
  to: string;
}): { from: string; to: string } | null {
  const cutoff = new Date(Date.parse(`${period.to}T00:00:00Z`) - RANK_MIN_HISTORY_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return cutoff >= period.from ? { from: period.from, to: cutoff } : null;
}

const round = (value: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};

/**
 * The whole selection from groups that split its customers (one per plan): customers, DAU, MAU
 * and storage add up (the API's figures are sums over customers); DAU/MAU is the ratio of the
 * sums, as the API computes a group's.
 */
export function usageTotals(groups: readonly UsageRow[]): Omit<UsageRow, 'key' | 'label'> {
  const sum = (pick: (g: UsageRow) => number) => groups.reduce((s, g) => s + pick(g), 0);
  const dau = sum((g) => g.dau);
  const mau = sum((g) => g.mau);
  return {
    customers: sum((g) => g.customers),
    dau: round(dau, 2),
    mau: round(mau, 2),
    stickiness: mau > 0 ? round(dau / mau, 4) : null,
    storageGb: round(
      sum((g) => g.storageGb),
      3,
    ),
  };
}

const METRIC: Record<UsageRankBy, (g: UsageRow) => number> = {
  STICKINESS: (g) => g.stickiness ?? 0,
  DAU: (g) => g.dau,
  STORAGE: (g) => g.storageGb,
};

/**
 * The RANK_SIZE customers highest and lowest by a metric (ties: more DAU first, then by name).
 * By DAU/MAU only customers with at least RANK_MIN_MAU monthly users take part, and — when
 * `established` is given — only those in it (see establishedPeriod). With fewer than two
 * rankings' worth of customers, the lowest list holds only those not already in the top.
 */
export function rankCustomers<T extends UsageRow>(
  customers: readonly T[],
  rankBy: UsageRankBy,
  {
    size = RANK_SIZE,
    established = null,
  }: { size?: number; established?: ReadonlySet<string> | null } = {},
): { top: T[]; bottom: T[]; ranked: number } {
  const metric = METRIC[rankBy];
  const eligible = customers.filter((c) =>
    rankBy === 'STICKINESS'
      ? c.stickiness !== null &&
        c.stickiness !== undefined &&
        c.mau >= RANK_MIN_MAU &&
        (established === null || established.has(c.key))
      : true,
  );
  const ordered = [...eligible].sort(
    (a, b) => metric(b) - metric(a) || b.dau - a.dau || a.label.localeCompare(b.label, 'ja'),
  );
  const top = ordered.slice(0, size);
  const bottom = ordered.slice(Math.max(size, ordered.length - size)).reverse();
  return { top, bottom, ranked: ordered.length };
}

export interface PlanTrend {
  planCode: string;
  name: string;
  /** The plan's customers per month (MONTH groups, keys YYYY-MM). */
  months: readonly UsageRow[];
}

export interface PlanTrendSeries {
  /** YYYY/MM, left to right. */
  labels: string[];
  series: {
    planCode: string;
    name: string;
    /** Per month; null where no customer of the plan reported usage. */
    points: (Omit<UsageRow, 'key' | 'label'> | null)[];
  }[];
}

/**
 * Plans' monthly figures on one time axis: every month any plan has, in order. A month the
 * period ends in before its last day is labelled by `partial` (its figures are of a few days).
 */
export function planTrendSeries(
  trends: readonly PlanTrend[],
  { to, partial }: { to: string; partial: (label: string) => string },
): PlanTrendSeries {
  const keys = [...new Set(trends.flatMap((t) => t.months.map((m) => m.key)))].sort();
  const cut = (key: string) => {
    const month = parseSlaMonth(key);
    return month.ok && month.value.firstDay <= to && to < month.value.lastDay;
  };
  return {
    labels: keys.map((k) => (cut(k) ? partial(formatMonthKey(k)) : formatMonthKey(k))),
    series: trends.map((t) => {
      const byKey = new Map(t.months.map((m) => [m.key, m]));
      return {
        planCode: t.planCode,
        name: t.name,
        points: keys.map((k) => {
          const m = byKey.get(k);
          return m
            ? {
                customers: m.customers,
                dau: m.dau,
                mau: m.mau,
                stickiness: m.stickiness ?? null,
                storageGb: m.storageGb,
              }
            : null;
        }),
      };
    }),
  };
}

const users = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 1 });
const gigabytes = new Intl.NumberFormat('ja-JP', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** Users (an average): at most one decimal, thousands separated — 1234.56 → "1,234.6". */
export function formatUsers(n: number): string {
  return users.format(n);
}

/** Storage in GB with one decimal — 1234.567 → "1,234.6 GB". */
export function formatGb(gb: number): string {
  return `${gigabytes.format(gb)} GB`;
}
