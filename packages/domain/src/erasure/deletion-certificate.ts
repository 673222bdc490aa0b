import { JST_OFFSET_MS } from '../calendar/jst-date.js';
import type { Locale } from '../errors/user-error.js';
import { err, ok, type Result } from '../shared/result.js';

/** What an erasure removes, by category: a certificate counts every one of them. */
export const ERASURE_CATEGORIES = [
  'contacts',
  'surveyRespondents',
  'surveyComments',
  'freeText',
  'sessions',
] as const;
export type ErasureCategory = (typeof ERASURE_CATEGORIES)[number];

/** What an erasure keeps, by category: each with the reason it may stay. */
export const KEPT_CATEGORIES = ['contractRecords', 'companyRecord', 'surveyScores'] as const;
export type KeptCategory = (typeof KEPT_CATEGORIES)[number];

export type LocalizedText = Record<Locale, string>;

export const ERASURE_CATEGORY_LABELS: Record<ErasureCategory, LocalizedText> = {
  contacts: { ja: '担当者情報', en: 'Contact persons' },
  surveyRespondents: {
    ja: 'アンケート回答者（氏名・メールアドレス）',
    en: 'Survey respondents (name, email)',
  },
  surveyComments: { ja: 'アンケートの自由記述', en: 'Survey comments' },
  freeText: { ja: '自由記述欄の個人データ', en: 'Personal data in free-text fields' },
  sessions: { ja: 'セッション・APIキー', en: 'Sessions and API keys' },
};

/** The fixed list of what stays after an erasure, and on what basis (issue 13). */
export const KEPT_DATA: readonly {
  category: KeptCategory;
  label: LocalizedText;
  basis: LocalizedText;
}[] = [
  {
    category: 'contractRecords',
    label: { ja: '契約・請求記録', en: 'Contract and billing records' },
    basis: {
      ja: '帳簿書類の保存義務（法人税法）',
      en: 'Statutory retention of books and records (Corporation Tax Act)',
    },
  },
  {
    category: 'companyRecord',
    label: { ja: '企業情報（社名・法人番号）', en: 'Company record (name, corporate number)' },
    basis: {
      ja: '法人番号は法人の情報であり、個人データではない',
      en: 'The corporate number identifies a company: corporate, not personal data',
    },
  },
  {
    category: 'surveyScores',
    label: { ja: 'アンケートのスコア', en: 'Survey scores' },
    basis: {
      ja: '統計データ、個人を識別しない',
      en: 'Statistical data that identifies no one',
    },
  },
];

export const ERASURE_METHOD: LocalizedText = {
  ja: '個人データの削除（データベースから行を削除、自由記述は消去済みの表示に置換）',
  en: 'Deletion of personal data (rows deleted from the database; free text replaced by an erased marker)',
};

export interface ErasedCount {
  category: ErasureCategory;
  count: number;
}

/**
 * What a deletion certificate states, as stored and hashed: labels in both languages so that
 * the certificate reads the same whatever the labels become later; times in JST ISO 8601.
 */
export interface DeletionCertificateContent {
  number: string;
  company: { name: string; corporateNumber: string | null };
  erased: { category: ErasureCategory; label: LocalizedText; count: number }[];
  kept: { category: KeptCategory; label: LocalizedText; basis: LocalizedText }[];
  method: LocalizedText;
  maker: string;
  checker: string | null;
  requestedAt: string;
  approvedAt: string;
  erasedAt: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An instant as ISO 8601 in Tokyo time to the second, e.g. 2027-04-01T09:30:00+09:00. */
export function isoTimestampJst(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('invalid date');
  const t = new Date(date.getTime() + JST_OFFSET_MS);
  return (
    `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}` +
    `T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}+09:00`
  );
}

/** A certificate's number: KZ-DC-<year>-<sequence in that JST year, six digits>. */
export function formatCertificateNumber(year: number, seq: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`year ${year}`);
  if (!Number.isInteger(seq) || seq < 1 || seq > 999_999) throw new RangeError(`sequence ${seq}`);
  return `KZ-DC-${year}-${pad(seq, 6)}`;
}

