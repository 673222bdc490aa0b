import { type SurveyKind, type UserErrorData, userError } from '@kizuna/domain';
import type { CreateSurveyInput, UpdateSurveyInput } from '../../../gql/graphql';

export interface SurveyFormValues {
  code?: string;
  kind?: SurveyKind;
  titleJa?: string;
  titleEn?: string;
  questionJa?: string;
  questionEn?: string;
  active?: boolean;
}

const TEXT_FIELDS = ['titleJa', 'titleEn', 'questionJa', 'questionEn'] as const;
export const CREATE_SURVEY_FIELDS = ['code', 'kind', ...TEXT_FIELDS] as const;
export const UPDATE_SURVEY_FIELDS = [...TEXT_FIELDS, 'active'] as const;

/** Every text is required in both languages (the survey is sent in the customer's). */
export function checkSurvey(values: SurveyFormValues, mode: 'create' | 'update'): UserErrorData[] {
  const required = mode === 'create' ? (['code', 'kind', ...TEXT_FIELDS] as const) : TEXT_FIELDS;
  return required
    .filter((field) => !String(values[field] ?? '').trim())
    .map((field) => userError('REQUIRED', field));
}

const texts = (values: SurveyFormValues) => ({
  titleJa: values.titleJa?.trim() ?? '',
  titleEn: values.titleEn?.trim() ?? '',
  questionJa: values.questionJa?.trim() ?? '',
  questionEn: values.questionEn?.trim() ?? '',
});

export function serializeCreateSurvey(values: SurveyFormValues): CreateSurveyInput {
  return { code: values.code?.trim() ?? '', kind: values.kind ?? 'NPS', ...texts(values) };
}

export function serializeUpdateSurvey(
  surveyId: string,
  values: SurveyFormValues,
): UpdateSurveyInput {
  return { surveyId, ...texts(values), active: values.active ?? true };
}
