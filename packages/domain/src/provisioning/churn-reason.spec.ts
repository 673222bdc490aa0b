import { CHURN_NOTE_MAX, CHURN_REASONS, validateChurnReason } from './churn-reason.js';

describe('validateChurnReason', () => {
  it.each([
    ['PRICE', null, []],
    ['MOVED_TO_COMPETITOR', 'went to a rival', []],
    ['OTHER', '予算凍結のため', []],
    ['OTHER', null, ['REQUIRED']],
    ['OTHER', '   ', ['REQUIRED']],
    [null, 'no reason given', ['INVALID_CHURN_REASON']],
    ['', null, ['INVALID_CHURN_REASON']],
    ['price', null, ['INVALID_CHURN_REASON']],
    ['BANKRUPTCY', null, ['INVALID_CHURN_REASON']],
    ['PRICE', 'x'.repeat(CHURN_NOTE_MAX + 1), ['TOO_LONG']],
    ['PRICE', 'x'.repeat(CHURN_NOTE_MAX), []],
  ])('%s with note %s → %j', (reason, note, codes) => {
    expect(validateChurnReason(reason, note).map((e) => e.code)).toEqual(codes);
  });

  it('names the text box when OTHER is not described, and the select when no reason is chosen', () => {
    expect(validateChurnReason('OTHER', '').map((e) => e.field)).toEqual(['churnNote']);
    expect(validateChurnReason(null, '').map((e) => e.field)).toEqual(['churnReason']);
  });

  it.each(CHURN_REASONS.filter((r) => r !== 'OTHER'))('%s needs no note', (reason) => {
    expect(validateChurnReason(reason, null)).toEqual([]);
  });
});
