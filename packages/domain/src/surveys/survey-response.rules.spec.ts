import {
  parseAnsweredAt,
  surveyResponseFingerprint,
  validateSurveyResponse,
  type SurveyResponseDraft,
} from './survey-response.rules.js';

describe('parseAnsweredAt', () => {
  it.each([
    ['2026-04-01T10:30:00+09:00', '2026-04-01T01:30:00.000Z'],
    ['2026-04-01T10:30:00Z', '2026-04-01T10:30:00.000Z'],
    ['2026-04-01T10:30:00.250Z', '2026-04-01T10:30:00.250Z'],
    ['2026-04-01T10:30-0500', '2026-04-01T15:30:00.000Z'],
    ['2026-04-01 10:30:00+09:00', '2026-04-01T01:30:00.000Z'],
    // Local Tokyo times, as survey tools and Excel write them.
    ['2026/04/01 10:30', '2026-04-01T01:30:00.000Z'],
    ['2026/4/1 9:05:07', '2026-04-01T00:05:07.000Z'],
    ['2026-04-01', '2026-03-31T15:00:00.000Z'],
    ['２０２６／０４／０１　１０：３０', '2026-04-01T01:30:00.000Z'],
  ])('%s is %s', (raw, iso) => {
    const r = parseAnsweredAt(raw);
    expect(r.ok && r.value.toISOString()).toBe(iso);
  });

  it.each([
    ['2026-02-30'],
    ['2026-04-01T25:00:00Z'],
    ['2026-04-01T10:60'],
    ['2026-13-01 10:00'],
    ['01/04/2026'],
    ['yesterday'],
    [''],
    ['2026-04-01T10:30:00+15:00'],
  ])('refuses %j', (raw) => {
    const r = parseAnsweredAt(raw);
    expect(r).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'INVALID_DATE_TIME', field: 'answeredAt' }),
    });
  });
});

const NOW = new Date('2026-11-24T00:00:00Z');
const base: SurveyResponseDraft = {
  kind: 'NPS',
  score: 9,
  comment: '  とても使いやすいです。\n',
  channel: 'web',
  answeredAt: '2026-11-01T10:00:00+09:00',
  respondent: { name: ' 山田  太郎 ', email: 'Taro@Example.CO.JP' },
};

describe('validateSurveyResponse', () => {
  it('normalises a good answer', () => {
    expect(validateSurveyResponse(base, NOW)).toEqual({
      ok: true,
      value: {
        score: 9,
        comment: 'とても使いやすいです。',
        channel: 'WEB',
        answeredAt: new Date('2026-11-01T01:00:00Z'),
        respondentName: '山田 太郎',
        respondentEmail: 'Taro@example.co.jp',
      },
    });
  });

  it('defaults the channel to OTHER and allows no respondent', () => {
    const r = validateSurveyResponse(
      { ...base, channel: null, respondent: null, comment: '  ' },
      NOW,
    );
    expect(r.ok && [r.value.channel, r.value.respondentEmail, r.value.comment]).toEqual([
      'OTHER',
      null,
      null,
    ]);
  });

  it.each([
    ['NPS score 11', { score: 11 }, 'OUT_OF_RANGE', 'score'],
    ['CSAT score 0', { kind: 'CSAT', score: 0 }, 'OUT_OF_RANGE', 'score'],
    ['CES score 8', { kind: 'CES', score: 8 }, 'OUT_OF_RANGE', 'score'],
    ['fractional score', { score: 8.5 }, 'OUT_OF_RANGE', 'score'],
    ['malformed date', { answeredAt: '2026-11-31 10:00' }, 'INVALID_DATE_TIME', 'answeredAt'],
    ['missing date', { answeredAt: '' }, 'REQUIRED', 'answeredAt'],
    ['future date', { answeredAt: '2026-11-24T09:10:00+09:00' }, 'DATE_IN_FUTURE', 'answeredAt'],
    ['unknown channel', { channel: 'fax' }, 'UNKNOWN_CHANNEL', 'channel'],
    ['bad email', { respondent: { email: 'taro@' } }, 'INVALID_EMAIL', 'respondent.email'],
    ['long comment', { comment: 'あ'.repeat(4001) }, 'TOO_LONG', 'comment'],
    ['long name', { respondent: { name: 'x'.repeat(101) } }, 'TOO_LONG', 'respondent.name'],
  ] as [string, Partial<SurveyResponseDraft>, string, string][])(
    'refuses %s',
    (_name, change, code, field) => {
      const r = validateSurveyResponse({ ...base, ...change }, NOW);
      expect(r).toEqual({ ok: false, error: [expect.objectContaining({ code, field })] });
    },
  );

  it('accepts a few minutes of clock skew', () => {
    const r = validateSurveyResponse({ ...base, answeredAt: '2026-11-24T09:04:00+09:00' }, NOW);
    expect(r.ok).toBe(true);
  });

  it('reports every problem at once', () => {
    const r = validateSurveyResponse({ ...base, score: -1, channel: 'x', answeredAt: 'x' }, NOW);
    expect(r.ok ? [] : r.error.map((e) => e.field)).toEqual(['score', 'channel', 'answeredAt']);
  });
});

describe('surveyResponseFingerprint', () => {
  const valid = validateSurveyResponse(base, NOW);
  if (!valid.ok) throw new Error('fixture must be valid');

  it('is the same for the same answer written differently', () => {
    const again = validateSurveyResponse(
      {
        ...base,
        answeredAt: '2026/11/01 10:00',
        channel: 'EMAIL',
        comment: 'とても使いやすいです。',
      },
      NOW,
    );
    if (!again.ok) throw new Error('must be valid');
    expect(surveyResponseFingerprint('s', 'c', again.value)).toBe(
      surveyResponseFingerprint('s', 'c', valid.value),
    );
  });

  it.each([
    ['another survey', 's2', 'c', {}],
    ['another customer', 's', 'c2', {}],
    ['another score', 's', 'c', { score: 10 }],
    ['another instant', 's', 'c', { answeredAt: new Date('2026-11-01T01:00:01Z') }],
    ['another comment', 's', 'c', { comment: '別のコメント' }],
  ])('differs for %s', (_name, survey, customer, change) => {
    expect(surveyResponseFingerprint(survey, customer, { ...valid.value, ...change })).not.toBe(
      surveyResponseFingerprint('s', 'c', valid.value),
    );
  });
});
