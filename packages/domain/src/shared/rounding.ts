/** Round to `decimals` places, halves away from zero (12.25 → 12.3, −12.25 → −12.3). */
export function roundHalfAwayFromZero(x: number, decimals: number): number {
  const factor = 10 ** decimals;
  // toPrecision strips binary noise (1.005 × 100 = 100.49999…) before rounding.
  const scaled = Number((Math.abs(x) * factor).toPrecision(15));
  const rounded = Math.round(scaled) / factor;
  return x < 0 ? -rounded : rounded;
}
