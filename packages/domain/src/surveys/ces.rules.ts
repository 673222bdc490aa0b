import { summariseDistribution, type ScoreDistribution } from './score-distribution.js';
import { SURVEY_SCORE_RANGES } from './survey-kind.js';

/** On the 1–7 agreement scale ("it was easy to…"), answers of 5–7 count as easy. */
export const CES_EASY_FROM = 5;

export interface CesReport {
  responses: number;
  /** Mean score 1–7 (higher = less effort), two decimals; null without responses. */
  mean: number | null;
  /** Share of 5–7 answers, a fraction 0–1 with three decimals; null without responses. */
  easyShare: number | null;
  easyShareMarginOfError: number | null;
  smallSample: boolean;
}

/** CES from a distribution (index = score 1–7): mean and easy share (5–7). */
export function computeCes(distribution: ScoreDistribution): CesReport {
  const s = summariseDistribution(distribution, SURVEY_SCORE_RANGES.CES, CES_EASY_FROM);
  return {
    responses: s.responses,
    mean: s.mean,
    easyShare: s.share,
    easyShareMarginOfError: s.shareMarginOfError,
    smallSample: s.smallSample,
  };
}
