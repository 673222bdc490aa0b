import { computeNps, npsCategory, tallyNps, tallyNpsScoreCounts } from './nps.rules.js';

describe('npsCategory', () => {
  it.each([
    [0, 'DETRACTOR'],
    [6, 'DETRACTOR'],
    [7, 'PASSIVE'],
    [8, 'PASSIVE'],
    [9, 'PROMOTER'],
    [10, 'PROMOTER'],
  ])('%i is a %s', (score, category) => expect(npsCategory(score)).toBe(category));

  it.each([-1, 11, 8.5, Number.NaN])('refuses %d', (score) => {
    expect(() => npsCategory(score)).toThrow(RangeError);
  });
});

describe('tallyNps', () => {
  it.each([
    [[], { promoters: 0, passives: 0, detractors: 0 }],
    [[10, 9, 8, 7, 6, 0], { promoters: 2, passives: 2, detractors: 2 }],
    [[9, 9, 9, 3], { promoters: 3, passives: 0, detractors: 1 }],
  ])('%j → %j', (scores, counts) => expect(tallyNps(scores)).toEqual(counts));
});

describe('tallyNpsScoreCounts', () => {
  it.each([
    [[], { promoters: 0, passives: 0, detractors: 0 }],
    [
      [
        [10, 40],
        [9, 2],
        [8, 5],
        [7, 0],
        [6, 3],
        [0, 1],
      ],
      { promoters: 42, passives: 5, detractors: 4 },
    ],
  ] as const)('%j → %j', (scoreCounts, counts) =>
    expect(tallyNpsScoreCounts(scoreCounts)).toEqual(counts),
  );

  it('refuses a score outside 0–10', () => {
    expect(() => tallyNpsScoreCounts([[11, 1]])).toThrow(RangeError);
  });
});

/** The textbook formula, written independently: MoE from the per-answer variance of +1/0/−1. */
function reference(p: number, a: number, d: number) {
  const n = p + a + d;
  const mean = (p - d) / n;
  const variance = (p * (1 - mean) ** 2 + a * mean ** 2 + d * (-1 - mean) ** 2) / n;
  return { score: mean * 100, moe: 1.96 * Math.sqrt(variance / n) * 100 };
}

describe('computeNps', () => {
  it.each([
    // promoters, passives, detractors, score, margin of error, small sample
    [50, 30, 20, 30, 15.3, false], // √((.5 + .2 − .3²) / 100) · 196 = 15.31,
    [10, 0, 0, 100, 0, true],
    [0, 0, 10, -100, 0, true],
    [0, 10, 0, 0, 0, true],
    [5, 0, 5, 0, 62, true],
    [1, 6, 1, 0, 34.6, true], // 0 exactly
    [3, 4, 1, 25, 45.8, true], // 25 exactly
    [1, 6, 0, 14.3, 25.9, true], // 14.2857… → 14.3
    [2, 13, 1, 6.3, 21, true], // 6.25 → 6.3 (half away from zero)
    [1, 13, 2, -6.3, 21, true], // −6.25 → −6.3
    [120, 60, 20, 50, 9.3, false],
    [29, 0, 0, 100, 0, true],
    [15, 10, 5, 33.3, 26.7, false], // 30 responses: no longer small
  ])('%i/%i/%i → NPS %d ± %d', (promoters, passives, detractors, score, moe, small) => {
    const report = computeNps({ promoters, passives, detractors });
    expect(report).toEqual({
      promoters,
      passives,
      detractors,
      responses: promoters + passives + detractors,
      score,
      marginOfError: moe,
      smallSample: small,
    });
    const ref = reference(promoters, passives, detractors);
    expect(report.score).toBeCloseTo(ref.score, 1);
    expect(report.marginOfError).toBeCloseTo(ref.moe, 1);
  });

  it('has no score without responses', () => {
    expect(computeNps({ promoters: 0, passives: 0, detractors: 0 })).toEqual({
      promoters: 0,
      passives: 0,
      detractors: 0,
      responses: 0,
      score: null,
      marginOfError: null,
      smallSample: true,
    });
  });

  it.each([
    [-1, 0, 0],
    [1.5, 0, 0],
    [0, Number.NaN, 0],
  ])('refuses counts %d/%d/%d', (promoters, passives, detractors) => {
    expect(() => computeNps({ promoters, passives, detractors })).toThrow(RangeError);
  });
});
