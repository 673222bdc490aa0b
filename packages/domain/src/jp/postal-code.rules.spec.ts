import { normalizePostalCode } from './postal-code.rules.js';

describe('normalizePostalCode', () => {
  it.each([
    ['123-4567', '123-4567'],
    ['〒123-4567', '123-4567'],
    ['1234567', '123-4567'],
    ['123 4567', '123-4567'],
    ['１２３ー４５６７', '123-4567'],
    ['〒 １２３－４５６７', '123-4567'],
    [' 100-0001 ', '100-0001'],
  ])('%s → %s', (raw, normalised) =>
    expect(normalizePostalCode(raw)).toEqual({ ok: true, value: normalised }),
  );

  it.each(['12-34567', '123456', '123-45678', '12345678', 'abc-defg', '123-4567〒', '', '〒'])(
    'refuses %s',
    (raw) => {
      expect(normalizePostalCode(raw)).toEqual({
        ok: false,
        error: expect.objectContaining({ code: 'INVALID_POSTAL_CODE', field: 'postalCode' }),
      });
    },
  );
});
