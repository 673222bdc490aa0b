import { summariseDistribution, type ScoreDistribution } from './score-distribution.js';
import { SURVEY_SCORE_RANGES } from './survey-kind.js';

/** CSAT answers of 4 or 5 count as satisfied. */
export const CSAT_SATISFIED_FROM = 4;

export interface CsatReport {
  responses: number;
  /** Share of 4–5 answers, a fraction 0–1 with three decimals; null without responses. */
  satisfiedShare: number | null;
  satisfiedShareMarginOfError: number | null;
  /** Mean score 1–5, two decimals; null without responses. */
  mean: number | null;
  smallSample: boolean;
}

/** CSAT from a distribution (index = score 1–5): satisfied share (4–5) and mean. */
export function computeCsat(distribution: ScoreDistribution): CsatReport {
  const s = summariseDistribution(distribution, SURVEY_SCORE_RANGES.CSAT, CSAT_SATISFIED_FROM);
  return {
    responses: s.responses,
    satisfiedShare: s.share,
    satisfiedShareMarginOfError: s.shareMarginOfError,
    mean: s.mean,
    smallSample: s.smallSample,
  };
}
