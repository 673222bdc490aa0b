import { computeCsat } from './csat.rules.js';

describe('computeCsat', () => {
  it.each([
    // index = score 1–5
    [[0, 1, 1, 1, 1, 1], 5, 0.4, 3],
    [[0, 0, 0, 1, 2, 1], 4, 0.75, 4],
    [[0, 3, 2, 0, 0, 0], 5, 0, 1.4],
    [[0, 0, 0, 0, 10, 20], 30, 1, 4.67],
    [[0, 0, 0, 10, 0, 0], 10, 0, 3], // 3 is neutral, not satisfied
  ])('%j → n %i, satisfied %d, mean %d', (distribution, responses, satisfied, mean) => {
    expect(computeCsat(distribution)).toMatchObject({
      responses,
      satisfiedShare: satisfied,
      mean,
      smallSample: responses < 30,
    });
  });

  it('has no statistics without responses', () => {
    expect(computeCsat([])).toEqual({
      responses: 0,
      satisfiedShare: null,
      satisfiedShareMarginOfError: null,
      mean: null,
      smallSample: true,
    });
  });

  it.each([[[1, 0, 0, 0, 0, 0]], [[0, 0, 0, 0, 0, 0, 1]]])('refuses %j (outside 1–5)', (d) => {
    expect(() => computeCsat(d)).toThrow(RangeError);
  });
});
