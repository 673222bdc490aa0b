import { userError, type UserErrorData } from '../errors/user-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { toHalfWidthNumeric } from './width.js';

/**
 * Check digit of a 法人番号 for its 12-digit base: 9 − (Σ Pn·Qn mod 9), where Pn is the n-th digit
 * counted from the right of the base and Qn = 1 for odd n, 2 for even n (国税庁's published rule).
 */
export function corporateNumberCheckDigit(base12: string): number {
  if (!/^\d{12}$/.test(base12))
    throw new RangeError('the base of a corporate number has 12 digits');
  let sum = 0;
  for (let n = 1; n <= 12; n += 1) {
    sum += Number(base12[12 - n]) * (n % 2 === 1 ? 1 : 2);
  }
  return 9 - (sum % 9);
}

/** A corporate number: 13 digits, check digit first; full-width digits, spaces and dashes accepted. */
export function validateCorporateNumber(raw: string): Result<string, UserErrorData> {
  const digits = toHalfWidthNumeric(raw).replace(/[-\s]/g, '');
  const valid =
    /^\d{13}$/.test(digits) && Number(digits[0]) === corporateNumberCheckDigit(digits.slice(1));
  return valid ? ok(digits) : err(userError('INVALID_CORPORATE_NUMBER', 'corporateNumber'));
}
