import { userError, type UserErrorData } from '../errors/user-error.js';
import { toHalfWidthNumeric } from '../jp/width.js';
import { err, ok, type Result } from '../shared/result.js';

/** A real calendar date typed as YYYY-MM-DD (also YYYY/MM/DD, full-width, unpadded), as YYYY-MM-DD. */
export function parseIsoDate(raw: string, field = 'date'): Result<string, UserErrorData> {
  const m = toHalfWidthNumeric(raw)
    .trim()
    .match(/^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/);
  if (!m) return err(userError('INVALID_DATE', field));
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  // Date.UTC rolls 2026-02-30 over to March; a real date survives the round trip.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    return err(userError('INVALID_DATE', field));
  }
  return ok(`${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}
