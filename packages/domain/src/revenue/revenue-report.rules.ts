import { churnBuckets, churnGroupDates, type ChurnPeriod } from '../churn/churn-report.rules.js';
import { roundHalfAwayFromZero } from '../shared/rounding.js';
import { isSmallSample } from '../surveys/sample-size.js';
import {
  mrrMovementAmount,
  mrrMovementOf,
  type MrrChange,
  type MrrMovement,
} from './mrr-movement.rules.js';

export const REVENUE_GROUP_BYS = ['MONTH', 'QUARTER', 'FISCAL_YEAR'] as const;
export type RevenueGroupBy = (typeof REVENUE_GROUP_BYS)[number];

/** One period of a revenue report: its key (YYYY-MM, FY2025-Q1, FY2025) and Tokyo days, inclusive. */
export interface RevenuePeriod {
  key: string;
  from: string;
  to: string;
  /** Calendar months the period touches (a period cut by the filter still counts its month). */
  months: number;
}

/** The periods of a report: the churn report's buckets (the filter's first day, then calendar starts). */
export function revenuePeriods(
  groupBy: RevenueGroupBy,
  range: ChurnPeriod,
  startMonth: number,
): RevenuePeriod[] {
  return churnBuckets(groupBy, range, startMonth).map((b) => ({
    key: b.key,
    ...churnGroupDates(groupBy, b.key, range, startMonth)!,
    months: b.months.length,
  }));
}

/** Customers of one period sharing the signs of their MRR change, with their MRR summed. */
export interface MrrChangeGroup extends MrrChange {
  customers: number;
}

/** What one period's figures are computed from. */
export interface RevenuePeriodCounts {
  months: number;
  changes: readonly MrrChangeGroup[];
  /** Trials that ended in the period (converted, expired or cancelled), and those converted. */
  trialsEnded: number;
  trialsConverted: number;
  /** Service credits applied in the period (税抜). */
  creditsYen: number;
}

export interface RevenueFigures {
  /** MRR at the end of the period, and its start (the GRR/NRR denominator). */
  mrr: number;
  startMrr: number;
  arr: number;
  newMrr: number;
  expansionMrr: number;
  contractionMrr: number;
  churnedMrr: number;
  reactivationMrr: number;
  /** Paying at the start (the customers behind start MRR). */
  customersAtStart: number;
  /** Paying at the end; new logos (reactivations not included); churned logos. */
  customersActive: number;
  customersNew: number;
  customersChurned: number;
  credits: number;
  /** MRR − credits. */
  revenue: number;
  /** (start MRR − contraction − churn) ÷ start MRR. */
  grr: number | null;
  /** (start MRR + expansion − contraction − churn) ÷ start MRR. */
  nrr: number | null;
  /** Gross MRR churn: churned MRR ÷ start MRR (contraction not included), over the whole period. */
  mrrChurnRate: number | null;
  /** MRR ÷ paying customers at the end, whole yen. */
  arpa: number | null;
  trialConversionRate: number | null;
  /** The conversion rate's denominator and numerator. */
  trialsEnded: number;
  trialsConverted: number;
  /** ARPA ÷ monthly revenue churn rate ((churn + contraction) ÷ start MRR ÷ months), whole yen. */
  ltv: number | null;
}

const rate = (n: number, d: number) => (d > 0 ? roundHalfAwayFromZero(n / d, 4) : null);
const yen = (n: number) => roundHalfAwayFromZero(n, 0);

/** The figures of one period, from its customers' MRR changes and its trial ends (ADR 0018). */
export function revenueFigures(p: RevenuePeriodCounts): RevenueFigures {
  const byMovement = (movement: MrrMovement) => {
    const groups = p.changes.filter((c) => mrrMovementOf(c) === movement);
    return {
      mrr: groups.reduce((sum, g) => sum + mrrMovementAmount(g), 0),
      customers: groups.reduce((sum, g) => sum + g.customers, 0),
    };
  };
  const [added, expansion, contraction, churned, reactivated] = [
    byMovement('NEW'),
    byMovement('EXPANSION'),
    byMovement('CONTRACTION'),
    byMovement('CHURN'),
    byMovement('REACTIVATION'),
  ];
  const startMrr = p.changes.reduce((sum, c) => sum + c.startMrrYen, 0);
  const mrr = p.changes.reduce((sum, c) => sum + c.endMrrYen, 0);
  const customersAtStart = p.changes
    .filter((c) => c.startMrrYen > 0)
    .reduce((sum, c) => sum + c.customers, 0);
  const customersActive = p.changes
    .filter((c) => c.endMrrYen > 0)
    .reduce((sum, c) => sum + c.customers, 0);
  const lost = churned.mrr + contraction.mrr;
  const arpa = customersActive > 0 ? mrr / customersActive : null;
  // ARPA ÷ (lost ÷ start ÷ months), from the unrounded ARPA.
  const ltv =
    arpa !== null && lost > 0 && startMrr > 0 ? (arpa * startMrr * p.months) / lost : null;
  return {
    mrr,
    startMrr,
    arr: mrr * 12,
    newMrr: added.mrr,
    expansionMrr: expansion.mrr,
    contractionMrr: contraction.mrr,
    churnedMrr: churned.mrr,
    reactivationMrr: reactivated.mrr,
    customersAtStart,
    customersActive,
    customersNew: added.customers,
    customersChurned: churned.customers,
    credits: p.creditsYen,
    revenue: mrr - p.creditsYen,
    grr: rate(startMrr - lost, startMrr),
    nrr: rate(startMrr + expansion.mrr - lost, startMrr),
    mrrChurnRate: rate(churned.mrr, startMrr),
    arpa: arpa === null ? null : yen(arpa),
    trialConversionRate: rate(p.trialsConverted, p.trialsEnded),
    trialsEnded: p.trialsEnded,
    trialsConverted: p.trialsConverted,
    ltv: ltv === null ? null : yen(ltv),
  };
}

/** Below this many trials ended, a conversion rate is indicative only (one trial moves it 10 points or more). */
export const TRIAL_SMALL_SAMPLE_THRESHOLD = 10;

/**
 * Which rates of a period rest on too few customers to be read as facts: retention and revenue
 * churn over fewer than 30 customers paying at the start (as the churn report's logo rate), trial
 * conversion over fewer than 10 trials ended.
 */
export function revenueSmallSamples(f: Pick<RevenueFigures, 'customersAtStart' | 'trialsEnded'>): {
  retention: boolean;
  trialConversion: boolean;
} {
  return {
    retention: isSmallSample(f.customersAtStart),
    trialConversion: f.trialsEnded < TRIAL_SMALL_SAMPLE_THRESHOLD,
  };
}
