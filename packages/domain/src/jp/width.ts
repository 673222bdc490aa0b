/** Dashes people type in numbers: hyphen, minus, en/em dashes, bars, katakana prolonged marks. */
export const DASH_CHARS = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC\uFF0D\uFE63\uFF70';
const DASH = new RegExp(`[${DASH_CHARS}]`);
const DASHES = new RegExp(`[${DASH_CHARS}]`, 'g');

/** One UTF-16 unit in, one out: full-width ASCII (！–～) and the ideographic space to half-width. */
function halfWidthChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  return code === 0x3000 ? ' ' : ch;
}

/**
 * Full-width letters, digits and symbols to half-width; a dash (ー − ‐ － ‒ – — ―) becomes '-'
 * only in a numeric context: a digit follows it and a digit or the start of the text precedes it
 * (spaces skipped). Elsewhere (スーパー) it is left alone. The result has the input's length.
 */
export function toHalfWidth(s: string): string {
  const chars = [...s].map(halfWidthChar);
  const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
  const neighbour = (from: number, step: 1 | -1) => {
    let i = from + step;
    while (chars[i] === ' ') i += step;
    return { ch: chars[i], atStart: i < 0 };
  };
  return chars
    .map((ch, i) => {
      if (!DASH.test(ch)) return ch;
      const before = neighbour(i, -1);
      const numeric = isDigit(neighbour(i, 1).ch) && (before.atStart || isDigit(before.ch));
      return numeric ? '-' : ch;
    })
    .join('');
}

/** For fields that hold only numbers (phone, postal code, corporate number): every dash is '-'. */
export function toHalfWidthNumeric(s: string): string {
  return toHalfWidth(s).replace(DASHES, '-');
}
