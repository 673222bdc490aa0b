/**
 * Check digit of an individual number (個人番号, My Number) for its 11-digit base. With Pn the
 * n-th digit from the right and Qn = n + 1 for n ≤ 6, n − 5 for n ≥ 7: r = Σ Pn·Qn mod 11;
 * the check digit is 0 when r ≤ 1, else 11 − r. It is the last of the 12 digits.
 */
export function myNumberCheckDigit(base11: string): number {
  if (!/^\d{11}$/.test(base11)) throw new RangeError('the base of a My Number has 11 digits');
  let sum = 0;
  for (let n = 1; n <= 11; n += 1) {
    sum += Number(base11[11 - n]) * (n <= 6 ? n + 1 : n - 5);
  }
  const remainder = sum % 11;
  return remainder <= 1 ? 0 : 11 - remainder;
}

/** Is this string exactly 12 half-width digits with a valid My Number check digit? */
export function isValidMyNumber(digits: string): boolean {
  return /^\d{12}$/.test(digits) && Number(digits[11]) === myNumberCheckDigit(digits.slice(0, 11));
}
