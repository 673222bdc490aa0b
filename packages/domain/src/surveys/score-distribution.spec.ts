import { summariseDistribution } from './score-distribution.js';

const scale = { min: 1, max: 5 };

describe('summariseDistribution', () => {
  it.each([
    // distribution (index = score), responses, mean, share (≥ 4), margin of error
    [[0, 1, 1, 1, 1, 1], 5, 3, 0.4, 0.429],
    [[0, 0, 0, 0, 0, 3], 3, 5, 1, 0],
    [[0, 2, 0, 0, 1], 3, 2, 0.333, 0.533],
    [[0, 0, 0, 2], 2, 3, 0, 0],
    [[0, 10, 0, 0, 20, 10], 40, 3.5, 0.75, 0.134],
  ])('%j → n %i, mean %d, share %d ± %d', (distribution, responses, mean, share, moe) => {
    expect(summariseDistribution(distribution, scale, 4)).toEqual({
      responses,
      mean,
      share,
      shareMarginOfError: moe,
      smallSample: responses < 30,
    });
  });

  it.each([[[]], [[0, 0, 0, 0, 0, 0]]])('has no statistics for %j', (distribution) => {
    expect(summariseDistribution(distribution, scale, 4)).toEqual({
      responses: 0,
      mean: null,
      share: null,
      shareMarginOfError: null,
      smallSample: true,
    });
  });

  it.each([
    ['a count for score 0 on a 1–5 scale', [1, 0, 0, 0, 0, 1]],
    ['a count above the scale', [0, 0, 0, 0, 0, 0, 1]],
    ['a negative count', [0, -1, 2]],
    ['a fractional count', [0, 1.5]],
  ])('refuses %s', (_name, distribution) => {
    expect(() => summariseDistribution(distribution, scale, 4)).toThrow(RangeError);
  });
});
