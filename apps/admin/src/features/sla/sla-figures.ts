import { toThousandths, type SlaCreditTier } from '@kizuna/domain';

/** How a plan's month stands: not measured yet, within its target, or below it. */
export type SlaStatus = 'UNRECORDED' | 'MET' | 'BREACHED';

export function slaStatus(plan: { measuredPercent?: number | null; breached: boolean }): SlaStatus {
  if (plan.measuredPercent === null || plan.measuredPercent === undefined) return 'UNRECORDED';
  return plan.breached ? 'BREACHED' : 'MET';
}

const percent = new Intl.NumberFormat('ja-JP', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 3,
});

/** An availability as stored (three decimals at most): 99.9 → "99.90%", 98.874 → "98.874%". */
export function formatAvailability(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${percent.format(value)}%`;
}

/** A step of the credit table as the page lists it: null threshold = below the plan's target. */
export interface CreditTierRow {
  key: string;
  belowPercent: number | null;
  creditPercent: number;
}

/** The credit table from its mildest step (below the plan's target) to the deepest breach. */
export function creditTierRows(tiers: readonly SlaCreditTier[]): CreditTierRow[] {
  const threshold = (t: SlaCreditTier) =>
    t.belowPercent === null ? Infinity : toThousandths(t.belowPercent);
  return [...tiers]
    .sort((a, b) => threshold(b) - threshold(a))
    .map((t) => ({ key: String(t.belowPercent ?? 'target'), ...t }));
}
