import { corporateNumberCheckDigit, validateCorporateNumber } from './corporate-number.rules.js';

/** Reference check digit written out long-hand, independently of the implementation. */
function referenceCheckDigit(base: string): number {
  const fromRight = base.split('').map(Number).reverse();
  const odd = fromRight.filter((_, i) => i % 2 === 0).reduce((a, b) => a + b, 0);
  const even = fromRight.filter((_, i) => i % 2 === 1).reduce((a, b) => a + b, 0);
  return 9 - ((odd + 2 * even) % 9);
}

describe('corporate number (法人番号)', () => {
  // Hand-checked. 国税庁 7000012050002: base 000012050002, digits from the right 2,0,0,0,5,0,2,1,…
  // Σ = 2·1 + 5·1 + 2·1 + 1·2 = 11; 11 mod 9 = 2; 9 − 2 = 7 ✓.
  // 1180301018771: from the right 1,7,7,8,1,0,1,0,3,0,8,1 → 1+14+7+16+1+0+1+0+3+0+8+2 = 53;
  // 53 mod 9 = 8; 9 − 8 = 1 ✓.
  it.each([
    ['7000012050002', '7000012050002'],
    ['1180301018771', '1180301018771'],
    ['７０００ ０１２０ ５０００２', '7000012050002'],
    ['7-0000-1205-0002', '7000012050002'],
    ['7ー0000ー1205ー0002', '7000012050002'],
  ])('accepts %s', (raw, normalised) => {
    expect(validateCorporateNumber(raw)).toEqual({ ok: true, value: normalised });
  });

  it.each([
    ['a wrong check digit', '7000012050003'],
    ['a wrong first digit', '1000012050002'],
    ['two digits swapped', '7000021050002'],
    ['12 digits', '700001205000'],
    ['14 digits', '70000120500021'],
    ['letters', 'abcdefghijklm'],
    ['nothing', ''],
  ])('refuses %s (%s)', (_name, raw) => {
    expect(validateCorporateNumber(raw)).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'INVALID_CORPORATE_NUMBER',
        field: 'corporateNumber',
      }),
    });
  });

  it.each([
    ['000012050002', 7],
    ['180301018771', 1],
    ['000000000000', 9], // Σ mod 9 = 0 gives 9, never 0
    ['123456789012', referenceCheckDigit('123456789012')],
    ['999999999999', referenceCheckDigit('999999999999')],
    ['314159265358', referenceCheckDigit('314159265358')],
    ['271828182845', referenceCheckDigit('271828182845')],
  ])('check digit of %s is %i', (base, digit) => {
    expect(corporateNumberCheckDigit(base)).toBe(digit);
    expect(validateCorporateNumber(`${digit}${base}`).ok).toBe(true);
    expect(validateCorporateNumber(`${(digit % 9) + 1}${base}`).ok).toBe(false);
  });

  it('refuses a base of the wrong length', () => {
    expect(() => corporateNumberCheckDigit('123')).toThrow(RangeError);
  });
});
