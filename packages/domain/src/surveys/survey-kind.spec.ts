import { validateScore, type SurveyKind } from './survey-kind.js';

describe('validateScore', () => {
  it.each([
    ['NPS', 0, true],
    ['NPS', 10, true],
    ['NPS', 11, false],
    ['NPS', -1, false],
    ['NPS', 7.5, false],
    ['CSAT', 1, true],
    ['CSAT', 5, true],
    ['CSAT', 0, false],
    ['CSAT', 6, false],
    ['CES', 1, true],
    ['CES', 7, true],
    ['CES', 0, false],
    ['CES', 8, false],
    ['CES', Number.NaN, false],
  ] as [SurveyKind, number, boolean][])('%s score %d valid: %s', (kind, score, valid) => {
    const r = validateScore(kind, score);
    expect(r).toEqual(
      valid
        ? { ok: true, value: score }
        : { ok: false, error: expect.objectContaining({ code: 'OUT_OF_RANGE', field: 'score' }) },
    );
  });

  it('names the value in the message', () => {
    const r = validateScore('CSAT', 9);
    expect(r.ok ? null : r.error.message.en).toBe('The value is out of range (9).');
  });
});
