import {
  NEAR_MISS_TEXT_MAX,
  validateNearMissReport,
  validateNearMissText,
} from './near-miss-report.rules.js';

const NOW = new Date('2026-12-01T03:00:00Z'); // 12:00 in Tokyo

describe('validateNearMissText', () => {
  const long = '字'.repeat(NEAR_MISS_TEXT_MAX);
  it.each([
    [
      'description',
      'trimmed',
      '  宛先を取り違えかけた  ',
      { ok: true, value: '宛先を取り違えかけた' },
    ],
    [
      'description',
      'blank',
      '   ',
      { ok: false, error: { code: 'REQUIRED', field: 'description' } },
    ],
    ['countermeasure', 'empty', '', { ok: true, value: null }],
    ['countermeasure', 'null', null, { ok: true, value: null }],
    ['countermeasure', 'trimmed', ' 読み上げ確認 ', { ok: true, value: '読み上げ確認' }],
    ['description', '2,000 characters', long, { ok: true, value: long }],
    [
      'countermeasure',
      '2,001 characters',
      `${long}字`,
      {
        ok: false,
        error: {
          code: 'TOO_LONG',
          field: 'countermeasure',
          message: { en: 'Use at most 2000 characters.' },
        },
      },
    ],
    // Characters, not UTF-16 units: 2,000 emoji are 2,000 characters.
    ['description', '2,000 emoji', '😀'.repeat(NEAR_MISS_TEXT_MAX), { ok: true }],
  ] as const)('%s, %s', (field, _case, raw, expected) => {
    expect(validateNearMissText(raw, field)).toMatchObject(expected);
  });
});

describe('validateNearMissReport', () => {
  it.each([
    ['no time: now', undefined, NOW.toISOString()],
    ['Tokyo wall-clock time', '2026/12/01 09:30', '2026-12-01T00:30:00.000Z'],
    ['ISO with offset', '2026-11-30T23:00:00+09:00', '2026-11-30T14:00:00.000Z'],
    ['within the clock skew', '2026-12-01T12:04:00+09:00', '2026-12-01T03:04:00.000Z'],
  ])('accepts %s', (_case, occurredAt, expected) => {
    const result = validateNearMissReport({ description: '事象', occurredAt }, NOW);
    expect(result.ok && result.value.occurredAt.toISOString()).toBe(expected);
  });

  it.each([
    [
      'a time in the future',
      { description: '事象', occurredAt: '2026-12-01T13:00:00+09:00' },
      [['DATE_IN_FUTURE', 'occurredAt']],
    ],
    [
      'an impossible date',
      { description: '事象', occurredAt: '2026-02-30 10:00' },
      [['INVALID_DATE_TIME', 'occurredAt']],
    ],
    [
      'every fault at once',
      { description: ' ', countermeasure: 'x'.repeat(2001), occurredAt: 'yesterday' },
      [
        ['REQUIRED', 'description'],
        ['TOO_LONG', 'countermeasure'],
        ['INVALID_DATE_TIME', 'occurredAt'],
      ],
    ],
  ])('refuses %s', (_case, draft, expected) => {
    const result = validateNearMissReport(draft, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.map((e) => [e.code, e.field])).toEqual(expected);
  });
});
