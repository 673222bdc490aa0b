import { CHURN_REASONS, type ChurnReason } from '@kizuna/domain';

/** One colour per reason, in every chart and tag of the page (Tableau 10: tells reasons apart). */
export const CHURN_REASON_COLORS: Record<ChurnReason, string> = {
  LOW_ADOPTION: '#4e79a7',
  DISSATISFIED_WITH_VENDOR: '#e15759',
  PRIORITIES_SHIFTED: '#76b7b2',
  PRICE: '#f28e2b',
  MOVED_TO_COMPETITOR: '#b07aa1',
  MOVED_IN_HOUSE: '#59a14f',
  OTHER: '#9c9c9c',
};

export interface ReasonCount {
  reason: ChurnReason;
  label: string;
  customersLost: number;
  mrrLost: number;
}

export interface ReasonSeries {
  reason: ChurnReason;
  label: string;
  /** Customers lost per period, in the order of the periods. */
  counts: number[];
  mrr: number[];
}

/**
 * Periods broken down by reason → one stacked series per reason, in taxonomy order; reasons
 * with no churn in any period are left out (an empty series only crowds the legend).
 */
export function reasonSeries(
  periods: readonly { byReason: readonly ReasonCount[] }[],
): ReasonSeries[] {
  return CHURN_REASONS.map((reason) => {
    const of = periods.map((p) => p.byReason.find((r) => r.reason === reason));
    return {
      reason,
      label: of.find((r) => r)?.label ?? reason,
      counts: of.map((r) => r?.customersLost ?? 0),
      mrr: of.map((r) => r?.mrrLost ?? 0),
    };
  }).filter((s) => s.counts.some((n) => n > 0));
}

/** Groups by customers lost, most first; ties in the order given (taxonomy, catalog). */
export function byMostLost<T extends { customersLost: number }>(groups: readonly T[]): T[] {
  return [...groups].sort((a, b) => b.customersLost - a.customersLost);
}
