import { fillMessage, USER_ERROR_CODES, userError, type UserErrorCode } from './user-error.js';

describe('userError', () => {
  it.each([
    [
      'TOO_LONG',
      'name',
      { max: 200 },
      '200文字以内で入力してください。',
      'Use at most 200 characters.',
    ],
    [
      'UNKNOWN_PLAN',
      'planCode',
      { value: 'GOLD' },
      'プラン「GOLD」は存在しません。',
      'There is no plan "GOLD".',
    ],
    [
      'INVALID_CORPORATE_NUMBER',
      null,
      {},
      '法人番号は13桁の数字で、チェックディジットが正しい必要があります。',
      'A corporate number has 13 digits with a valid check digit.',
    ],
  ] as [UserErrorCode, string | null, Record<string, string | number>, string, string][])(
    '%s on %s with %j',
    (code, field, params, ja, en) => {
      expect(userError(code, field, params)).toEqual({ code, field, message: { ja, en } });
    },
  );

  it.each(USER_ERROR_CODES)('%s has a Japanese and an English message', (code) => {
    const { message } = userError(code);
    expect(message.ja).toMatch(/[ぁ-んァ-ン一-龯]/);
    expect(message.en).toMatch(/^[\x20-\x7e]+$/);
  });

  it('lists the codes the API relies on', () => {
    expect(USER_ERROR_CODES).toEqual(
      expect.arrayContaining([
        'REQUIRED',
        'TOO_LONG',
        'INVALID_CORPORATE_NUMBER',
        'INVALID_EMAIL',
        'INVALID_PHONE',
        'INVALID_POSTAL_CODE',
        'INVALID_KANA',
        'INVALID_DATE',
        'UNKNOWN_PLAN',
        'UNKNOWN_OPTION',
        'INACTIVE_OPTION',
        'INVALID_STAGE_TRANSITION',
        'NOT_MULTI_FACTOR',
        'OUT_OF_RANGE',
        'NOT_FOUND',
        'INVALID_CREDENTIALS',
        'SELF_APPROVAL_NOT_ALLOWED',
        'CONFIRMATION_MISMATCH',
        'STALE_VERSION',
        'NOT_PENDING',
        'DUPLICATE_PENDING',
        'SUBSCRIPTION_CHANGED',
        'NOT_IN_TRIAL',
        'NOT_ACTIVE',
        'INVALID_CHURN_REASON',
        'FORBIDDEN',
        'DUPLICATE',
      ]),
    );
    expect(new Set(USER_ERROR_CODES).size).toBe(USER_ERROR_CODES.length);
  });
});

describe('fillMessage', () => {
  it.each([
    ['{max} chars', { max: 3 }, '3 chars'],
    ['{a} and {a}', { a: 'x' }, 'x and x'],
    ['{missing} stays', {}, '{missing} stays'],
    ['{toString} is not inherited', {}, '{toString} is not inherited'],
    ['zero {n}', { n: 0 }, 'zero 0'],
  ])('%s with %j → %s', (template, params, text) => {
    expect(fillMessage(template, params)).toBe(text);
  });
});
