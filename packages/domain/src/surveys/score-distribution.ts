import { roundHalfAwayFromZero } from '../shared/rounding.js';
import { isSmallSample } from './sample-size.js';

/** How many answers gave each score: index = score (index 0 unused on 1-based scales). */
export type ScoreDistribution = readonly number[];

export interface ShareReport {
  responses: number;
  /** Mean score, two decimals; null without responses. */
  mean: number | null;
  /** Share of answers in the "good" band, a fraction 0–1 with three decimals; null without responses. */
  share: number | null;
  /** 95 % margin of error of that share (1.96 · √(s(1 − s)/n)), same unit and rounding. */
  shareMarginOfError: number | null;
  smallSample: boolean;
}

/** Responses, mean and the share of answers from `goodFrom` up, for a scale min–max. */
export function summariseDistribution(
  distribution: ScoreDistribution,
  scale: { min: number; max: number },
  goodFrom: number,
): ShareReport {
  let responses = 0;
  let total = 0;
  let good = 0;
  distribution.forEach((count, score) => {
    if (!Number.isSafeInteger(count) || count < 0)
      throw new RangeError(`a count must be a whole number ≥ 0, got ${count} for score ${score}`);
    if (count > 0 && (score < scale.min || score > scale.max))
      throw new RangeError(`score ${score} is outside ${scale.min}–${scale.max}`);
    responses += count;
    total += count * score;
    if (score >= goodFrom) good += count;
  });
  if (responses === 0)
    return { responses, mean: null, share: null, shareMarginOfError: null, smallSample: true };
  const share = good / responses;
  return {
    responses,
    mean: roundHalfAwayFromZero(total / responses, 2),
    share: roundHalfAwayFromZero(share, 3),
    shareMarginOfError: roundHalfAwayFromZero(
      1.96 * Math.sqrt((share * (1 - share)) / responses),
      3,
    ),
    smallSample: isSmallSample(responses),
  };
}