/**
 * A certificate is issued only when every category was erased: each category counted exactly
 * once, as a non-negative integer (0 when the customer had none). Else the problems, in words.
 */
export function completeErasedCounts(
  erased: readonly { category: string; count: number }[],
): Result<ErasedCount[], string[]> {
  const problems: string[] = [];
  const counts = new Map<string, number>();
  for (const { category, count } of erased) {
    if (!(ERASURE_CATEGORIES as readonly string[]).includes(category))
      problems.push(`unknown category ${category}`);
    else if (counts.has(category)) problems.push(`category ${category} counted twice`);
    else if (!Number.isSafeInteger(count) || count < 0)
      problems.push(`count of ${category} is not a non-negative integer`);
    counts.set(category, count);
  }
  for (const category of ERASURE_CATEGORIES)
    if (!counts.has(category)) problems.push(`category ${category} missing`);
  if (problems.length > 0) return err(problems);
  return ok(ERASURE_CATEGORIES.map((category) => ({ category, count: counts.get(category)! })));
}

/** The content of a certificate from what the erasure did (erased counts already complete). */
export function deletionCertificateContent(input: {
  number: string;
  company: { name: string; corporateNumber: string | null };
  erased: readonly ErasedCount[];
  maker: string;
  checker: string | null;
  requestedAt: Date;
  approvedAt: Date;
  erasedAt: Date;
}): DeletionCertificateContent {
  return {
    number: input.number,
    company: { name: input.company.name, corporateNumber: input.company.corporateNumber },
    erased: input.erased.map(({ category, count }) => ({
      category,
      label: ERASURE_CATEGORY_LABELS[category],
      count,
    })),
    kept: KEPT_DATA.map((k) => ({ ...k })),
    method: ERASURE_METHOD,
    maker: input.maker,
    checker: input.checker,
    requestedAt: isoTimestampJst(input.requestedAt),
    approvedAt: isoTimestampJst(input.approvedAt),
    erasedAt: isoTimestampJst(input.erasedAt),
  };
}

const TIMESTAMP_FIELDS = new Set(['requestedAt', 'approvedAt', 'erasedAt']);

/** Sorted keys, no whitespace; timestamps re-written in JST, counts required to be integers. */
function canonicalValue(key: string, value: unknown): string {
  if (TIMESTAMP_FIELDS.has(key) && typeof value === 'string')
    return JSON.stringify(isoTimestampJst(new Date(value)));
  if (key === 'count' && !Number.isSafeInteger(value))
    throw new RangeError(`count ${String(value)} is not an integer`);
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError('not finite');
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map((v) => canonicalValue('', v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalValue(k, v)}`).join(',')}}`;
}

/**
 * The canonical text of a certificate, which its SHA-256 digest is computed over: JSON with
 * keys sorted at every level, no whitespace, timestamps as ISO 8601 in +09:00, integer counts.
 * The same content always gives the same text, whatever order a jsonb round trip left it in.
 */
export function canonicalCertificate(content: DeletionCertificateContent): string {
  return canonicalValue('', content);
}

/** A certificate's content as the reader sees it, labels in the reader's language. */
export function localizeCertificate(content: DeletionCertificateContent, locale: Locale) {
  return {
    number: content.number,
    company: content.company,
    erased: content.erased.map((e) => ({
      category: e.category,
      label: e.label[locale],
      count: e.count,
    })),
    kept: content.kept.map((k) => ({
      category: k.category,
      label: k.label[locale],
      basis: k.basis[locale],
    })),
    method: content.method[locale],
    maker: content.maker,
    checker: content.checker,
    requestedAt: new Date(content.requestedAt),
    approvedAt: new Date(content.approvedAt),
    erasedAt: new Date(content.erasedAt),
  };
}
