import { surveyTextErrors, validateSurveyDraft } from './survey-admin.rules.js';

const codes = (errors: readonly { code: string; field: string | null }[]) =>
  errors.map((e) => `${e.field}:${e.code}`);

const survey = {
  code: 'NPS_2027',
  kind: 'NPS',
  titleJa: '推奨度調査',
  titleEn: 'NPS survey',
  questionJa: '友人に勧めますか？',
  questionEn: 'Would you recommend us?',
};

describe('validateSurveyDraft', () => {
  it.each([
    [{}, []],
    [{ code: 'nps' }, ['code:INVALID_CODE']],
    [{ code: 'NPS-RELATIONSHIP' }, []],
    [{ code: '-NPS' }, ['code:INVALID_CODE']],
    [{ kind: 'STARS' }, ['kind:OUT_OF_RANGE']],
    [{ titleJa: '' }, ['titleJa:REQUIRED']],
    [{ titleEn: 'x'.repeat(101) }, ['titleEn:TOO_LONG']],
    [{ questionJa: 'x'.repeat(500) }, []],
    [{ questionEn: 'x'.repeat(501) }, ['questionEn:TOO_LONG']],
  ])('%j → %j', (override, expected) =>
    expect(codes(validateSurveyDraft({ ...survey, ...override }))).toEqual(expected),
  );
});

describe('surveyTextErrors', () => {
  it('checks only the given texts', () => {
    expect(codes(surveyTextErrors({ titleJa: 'ok' }))).toEqual([]);
    expect(codes(surveyTextErrors({ questionJa: '  ' }))).toEqual(['questionJa:REQUIRED']);
  });
});
