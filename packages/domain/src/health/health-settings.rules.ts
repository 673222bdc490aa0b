import { userError, type UserErrorData } from '../errors/user-error.js';
import { err, ok, type Result } from '../shared/result.js';

/** The signals a customer's health score is built from, in display order. */
export const HEALTH_SIGNALS = [
  'USAGE',
  'SURVEYS',
  'SLA',
  'OPTION_ADOPTION',
  'OPEN_ISSUES',
  'RENEWAL',
] as const;
export type HealthSignal = (typeof HEALTH_SIGNALS)[number];

export const HEALTH_BANDS = ['GOOD', 'WATCH', 'AT_RISK'] as const;
export type HealthBand = (typeof HEALTH_BANDS)[number];

export const HEALTH_SIGNAL_LABELS: Record<HealthSignal, { ja: string; en: string }> = {
  USAGE: { ja: '利用の推移（DAU・DAU/MAU）', en: 'Usage trend (DAU, DAU/MAU)' },
  SURVEYS: { ja: 'アンケート（NPS・CSAT・CES）', en: 'Surveys (NPS, CSAT, CES)' },
  SLA: { ja: 'SLA クレジットと障害（90日）', en: 'SLA credits and incidents (90 days)' },
  OPTION_ADOPTION: { ja: 'オプションの活用', en: 'Option adoption' },
  OPEN_ISSUES: { ja: '未解決のヒヤリハット', en: 'Open near-misses' },
  RENEWAL: { ja: '更新までの日数', en: 'Days to renewal' },
};

export const HEALTH_BAND_LABELS: Record<HealthBand, { ja: string; en: string }> = {
  GOOD: { ja: '良好', en: 'Good' },
  WATCH: { ja: '要観察', en: 'Watch' },
  AT_RISK: { ja: '解約リスク', en: 'At risk' },
};

/** Weights (relative, whole numbers) and band thresholds: data an admin edits, not code. */
export interface HealthSettings {
  weights: Record<HealthSignal, number>;
  /** A score at or above this is GOOD. */
  goodAtLeast: number;
  /** A score at or above this (and below goodAtLeast) is WATCH; below it AT_RISK. */
  watchAtLeast: number;
}

/** What a fresh install starts with (README lists them). */
export const DEFAULT_HEALTH_SETTINGS: HealthSettings = {
  weights: { USAGE: 30, SURVEYS: 25, SLA: 10, OPTION_ADOPTION: 10, OPEN_ISSUES: 10, RENEWAL: 15 },
  goodAtLeast: 70,
  watchAtLeast: 40,
};

export const HEALTH_WEIGHT_MAX = 100;

/** Weights 0–HEALTH_WEIGHT_MAX whole numbers, at least one above 0; 0 ≤ watch < good ≤ 100. */
export function validateHealthSettings(s: HealthSettings): Result<HealthSettings, UserErrorData[]> {
  const errors: UserErrorData[] = [];
  for (const signal of HEALTH_SIGNALS) {
    const w = s.weights[signal];
    if (!Number.isInteger(w) || w < 0 || w > HEALTH_WEIGHT_MAX)
      errors.push(userError('OUT_OF_RANGE', `weights.${signal}`, { value: w }));
  }
  if (errors.length === 0 && HEALTH_SIGNALS.every((signal) => s.weights[signal] === 0))
    errors.push(userError('OUT_OF_RANGE', 'weights', { value: 0 }));
  for (const field of ['goodAtLeast', 'watchAtLeast'] as const) {
    const v = s[field];
    if (!Number.isInteger(v) || v < 0 || v > 100)
      errors.push(userError('OUT_OF_RANGE', field, { value: v }));
  }
  if (errors.length === 0 && s.watchAtLeast >= s.goodAtLeast)
    errors.push(userError('OUT_OF_RANGE', 'watchAtLeast', { value: s.watchAtLeast }));
  return errors.length > 0 ? err(errors) : ok(s);
}

/** GOOD / WATCH / AT_RISK by the thresholds. */
export function healthBand(
  score: number,
  s: Pick<HealthSettings, 'goodAtLeast' | 'watchAtLeast'>,
): HealthBand {
  if (score >= s.goodAtLeast) return 'GOOD';
  if (score >= s.watchAtLeast) return 'WATCH';
  return 'AT_RISK';
}
