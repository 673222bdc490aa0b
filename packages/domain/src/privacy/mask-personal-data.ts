import { isValidMyNumber } from '../jp/my-number.rules.js';
import { normalizePhoneJp } from '../jp/phone.rules.js';
import { toHalfWidthNumeric } from '../jp/width.js';

export const PERSONAL_DATA_KINDS = ['PHONE', 'POSTAL_CODE', 'EMAIL', 'MY_NUMBER'] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

export const PERSONAL_DATA_PLACEHOLDERS: Record<PersonalDataKind, string> = {
  PHONE: '[電話番号]',
  POSTAL_CODE: '[郵便番号]',
  EMAIL: '[メールアドレス]',
  MY_NUMBER: '[個人番号]',
};

// Patterns run on a half-width copy of the text of the same length (toHalfWidthNumeric maps one
// UTF-16 unit to one), so that a match's offsets are valid in the original text.
const NOT_AFTER_NUMBER = String.raw`(?<![0-9]|[0-9]-)`;
const NOT_BEFORE_NUMBER = String.raw`(?![0-9]|-[0-9])`;
const SEP = String.raw`(?:[ ]?[-()][ ]?|[ ])?`;
const GROUPS = String.raw`\d{1,4}${SEP}\d{3,4}`;

/** Checked in this order; a later kind never masks text an earlier one has taken. */
const DETECTORS: readonly {
  kind: PersonalDataKind;
  pattern: RegExp;
  accept: (s: string) => boolean;
  /** Leading characters of a match that belong to the text around it, not to the data. */
  leading?: (s: string) => number;
}[] = [
  {
    kind: 'EMAIL',
    pattern:
      /[A-Za-z0-9][A-Za-z0-9._%+-]*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}/,
    accept: () => true,
  },
  {
    // 12 digits, in one run or as 4-4-4 with one kind of separator; only with a valid check digit.
    kind: 'MY_NUMBER',
    pattern: new RegExp(
      String.raw`${NOT_AFTER_NUMBER}\d{4}([- ]?)\d{4}\1\d{4}${NOT_BEFORE_NUMBER}`,
    ),
    accept: (s) => isValidMyNumber(s.replace(/[- ]/g, '')),
  },
  {
    // Shapes of a domestic (0…) or +81 number; normalizePhoneJp decides whether it is one.
    kind: 'PHONE',
    pattern: new RegExp(
      String.raw`${NOT_AFTER_NUMBER}(?:\(?0\d{1,4}|\+81${SEP}(?:\(0\)${SEP})?[1-9]\d{0,3})${SEP}${GROUPS}${NOT_BEFORE_NUMBER}`,
    ),
    accept: (s) => normalizePhoneJp(s).ok,
    // "（03-1234-5678 総務部）": an opening parenthesis without its closing one is the text's.
    leading: (s) => (s.startsWith('(') && !s.includes(')') ? 1 : 0),
  },
  {
    // 〒 makes any 7 digits a postal code; without it only 123-4567 (not after a code like AB-).
    kind: 'POSTAL_CODE',
    pattern: new RegExp(
      String.raw`(?:〒[ ]?\d{3}(?:[ ]?-[ ]?|[ ]?)\d{4}|(?<![0-9A-Za-z]|[0-9A-Za-z]-)\d{3}-\d{4})${NOT_BEFORE_NUMBER}`,
    ),
    accept: () => true,
  },
];

interface Span {
  start: number;
  end: number;
  kind: PersonalDataKind;
}

function findSpans(shadow: string): Span[] {
  const spans: Span[] = [];
  const overlaps = (s: Span) => spans.some((t) => s.start < t.end && t.start < s.end);
  for (const { kind, pattern, accept, leading } of DETECTORS) {
    const re = new RegExp(pattern.source, 'g');
    for (let m = re.exec(shadow); m !== null; m = re.exec(shadow)) {
      const span = { start: m.index + (leading?.(m[0]) ?? 0), end: m.index + m[0].length, kind };
      if (accept(m[0]) && !overlaps(span)) spans.push(span);
      // A refused candidate may hide a real one starting inside it: look again one further on.
      else re.lastIndex = m.index + 1;
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * Replace phone numbers, postal codes, email addresses and valid My Numbers in free text with
 * placeholders ([電話番号] …), whether typed in half- or full-width, with any dash. `masked` lists
 * the kinds found, each once, in the order of PERSONAL_DATA_KINDS.
 */
export function maskPersonalData(text: string): { text: string; masked: PersonalDataKind[] } {
  const spans = findSpans(toHalfWidthNumeric(text));
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + PERSONAL_DATA_PLACEHOLDERS[span.kind];
    at = span.end;
  }
  out += text.slice(at);
  const found = new Set(spans.map((s) => s.kind));
  return { text: out, masked: PERSONAL_DATA_KINDS.filter((k) => found.has(k)) };
}
