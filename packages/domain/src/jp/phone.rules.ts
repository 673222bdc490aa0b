import { userError, type UserErrorData } from '../errors/user-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { toHalfWidthNumeric } from './width.js';

/** Digits only; a +81 country prefix (also +81 (0)3…) becomes the trunk prefix 0. */
export function phoneDigits(raw: string): string {
  const compact = toHalfWidthNumeric(raw).replace(/[-\s().]/g, '');
  return compact.startsWith('+81') ? `0${compact.slice(3).replace(/^0/, '')}` : compact;
}

const group = (d: string, ...sizes: number[]) => {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    parts.push(d.slice(at, at + size));
    at += size;
  }
  return parts.join('-');
};

/** The caller's own grouping of a fixed line (0466-12-3456), when it looks like one: area-local-4. */
function typedGrouping(raw: string, digits: string): string | null {
  const groups = toHalfWidthNumeric(raw)
    .replace(/^\s*\+81[-\s]*(\(0\))?[-\s]*/, '0')
    .split(/[-\s().]+/)
    .filter((g) => g !== '');
  const [area, , subscriber] = groups;
  const fits =
    groups.length === 3 &&
    groups.join('') === digits &&
    /^0\d{1,4}$/.test(area ?? '') &&
    subscriber?.length === 4;
  return fits ? groups.join('-') : null;
}

/**
 * A Japanese phone number in its usual hyphenated form. 11 digits: mobile 070/080/090 and IP 050
 * → 090-1234-5678, free dial 0800 → 0800-123-4567. 10 digits: free dial 0120 and navi dial 0570
 * → 0120-123-456; Tokyo/Osaka 03/06 → 03-1234-5678; other fixed lines keep the grouping they were
 * typed with (0466-12-3456) or else get 0XX-XXX-XXXX — area codes run from 2 to 5 digits and
 * without the numbering plan's table we use the commonest; the digits are always exact.
 */
export function normalizePhoneJp(raw: string): Result<string, UserErrorData> {
  const d = phoneDigits(raw);
  if (/^0[5789]0\d{8}$/.test(d) && !d.startsWith('0800')) return ok(group(d, 3, 4, 4));
  if (/^0800\d{7}$/.test(d)) return ok(group(d, 4, 3, 4));
  if (/^0(120|570)\d{6}$/.test(d)) return ok(group(d, 4, 3, 3));
  // 10 digits starting 0[5789]0 or 020 are mobile/IP/M2M numbers missing a digit, not fixed lines.
  if (/^0[36]\d{8}$/.test(d)) return ok(group(d, 2, 4, 4));
  if (/^0[1-9]\d{8}$/.test(d) && !/^0([5789]0|20)/.test(d))
    return ok(typedGrouping(raw, d) ?? group(d, 3, 3, 4));
  return err(userError('INVALID_PHONE', 'phone'));
}
