import { userError, type UserErrorData } from '../errors/user-error.js';

/**
 * One step of the service credit table (catalog data, ADR 0020): availability below
 * `belowPercent` earns `creditPercent` of the month's fee. `belowPercent` null means "below the
 * plan's own SLA target" — the mildest step, so that every breach earns a credit.
 */
export interface SlaCreditTier {
  belowPercent: number | null;
  creditPercent: number;
}

/** What an install starts with (issue 15): below target 10 %, below 99.0 % 25 %, below 95.0 % 50 %. */
export const DEFAULT_SLA_CREDIT_TIERS: readonly SlaCreditTier[] = [
  { belowPercent: null, creditPercent: 10 },
  { belowPercent: 99, creditPercent: 25 },
  { belowPercent: 95, creditPercent: 50 },
];

export const SLA_CREDIT_TIERS_MAX = 10;

/** Percentages are compared in thousandths (three decimals, as stored), never as floats. */
export const toThousandths = (percent: number): number => Math.round(percent * 1000);

const isThousandths = (percent: number) =>
  Number.isFinite(percent) && Math.abs(percent * 1000 - Math.round(percent * 1000)) < 1e-6;

/** An availability or threshold: 0–100 %, at most three decimals. */
export function availabilityPercentErrors(percent: number, field: string): UserErrorData[] {
  return isThousandths(percent) && percent >= 0 && percent <= 100
    ? []
    : [userError('OUT_OF_RANGE', field, { value: percent })];
}

function tierErrors(tier: SlaCreditTier, i: number): UserErrorData[] {
  const errors: UserErrorData[] = [];
  if (tier.belowPercent !== null) {
    const field = `tiers.${i}.belowPercent`;
    errors.push(...availabilityPercentErrors(tier.belowPercent, field));
    if (errors.length === 0 && tier.belowPercent === 0)
      errors.push(userError('OUT_OF_RANGE', field, { value: 0 }));
  }
  const credit = tier.creditPercent;
  if (!Number.isInteger(credit) || credit < 1 || credit > 100)
    errors.push(userError('OUT_OF_RANGE', `tiers.${i}.creditPercent`, { value: credit }));
  return errors;
}

/**
 * A credit table must be usable as it stands: one to SLA_CREDIT_TIERS_MAX steps, exactly one of
 * them "below the plan's target", thresholds 0 < x ≤ 100 with three decimals and distinct,
 * credits 1–100 % in whole percent, and a deeper breach never earning less: the lower the
 * threshold, the larger the credit (the target step the smallest).
 */
export function validateSlaCreditTiers(tiers: readonly SlaCreditTier[]): UserErrorData[] {
  if (tiers.length === 0 || tiers.length > SLA_CREDIT_TIERS_MAX)
    return [userError('OUT_OF_RANGE', 'tiers', { value: tiers.length })];
  const errors = tiers.flatMap(tierErrors);
  const targetTiers = tiers.filter((t) => t.belowPercent === null).length;
  if (targetTiers !== 1) errors.push(userError('SLA_TARGET_TIER_REQUIRED', 'tiers'));
  const seen = new Set<number>();
  tiers.forEach((t, i) => {
    if (t.belowPercent === null) return;
    const key = toThousandths(t.belowPercent);
    if (seen.has(key)) errors.push(userError('DUPLICATE', `tiers.${i}.belowPercent`));
    seen.add(key);
  });
  if (errors.length > 0) return errors;
  // From the mildest step (the target) to the deepest, credits must rise.
  const threshold = (t: SlaCreditTier) => (t.belowPercent === null ? Infinity : t.belowPercent);
  const ordered = tiers
    .map((tier, i) => ({ tier, i }))
    .sort((a, b) => threshold(b.tier) - threshold(a.tier));
  for (let k = 1; k < ordered.length; k++) {
    const { tier, i } = ordered[k]!;
    if (tier.creditPercent <= ordered[k - 1]!.tier.creditPercent)
      errors.push(userError('SLA_TIERS_NOT_INCREASING', `tiers.${i}.creditPercent`));
  }
  return errors;
}

/** Is a measured availability below the plan's target (a breach)? */
export function isSlaBreached(targetPercent: number, measuredPercent: number): boolean {
  return toThousandths(measuredPercent) < toThousandths(targetPercent);
}

/**
 * The credit a month earns, in percent of its fee: 0 unless the availability is below the plan's
 * target; otherwise the largest credit of the steps whose threshold (the target for the target
 * step) is above the measured availability. A step above the plan's target (99.0 % for a plan
 * promising 98.5 %) applies only to a breach.
 */
export function creditPercentFor(
  tiers: readonly SlaCreditTier[],
  targetPercent: number,
  measuredPercent: number,
): number {
  if (!isSlaBreached(targetPercent, measuredPercent)) return 0;
  const measured = toThousandths(measuredPercent);
  return tiers.reduce((best, t) => {
    const below = toThousandths(t.belowPercent ?? targetPercent);
    return measured < below ? Math.max(best, t.creditPercent) : best;
  }, 0);
}
