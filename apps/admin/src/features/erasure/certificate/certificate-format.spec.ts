import {
  certificatePath,
  certificatePdfPath,
  certificateTimestamp,
  isSha256Digest,
  normalizeDigest,
} from './certificate-format';

const DIGEST = 'ab'.repeat(32);

describe('certificate paths', () => {
  it('names the page and the PDF by the certificate number', () => {
    expect(certificatePath('KZ-DC-2027-000042')).toBe('/certificates/KZ-DC-2027-000042');
    expect(certificatePdfPath('KZ-DC-2027-000042')).toBe('/certificates/KZ-DC-2027-000042.pdf');
  });

  it('escapes what does not belong in a path', () => {
    expect(certificatePath('a/b?c')).toBe('/certificates/a%2Fb%3Fc');
  });
});

describe('certificateTimestamp', () => {
  it.each([
    ['2027-04-01T01:02:03.456Z', '2027/04/01 10:02:03 JST'],
    ['2027-03-31T15:00:00Z', '2027/04/01 00:00:00 JST'],
    ['2027-12-31T14:59:59Z', '2027/12/31 23:59:59 JST'],
    ['2027-04-02T00:00:00+09:00', '2027/04/02 00:00:00 JST'],
  ])('%s → %s', (iso, expected) => {
    expect(certificateTimestamp(iso)).toBe(expected);
  });
});

describe('normalizeDigest / isSha256Digest', () => {
  it.each([
    [DIGEST, DIGEST, true],
    [` ${DIGEST.toUpperCase()}\n`, DIGEST, true],
    [`${DIGEST.slice(0, 32)}\n${DIGEST.slice(32)}`, DIGEST, true],
    [DIGEST.slice(1), DIGEST.slice(1), false],
    [`${DIGEST.slice(1)}g`, `${DIGEST.slice(1)}g`, false],
    ['', '', false],
  ])('%j → %s (%s)', (pasted, normalized, valid) => {
    expect(normalizeDigest(pasted)).toBe(normalized);
    expect(isSha256Digest(normalizeDigest(pasted))).toBe(valid);
  });
});
