import { formatYen, isoDateJst, revenueSmallSamples } from '@kizuna/domain';
import type { EconomicsPeriodRowFragment } from '../../gql/graphql';
import { formatMonthKey } from '../surveys/shared/survey-figures';

/** What the page shows of a period: the API's figures plus how far they can be trusted. */
export interface EconomicsPeriod extends EconomicsPeriodRowFragment {
  /** YYYY/MM, FY2026-Q3 or FY2026. */
  label: string;
  /** The period runs up to today or later: its figures will still move. */
  inProgress: boolean;
  /** Retention and MRR churn over fewer than 30 customers paying at the start. */
  smallRetentionSample: boolean;
  /** Trial conversion over fewer than 10 trials ended. */
  smallTrialSample: boolean;
}

/** The API's periods as the page shows them; `now` is the clock (tests move it). */
export function economicsPeriods(
  periods: readonly EconomicsPeriodRowFragment[],
  now: Date,
): EconomicsPeriod[] {
  const today = isoDateJst(now);
  return periods.map((p) => {
    const small = revenueSmallSamples(p);
    return {
      ...p,
      label: formatMonthKey(p.period),
      inProgress: p.to >= today,
      smallRetentionSample: small.retention,
      smallTrialSample: small.trialConversion,
    };
  });
}

/**
 * Nothing to show: no period had paying customers at its start or end, and no trial ended
 * (a new install, a range before the first contract, plans nobody is on).
 */
export function hasNoRevenueData(periods: readonly EconomicsPeriodRowFragment[]): boolean {
  return periods.every((p) => p.mrr === 0 && p.startMrr === 0 && p.trialsEnded === 0);
}

/** The MRR movements as signed stacked series: what adds MRR above 0, what removes it below. */
export const MRR_MOVEMENTS = [
  { key: 'newMrr', sign: 1, color: '#59a14f' },
  { key: 'expansionMrr', sign: 1, color: '#8cd17d' },
  { key: 'reactivationMrr', sign: 1, color: '#4e79a7' },
  { key: 'contractionMrr', sign: -1, color: '#f28e2b' },
  { key: 'churnedMrr', sign: -1, color: '#e15759' },
] as const satisfies readonly {
  key: keyof EconomicsPeriodRowFragment;
  sign: 1 | -1;
  color: string;
}[];
export type MrrMovementKey = (typeof MRR_MOVEMENTS)[number]['key'];

/** One signed value per period for each movement (contraction and churn negative). */
export function movementSeries(
  periods: readonly Pick<EconomicsPeriodRowFragment, MrrMovementKey>[],
): { key: MrrMovementKey; color: string; values: number[] }[] {
  return MRR_MOVEMENTS.map((m) => ({
    key: m.key,
    color: m.color,
    // `+ 0` turns −0 (a churn-free month) into 0, which the tooltip would print as "-￥0".
    values: periods.map((p) => m.sign * p[m.key] + 0),
  }));
}

/** The net change of MRR over a period (start MRR to MRR): what the movements add up to. */
export function netMrrChange(p: Pick<EconomicsPeriodRowFragment, 'mrr' | 'startMrr'>): number {
  return p.mrr - p.startMrr;
}

const MINUS = '\u2212';
/** A signed amount of yen for movements: +￥1,190 / −￥2,680 / ￥0. */
export function formatSignedYen(yen: number): string {
  if (yen === 0) return formatYen(0);
  return `${yen > 0 ? '+' : MINUS}${formatYen(Math.abs(yen))}`;
}

/** Yen in a chart axis, compact in the UI language (￥500万, ￥5M): whole amounts are in the table. */
export function formatYenAxis(yen: number, locale: string): string {
  const compact = new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'ja-JP', {
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(Math.abs(yen));
  return `${yen < 0 ? MINUS : ''}￥${compact}`;
}

/** Why a period has no LTV (ADR 0018), or null when it has one. */
export type LtvGap = 'NO_BASE' | 'NO_PAYING' | 'NO_CHURN';
export function ltvGapOf(
  p: Pick<EconomicsPeriodRowFragment, 'ltv' | 'startMrr' | 'customersActive'>,
): LtvGap | null {
  if (p.ltv !== null && p.ltv !== undefined) return null;
  if (p.startMrr === 0) return 'NO_BASE';
  if (p.customersActive === 0) return 'NO_PAYING';
  return 'NO_CHURN';
}
