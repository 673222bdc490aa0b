import { isoTimestampJst } from '@kizuna/domain';

/** The console page of a deletion certificate. */
export const certificatePath = (number: string) => `/certificates/${encodeURIComponent(number)}`;

/** The API's PDF of a deletion certificate (GET, with the session token). */
export const certificatePdfPath = (number: string) => `${certificatePath(number)}.pdf`;

/**
 * An API DateTime as a certificate states it: Tokyo time to the second, as in its canonical
 * form (2027-04-01T10:02:03+09:00 → 2027/04/01 10:02:03 JST).
 */
export function certificateTimestamp(iso: string): string {
  const jst = isoTimestampJst(new Date(iso));
  return `${jst.slice(0, 10).replaceAll('-', '/')} ${jst.slice(11, 19)} JST`;
}

/** A pasted digest as the API stores it: lower-case hex, without spaces or line breaks. */
export const normalizeDigest = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/** Is this (normalised) text a SHA-256 digest: 64 hexadecimal characters? */
export const isSha256Digest = (digest: string) => /^[0-9a-f]{64}$/.test(digest);
