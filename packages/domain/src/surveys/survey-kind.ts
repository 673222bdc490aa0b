import { userError, type UserErrorData } from '../errors/user-error.js';
import { err, ok, type Result } from '../shared/result.js';

export const SURVEY_KINDS = ['NPS', 'CSAT', 'CES'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

/** Score scales: NPS 0–10 (likelihood to recommend), CSAT 1–5, CES 1–7 (higher = easier). */
export const SURVEY_SCORE_RANGES: Record<SurveyKind, { min: number; max: number }> = {
  NPS: { min: 0, max: 10 },
  CSAT: { min: 1, max: 5 },
  CES: { min: 1, max: 7 },
};

export const SURVEY_KIND_LABELS: Record<SurveyKind, { ja: string; en: string }> = {
  NPS: { ja: 'NPS（推奨度）', en: 'NPS (Net Promoter Score)' },
  CSAT: { ja: 'CSAT（顧客満足度）', en: 'CSAT (customer satisfaction)' },
  CES: { ja: 'CES（顧客努力指標）', en: 'CES (customer effort score)' },
};

/** A score is a whole number within its survey's scale; otherwise OUT_OF_RANGE. */
export function validateScore(
  kind: SurveyKind,
  score: number,
  field = 'score',
): Result<number, UserErrorData> {
  const { min, max } = SURVEY_SCORE_RANGES[kind];
  return Number.isInteger(score) && score >= min && score <= max
    ? ok(score)
    : err(userError('OUT_OF_RANGE', field, { value: score, min, max }));
}
