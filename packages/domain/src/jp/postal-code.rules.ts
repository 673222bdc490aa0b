import { userError, type UserErrorData } from '../errors/user-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { toHalfWidthNumeric } from './width.js';

/** A postal code as 123-4567, from 〒123-4567, １２３ー４５６７, 1234567 or 123 4567. */
export function normalizePostalCode(raw: string): Result<string, UserErrorData> {
  const s = toHalfWidthNumeric(raw)
    .replace(/^\s*〒/, '')
    .trim();
  const m = s.match(/^(\d{3})(?:\s*-\s*|\s?)(\d{4})$/);
  return m ? ok(`${m[1]}-${m[2]}`) : err(userError('INVALID_POSTAL_CODE', 'postalCode'));
}
