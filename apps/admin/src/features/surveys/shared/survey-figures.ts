/**
 * How the survey figures read on screen. The API rounds (NPS one decimal, shares three); these
 * functions only format, so the screen never shows a figure the API did not compute.
 */

const integer = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('ja-JP', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const twoDecimals = new Intl.NumberFormat('ja-JP', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const MINUS = '\u2212';
const DASH = '—';

/** A count with thousands separators: 1234 → "1,234". */
export function formatCount(n: number): string {
  return integer.format(n);
}

/** An NPS (−100…100) with its sign and one decimal: 25 → "+25.0", −30 → "−30.0", 0 → "0.0". */
export function formatNpsScore(score: number | null | undefined): string {
  if (score === null || score === undefined) return DASH;
  const text = oneDecimal.format(Math.abs(score));
  if (text === '0.0') return text;
  return `${score > 0 ? '+' : MINUS}${text}`;
}

/** An NPS margin of error in points: 25.7 → "±25.7". */
export function formatNpsMargin(margin: number | null | undefined): string {
  return margin === null || margin === undefined ? DASH : `±${oneDecimal.format(margin)}`;
}

/**
 * A 0–1 ratio in percent without the binary noise of × 100 (0.0045 × 100 = 0.44999…, which
 * would round to 0.4 where the API's half-away-from-zero means 0.5).
 */
const toPercent = (ratio: number) => Number((ratio * 100).toPrecision(12));

/** A share 0–1 as a percentage with one decimal: 0.625 → "62.5%". */
export function formatShare(share: number | null | undefined): string {
  return share === null || share === undefined ? DASH : `${oneDecimal.format(toPercent(share))}%`;
}

/** A share's margin of error 0–1 in percentage points: 0.335 → "±33.5 pt". */
export function formatShareMargin(margin: number | null | undefined): string {
  return margin === null || margin === undefined
    ? DASH
    : `±${oneDecimal.format(toPercent(margin))} pt`;
}

/** A mean score with two decimals: 3.625 → "3.63" (the API already rounds to two). */
export function formatMean(mean: number | null | undefined): string {
  return mean === null || mean === undefined ? DASH : twoDecimals.format(mean);
}

/** A part of a whole in percent, for 100 % stacked bars (0 when the whole is 0). */
export function percentOf(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0;
}

export interface TrendPoint {
  /** YYYY-MM. */
  key: string;
  value: number | null;
  margin: number | null;
  responses: number;
  smallSample: boolean;
}

export interface TrendSeries {
  labels: string[];
  values: (number | null)[];
  /** Lower edge of the 95 % band; null where the band is hidden (small sample, no data). */
  lower: (number | null)[];
  /** Height of the band above `lower` (echarts draws the band as a stacked area). */
  band: (number | null)[];
  smallSample: boolean[];
}

/**
 * A monthly trend with its 95 % band (value ± margin), clamped to the scale. Small-sample months
 * keep their point (marked by the chart) but get no band: a band would suggest a precision that
 * the sample does not have.
 */
export function trendSeries(
  points: readonly TrendPoint[],
  scale: { min: number; max: number },
): TrendSeries {
  const clamp = (v: number) => Math.min(scale.max, Math.max(scale.min, v));
  const round = (v: number) => Math.round(v * 10) / 10;
  const out: TrendSeries = { labels: [], values: [], lower: [], band: [], smallSample: [] };
  for (const p of points) {
    out.labels.push(formatMonthKey(p.key));
    out.values.push(p.value);
    const banded = p.value !== null && p.margin !== null && !p.smallSample;
    const lower = banded ? clamp(p.value! - p.margin!) : null;
    const upper = banded ? clamp(p.value! + p.margin!) : null;
    out.lower.push(lower === null ? null : round(lower));
    out.band.push(lower === null || upper === null ? null : round(upper - lower));
    out.smallSample.push(p.smallSample);
  }
  return out;
}

/** A YYYY-MM group key as YYYY/MM; other keys (FY2025-Q1, BASIC…) unchanged. */
export function formatMonthKey(key: string): string {
  return /^\d{4}-\d{2}$/.test(key) ? key.replace('-', '/') : key;
}
