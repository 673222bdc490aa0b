import { isValidMyNumber } from '../jp/my-number.rules.js';
import { normalizePhoneJp } from '../jp/phone.rules.js';
import { toHalfWidthNumeric } from '../jp/width.js';

export const PERSONAL_DATA_KINDS = [
  'PHONE',
  'POSTAL_CODE',
  'EMAIL',
  'MY_NUMBER',
  'NAME',
  'ADDRESS',
] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

export const PERSONAL_DATA_PLACEHOLDERS: Record<PersonalDataKind, string> = {
  PHONE: '[電話番号]',
  POSTAL_CODE: '[郵便番号]',
  EMAIL: '[メールアドレス]',
  MY_NUMBER: '[個人番号]',
  NAME: '[氏名]',
  ADDRESS: '[住所]',
};

// Patterns run on a half-width copy of the text of the same length (toHalfWidthNumeric maps one
// UTF-16 unit to one), so that a match's offsets are valid in the original text.
const NOT_AFTER_NUMBER = String.raw`(?<![0-9]|[0-9][-.])`;
const NOT_BEFORE_NUMBER = String.raw`(?![0-9]|[-.][0-9])`;
const SEP = String.raw`(?:[ ]?[-().][ ]?|[ ])?`;

/** A letter or digit of a non-Latin script (a Japanese local part must not swallow ASCII). */
const NON_ASCII = String.raw`(?:(?![\x00-\x7F])[\p{L}\p{N}])`;
const EMAIL_CORE = String.raw`(?:[A-Za-z0-9\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F._%+-]*|(?<=^|[\s<(（「『:：,、])${NON_ASCII}+(?:[._%+-]${NON_ASCII}+)*)@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[A-Za-z]{2,}(?![A-Za-z])`;

// Names: a run of kanji (or katakana) before an honorific or a title, or after 担当.
const HAN = String.raw`[\p{sc=Han}々〆ヶ]`;
const HONORIFIC = String.raw`(?:様(?![式子々相態変])|さま|さん|殿(?![堂下])|氏(?!名)|くん|君|ちゃん)`;
const TITLE = String.raw`(?:部長|課長|係長|次長|社長|会長|専務|常務|主任|室長|所長|店長|支店長|取締役|理事長|院長|校長|先生|教授)`;
/** Runs that end like a word, not a name: お客様, 同様, 仕様, 営業部長, 担当者様 … */
const NOT_A_NAME =
  /(?:[客皆奥神王仕模態貴部課室係所店社局署長役者方門]|息子|親御|先方|相手|業者|担当|職員|社員|店員|会員|顧客|利用者|取引先|御社|貴社|弊社|当社|各位|先生|関係|責任|管理|営業|総務|人事|経理|開発|企画|財務|法務|広報|技術|製造|品質|購買|代表|取締|事業|統括|執行|情報)$/u;
/** One character before 様 that makes a word (同様, 多様, 一様…) but may also end a name (本多). */
const WORD_ALONE = /^[同多一上有左異各外殿兄姉母父娘子嫁婿]$/u;
const notAName = (s: string) => NOT_A_NAME.test(s) || WORD_ALONE.test(s) || /-$/.test(s);
/** 株式会社山田様, 営業部鈴木部長: the organisation before the name is the text's. */
const organisation = (s: string) => /^.*(?:会社|[部課室])/u.exec(s)?.[0].length ?? 0;

// Addresses: (都道府県) + 市区町村 + town + a block number (1-2-3, １丁目２番３号, 一丁目1番地).
const PREFECTURE = String.raw`(?:東京都|北海道|京都府|大阪府|${HAN}{2,3}県)`;
const PLACE = String.raw`[\p{sc=Han}\p{sc=Katakana}々ヶケ-]`;
const BLOCK = String.raw`(?:[0-9]+|[一二三四五六七八九十]+)(?:丁目|番地|番|号|条|-[0-9])(?:[0-9]+|丁目|番地の?|番|号|条|[東西南北]|の|-)*`;
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
    // With a quoted display name ("山田 太郎" <taro@…>); Latin letters with accents in the local
    // part, a non-Latin local part after a space or bracket, Unicode (IDN) domain labels.
    kind: 'EMAIL',
    pattern: new RegExp(String.raw`"[^"\n]{1,64}"[ ]?<${EMAIL_CORE}>|${EMAIL_CORE}`, 'u'),
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
  {
    kind: 'ADDRESS',
    pattern: new RegExp(
      String.raw`${PREFECTURE}?${PLACE}{1,10}?[市区町村郡][\p{sc=Hiragana}\p{sc=Han}\p{sc=Katakana}々ヶケ-]{0,12}?[ ]?${BLOCK}`,
      'u',
    ),
    accept: () => true,
  },
  {
    // 山田太郎様, 佐藤さん, スミス様: the name, not the honorific.
    kind: 'NAME',
    pattern: new RegExp(String.raw`(?:${HAN}{1,6}|[\p{sc=Katakana}-]{2,10})(?=${HONORIFIC})`, 'u'),
    accept: (s) => !notAName(s),
    leading: organisation,
  },
  {
    // 鈴木部長, 山田先生.
    kind: 'NAME',
    pattern: new RegExp(String.raw`${HAN}{2,6}(?=${TITLE})`, 'u'),
    accept: (s) => !notAName(s),
    leading: organisation,
  },
  {
    // 担当の鈴木, 担当者：佐藤, 担当は田中.
    kind: 'NAME',
    pattern: new RegExp(String.raw`(?<=担当(?:者)?(?:の|は|:|、)?[ ]?)(?![者様])${HAN}{2,4}`, 'u'),
    accept: (s) => !notAName(s),
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
    const re = new RegExp(pattern.source, `${pattern.flags}g`);
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
 * Replace phone numbers, postal codes, email addresses, valid My Numbers, street addresses and
 * names marked by an honorific, a title or 担当 in free text with placeholders ([電話番号] …),
 * whether typed in half- or full-width, with any dash. Bare names are not found (see README). `masked` lists
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
