import { isValidMyNumber, myNumberCheckDigit } from './my-number.rules.js';

/** Reference written from the law's formula, independently of the implementation. */
function referenceCheckDigit(base: string): number {
  const weights = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]; // Qn for the digits read left to right
  const sum = base.split('').reduce((acc, d, i) => acc + Number(d) * (weights[i] ?? 0), 0);
  const r = sum % 11;
  return r <= 1 ? 0 : 11 - r;
}

describe('My Number (個人番号) check digit', () => {
  // Hand-checked: 12345678901, from the right 1,0,9,8,7,6,5,4,3,2,1 × 2,3,4,5,6,7,2,3,4,5,6
  // = 2+0+36+40+42+42+10+12+12+10+6 = 212; 212 mod 11 = 3; 11 − 3 = 8.
  it.each([
    ['12345678901', 8],
    ['00000000000', 0], // r = 0
    ['00000000006', 0], // Σ = 6·2 = 12, r = 1
    ['00000000001', 9], // Σ = 2, r = 2, 11 − 2 = 9
    ['00000000005', referenceCheckDigit('00000000005')],
    ['98765432109', referenceCheckDigit('98765432109')],
    ['31415926535', referenceCheckDigit('31415926535')],
    ['27182818284', referenceCheckDigit('27182818284')],
    ['11111111111', referenceCheckDigit('11111111111')],
  ])('of %s is %i', (base, digit) => {
    expect(myNumberCheckDigit(base)).toBe(digit);
    expect(isValidMyNumber(`${base}${digit}`)).toBe(true);
    expect(isValidMyNumber(`${base}${(digit + 1) % 10}`)).toBe(false);
  });

  it.each(['12345678901', '1234567890188', '12345678901a', ''])('%s is not a My Number', (s) => {
    expect(isValidMyNumber(s)).toBe(false);
  });
});
