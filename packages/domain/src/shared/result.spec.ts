import { err, ok, type Result } from './result.js';

const half = (n: number): Result<number, string> => (n % 2 === 0 ? ok(n / 2) : err('odd'));

describe('Result', () => {
  it.each([
    [4, { ok: true, value: 2 }],
    [3, { ok: false, error: 'odd' }],
  ])('half(%i) = %j', (n, result) => {
    expect(half(n)).toEqual(result);
  });
});
