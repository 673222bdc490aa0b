import {
  canonicalCertificate,
  completeErasedCounts,
  deletionCertificateContent,
  ERASURE_CATEGORIES,
  formatCertificateNumber,
  isoTimestampJst,
  KEPT_DATA,
  localizeCertificate,
  type DeletionCertificateContent,
} from './deletion-certificate.js';

const allErased = (count = 1) => ERASURE_CATEGORIES.map((category) => ({ category, count }));

const content = (): DeletionCertificateContent =>
  deletionCertificateContent({
    number: 'KZ-DC-2027-000042',
    company: { name: '株式会社サンプル', corporateNumber: '1234567890123' },
    erased: ERASURE_CATEGORIES.map((category, i) => ({ category, count: i })),
    maker: '佐藤 一郎',
    checker: '鈴木 花子',
    requestedAt: new Date('2027-03-31T15:00:00Z'),
    approvedAt: new Date('2027-04-01T01:02:03.456Z'),
    erasedAt: new Date('2027-04-02T00:00:00+09:00'),
  });

describe('formatCertificateNumber', () => {
  it.each([
    [2027, 42, 'KZ-DC-2027-000042'],
    [2027, 1, 'KZ-DC-2027-000001'],
    [2030, 999_999, 'KZ-DC-2030-999999'],
  ])('%i, %i → %s', (year, seq, expected) => {
    expect(formatCertificateNumber(year, seq)).toBe(expected);
  });

  it.each([
    [2027, 0],
    [2027, 1_000_000],
    [2027, 1.5],
    [27, 1],
  ])('refuses %i, %i', (year, seq) => {
    expect(() => formatCertificateNumber(year, seq)).toThrow(RangeError);
  });
});

describe('isoTimestampJst', () => {
  it.each([
    ['2027-03-31T15:00:00Z', '2027-04-01T00:00:00+09:00'],
    ['2027-12-31T14:59:59.999Z', '2027-12-31T23:59:59+09:00'],
    ['2027-12-31T15:00:00Z', '2028-01-01T00:00:00+09:00'],
  ])('%s → %s', (instant, expected) => {
    expect(isoTimestampJst(new Date(instant))).toBe(expected);
  });
});

describe('completeErasedCounts', () => {
  it('orders a complete list as ERASURE_CATEGORIES, zero counts included', () => {
    const result = completeErasedCounts([...allErased(0)].reverse());
    expect(result).toEqual({ ok: true, value: allErased(0) });
  });

  it.each([
    ['a category is missing', allErased().slice(1), 'category contacts missing'],
    ['none at all', [], 'category sessions missing'],
    ['an unknown category', [...allErased(), { category: 'x', count: 1 }], 'unknown category x'],
    [
      'a category twice',
      [...allErased(), { category: 'contacts', count: 1 }],
      'category contacts counted twice',
    ],
    [
      'a fractional count',
      [...allErased().slice(1), { category: 'contacts', count: 1.5 }],
      'count of contacts is not a non-negative integer',
    ],
    [
      'a negative count',
      [...allErased().slice(1), { category: 'contacts', count: -1 }],
      'count of contacts is not a non-negative integer',
    ],
    [
      'a NaN count',
      [...allErased().slice(1), { category: 'contacts', count: Number.NaN }],
      'count of contacts is not a non-negative integer',
    ],
  ])('refuses when %s', (_case, erased, problem) => {
    const result = completeErasedCounts(erased);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(problem);
  });
});

describe('deletionCertificateContent', () => {
  it('states times in JST, every kept category with its basis, and the method', () => {
    const c = content();
    expect(c.requestedAt).toBe('2027-04-01T00:00:00+09:00');
    expect(c.approvedAt).toBe('2027-04-01T10:02:03+09:00');
    expect(c.erasedAt).toBe('2027-04-02T00:00:00+09:00');
    expect(c.kept.map((k) => k.label.ja)).toEqual([
      '契約・請求記録',
      '企業情報（社名・法人番号）',
      'アンケートのスコア',
    ]);
    expect(c.kept[0]!.basis.ja).toContain('帳簿書類の保存義務');
    expect(c.method.ja).toBe(
      '個人データの削除（データベースから行を削除、自由記述は消去済みの表示に置換）',
    );
    expect(c.erased.map((e) => e.category)).toEqual([...ERASURE_CATEGORIES]);
  });
});

describe('canonicalCertificate', () => {
  it('sorts keys at every level, without whitespace', () => {
    const text = canonicalCertificate(content());
    // JSON.stringify writes no whitespace between tokens: a round trip changes nothing.
    expect(JSON.stringify(JSON.parse(text))).toBe(text);
    expect(text.startsWith('{"approvedAt":"2027-04-01T10:02:03+09:00","checker":"鈴木 花子"')).toBe(
      true,
    );
    expect(text).toContain(
      '"company":{"corporateNumber":"1234567890123","name":"株式会社サンプル"}',
    );
    expect(text).toContain('{"category":"contacts","count":0,"label":{"en":"Contact persons"');
  });

  it('is the same whatever order the keys come in (a jsonb round trip)', () => {
    const c = content();
    const shuffled = JSON.parse(
      JSON.stringify(Object.fromEntries(Object.entries(c).reverse())),
    ) as DeletionCertificateContent;
    expect(canonicalCertificate(shuffled)).toBe(canonicalCertificate(c));
  });

  it.each([
    ['UTC', '2027-04-02T15:00:00Z'],
    ['+09:00', '2027-04-03T00:00:00+09:00'],
    ['+09:00 with milliseconds', '2027-04-03T00:00:00.000+09:00'],
  ])('writes a timestamp given in %s as JST', (_case, erasedAt) => {
    expect(canonicalCertificate({ ...content(), erasedAt })).toContain(
      '"erasedAt":"2027-04-03T00:00:00+09:00"',
    );
  });

  it.each([
    ['a changed count', (c: DeletionCertificateContent) => (c.erased[0]!.count = 7)],
    ['a changed company name', (c: DeletionCertificateContent) => (c.company.name = '別会社')],
    ['a changed checker', (c: DeletionCertificateContent) => (c.checker = null)],
    ['a removed kept category', (c: DeletionCertificateContent) => c.kept.pop()],
  ])('changes with %s', (_case, tamper) => {
    const c = content();
    tamper(c);
    expect(canonicalCertificate(c)).not.toBe(canonicalCertificate(content()));
  });

  it.each([
    ['fractional', 1.5],
    ['a string', '3'],
  ])('refuses a count that is %s', (_case, count) => {
    const c = content();
    (c.erased[0] as { count: unknown }).count = count;
    expect(() => canonicalCertificate(c)).toThrow(RangeError);
  });
});

describe('localizeCertificate', () => {
  it.each([
    ['ja', '担当者情報', '契約・請求記録'],
    ['en', 'Contact persons', 'Contract and billing records'],
  ] as const)('labels in %s', (locale, erasedLabel, keptLabel) => {
    const view = localizeCertificate(content(), locale);
    expect(view.erased[0]!.label).toBe(erasedLabel);
    expect(view.kept[0]!.label).toBe(keptLabel);
    expect(view.kept[0]!.basis).toBe(KEPT_DATA[0]!.basis[locale]);
    expect(view.erasedAt).toEqual(new Date('2027-04-01T15:00:00Z'));
  });
});
