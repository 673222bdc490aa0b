import { roundHalfAwayFromZero } from './rounding.js';

describe('roundHalfAwayFromZero', () => {
  it.each([
    [12.25, 1, 12.3],
    [-12.25, 1, -12.3],
    [12.24, 1, 12.2],
    [33.3333, 1, 33.3],
    [1.005, 2, 1.01],
    [0.1235, 3, 0.124],
    [-0.04, 1, -0],
    [7, 1, 7],
    [2.5, 0, 3],
    [-2.5, 0, -3],
  ])('%d to %i places → %d', (x, decimals, rounded) => {
    expect(roundHalfAwayFromZero(x, decimals)).toBe(rounded);
  });
});
