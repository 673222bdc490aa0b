import { roundHalfAwayFromZero } from '../shared/rounding.js';
import { isSmallSample } from './sample-size.js';

export const NPS_CATEGORIES = ['PROMOTER', 'PASSIVE', 'DETRACTOR'] as const;
export type NpsCategory = (typeof NPS_CATEGORIES)[number];

/** 9–10 promoter, 7–8 passive, 0–6 detractor. */
export function npsCategory(score: number): NpsCategory {
  if (!Number.isInteger(score) || score < 0 || score > 10)
    throw new RangeError(`an NPS score is a whole number 0–10, got ${score}`);
  return score >= 9 ? 'PROMOTER' : score >= 7 ? 'PASSIVE' : 'DETRACTOR';
}

export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

/** Count NPS answers (0–10) into promoters, passives and detractors. */
export function tallyNps(scores: readonly number[]): NpsCounts {
  return tallyNpsScoreCounts(scores.map((score) => [score, 1] as const));
}

/** The same from how many answers gave each score (as reports count them in SQL). */
export function tallyNpsScoreCounts(
  scoreCounts: Iterable<readonly [score: number, answers: number]>,
): NpsCounts {
  const counts: NpsCounts = { promoters: 0, passives: 0, detractors: 0 };
  for (const [score, answers] of scoreCounts) {
    const category = npsCategory(score);
    if (category === 'PROMOTER') counts.promoters += answers;
    else if (category === 'PASSIVE') counts.passives += answers;
    else counts.detractors += answers;
  }
  return counts;
}

export interface NpsReport extends NpsCounts {
  /** −100…100, one decimal; null without responses. */
  score: number | null;
  responses: number;
  /** Half-width of the 95 % confidence interval, in NPS points, one decimal; null without responses. */
  marginOfError: number | null;
  smallSample: boolean;
}

/**
 * NPS = 100 · (p − d), p and d the promoter and detractor shares. Margin of error (95 %):
 * 1.96 · √((p + d − (p − d)²) / n) · 100. Both are rounded to one decimal, halves away from zero.
 */
export function computeNps(counts: NpsCounts): NpsReport {
  const { promoters, passives, detractors } = counts;
  for (const n of [promoters, passives, detractors])
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`a count must be ≥ 0, got ${n}`);
  const responses = promoters + passives + detractors;
  if (responses === 0)
    return { ...counts, score: null, responses, marginOfError: null, smallSample: true };
  const p = promoters / responses;
  const d = detractors / responses;
  const variance = p + d - (p - d) ** 2;
  return {
    ...counts,
    // From the integers, so that exact halves (12.5) stay exact.
    score: roundHalfAwayFromZero((100 * (promoters - detractors)) / responses, 1),
    responses,
    marginOfError: roundHalfAwayFromZero(1.96 * Math.sqrt(variance / responses) * 100, 1),
    smallSample: isSmallSample(responses),
  };
}
