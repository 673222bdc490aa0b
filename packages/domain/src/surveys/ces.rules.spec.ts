import { computeCes } from './ces.rules.js';

describe('computeCes', () => {
  it.each([
    // index = score 1–7
    [[0, 1, 1, 1, 1, 1, 1, 1], 7, 4, 0.429],
    [[0, 0, 0, 0, 4, 0, 0, 0], 4, 4, 0], // 4 is neutral, not easy
    [[0, 0, 0, 0, 0, 1, 1, 1], 3, 6, 1],
    [[0, 10, 0, 0, 0, 0, 0, 20], 30, 5, 0.667],
  ])('%j → n %i, mean %d, easy %d', (distribution, responses, mean, easy) => {
    expect(computeCes(distribution)).toMatchObject({
      responses,
      mean,
      easyShare: easy,
      smallSample: responses < 30,
    });
  });

  it('has no statistics without responses', () => {
    expect(computeCes([0, 0, 0])).toMatchObject({ responses: 0, mean: null, easyShare: null });
  });

  it.each([[[1]], [[0, 0, 0, 0, 0, 0, 0, 0, 1]]])('refuses %j (outside 1–7)', (d) => {
    expect(() => computeCes(d)).toThrow(RangeError);
  });
});
