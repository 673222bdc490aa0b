import { CATALOG_CODE_MAX, ifGiven, nameErrors } from '../catalog/catalog-admin.rules.js';
import { userError, type UserErrorData } from '../errors/user-error.js';
import { SURVEY_KINDS } from './survey-kind.js';

export const SURVEY_TITLE_MAX = 100;
export const SURVEY_QUESTION_MAX = 500;

/** Survey codes read like the existing ones (NPS-RELATIONSHIP, CSAT_SUPPORT): capitals, digits, _ and -. */
const SURVEY_CODE = /^[A-Z][A-Z0-9_-]*$/;

/** A survey code (CSV imports name surveys by it), at most CATALOG_CODE_MAX characters. */
export function surveyCodeErrors(code: string, field = 'code'): UserErrorData[] {
  return SURVEY_CODE.test(code) && code.length <= CATALOG_CODE_MAX
    ? []
    : [
        userError('INVALID_CODE', field, {
          value: code.slice(0, CATALOG_CODE_MAX),
          max: CATALOG_CODE_MAX,
        }),
      ];
}

export interface SurveyTexts {
  titleJa?: string | null;
  titleEn?: string | null;
  questionJa?: string | null;
  questionEn?: string | null;
}

/** The given titles (≤ 100) and questions (≤ 500), each one line and not blank. */
export function surveyTextErrors(t: SurveyTexts): UserErrorData[] {
  return [
    ...ifGiven(t.titleJa, (v) => nameErrors(v, 'titleJa', SURVEY_TITLE_MAX)),
    ...ifGiven(t.titleEn, (v) => nameErrors(v, 'titleEn', SURVEY_TITLE_MAX)),
    ...ifGiven(t.questionJa, (v) => nameErrors(v, 'questionJa', SURVEY_QUESTION_MAX)),
    ...ifGiven(t.questionEn, (v) => nameErrors(v, 'questionEn', SURVEY_QUESTION_MAX)),
  ];
}

/** A new survey: a code like the catalog's, a known kind, and all four texts. */
export function validateSurveyDraft(d: {
  code: string;
  kind: string;
  titleJa: string;
  titleEn: string;
  questionJa: string;
  questionEn: string;
}): UserErrorData[] {
  return [
    ...surveyCodeErrors(d.code),
    ...((SURVEY_KINDS as readonly string[]).includes(d.kind)
      ? []
      : [userError('OUT_OF_RANGE', 'kind', { value: d.kind })]),
    ...surveyTextErrors(d),
  ];
}
