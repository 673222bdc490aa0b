import { isSmallSample } from './sample-size.js';

describe('isSmallSample', () => {
  it.each([
    [0, true],
    [29, true],
    [30, false],
    [1000, false],
  ])('%i responses: small = %s', (n, small) => expect(isSmallSample(n)).toBe(small));
});
