import { sameCodeSet } from './code-set.js';

describe('sameCodeSet', () => {
  it.each([
    [[], [], true],
    [['A', 'B'], ['B', 'A'], true],
    [['A', 'A', 'B'], ['B', 'A'], true],
    [['A'], ['A', 'B'], false],
    [['A', 'B'], ['A'], false],
    [['A', 'C'], ['A', 'B'], false],
    [['A'], [], false],
  ])('%j vs %j: %s', (a, b, same) => {
    expect(sameCodeSet(a, b)).toBe(same);
  });
});
