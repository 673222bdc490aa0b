import { validateEmail } from './email.rules.js';

describe('validateEmail', () => {
  it.each([
    ['taro@example.co.jp', 'taro@example.co.jp'],
    ['  Taro.Yamada@Example.CO.JP ', 'Taro.Yamada@example.co.jp'],
    ['ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ', 'taro@example.jp'],
    ['a+tag@sub.example.com', 'a+tag@sub.example.com'],
    ["o'brien@example.ie", "o'brien@example.ie"],
    [`${'a'.repeat(64)}@example.jp`, `${'a'.repeat(64)}@example.jp`],
  ])('%s → %s', (raw, normalised) =>
    expect(validateEmail(raw)).toEqual({ ok: true, value: normalised }),
  );

  it.each([
    'taro',
    'taro@',
    '@example.jp',
    'taro@example',
    'ta ro@example.jp',
    'taro..x@example.jp',
    '.taro@example.jp',
    'taro.@example.jp',
    'taro@-example.jp',
    'taro@example..jp',
    'taro@exa_mple.jp',
    'taro@@example.jp',
    '山田@example.jp',
    `${'a'.repeat(65)}@example.jp`,
    `taro@${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.jp`,
    '',
  ])('refuses %s', (raw) =>
    expect(validateEmail(raw)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'INVALID_EMAIL', field: 'email' }),
    }),
  );
});
