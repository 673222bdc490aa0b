import {
  formatCount,
  formatMean,
  formatMonthKey,
  formatNpsMargin,
  formatNpsScore,
  formatShare,
  formatShareMargin,
  percentOf,
  trendSeries,
} from './survey-figures';

describe('survey figures', () => {
  it.each([
    [25, '+25.0'],
    [43.3, '+43.3'],
    [-30, '−30.0'],
    [0, '0.0'],
    [100, '+100.0'],
    [null, '—'],
  ])('shows the NPS %p as %p', (score, text) => {
    expect(formatNpsScore(score)).toBe(text);
  });

  it.each([
    [formatNpsMargin(25.7), '±25.7'],
    [formatNpsMargin(4), '±4.0'],
    [formatNpsMargin(null), '—'],
    [formatShare(0.625), '62.5%'],
    [formatShare(1), '100.0%'],
    // Halves round up as the API rounds, not down with the noise of × 100 (0.44999…).
    [formatShare(0.0045), '0.5%'],
    [formatShare(0.0185), '1.9%'],
    [formatShare(0.0015), '0.2%'],
    [formatShareMargin(0.335), '±33.5 pt'],
    [formatShareMargin(0.042), '±4.2 pt'],
    [formatMean(3.63), '3.63'],
    [formatMean(4.7), '4.70'],
    [formatCount(20000), '20,000'],
    [formatCount(1234), '1,234'],
    [formatMonthKey('2026-04'), '2026/04'],
    [formatMonthKey('FY2025-Q1'), 'FY2025-Q1'],
  ])('formats %p', (actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('gives 100 % stacked bars their percentages, empty groups none', () => {
    expect([percentOf(2, 10), percentOf(3, 10), percentOf(5, 10)]).toEqual([20, 30, 50]);
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(0, 0)).toBe(0);
  });

  it('draws the 95 % band as value ± margin, clamped, and hides it for small samples', () => {
    const series = trendSeries(
      [
        { key: '2026-04', value: 25, margin: 4.2, responses: 800, smallSample: false },
        { key: '2026-05', value: 96, margin: 6, responses: 300, smallSample: false },
        { key: '2026-06', value: -30, margin: 48.4, responses: 10, smallSample: true },
      ],
      { min: -100, max: 100 },
    );
    expect(series).toEqual({
      labels: ['2026/04', '2026/05', '2026/06'],
      values: [25, 96, -30],
      lower: [20.8, 90, null],
      band: [8.4, 10, null],
      smallSample: [false, false, true],
    });
  });
});
