/** Japanese consumption tax (標準税率 10 %). */
export const CONSUMPTION_TAX_RATE = 0.1;
/** The same rate as a whole percentage, so that tax is computed in integers. */
const TAX_PERCENT = 10;

export interface TaxedAmount {
  /** 税抜 */
  excludingTax: number;
  tax: number;
  /** 税込 */
  includingTax: number;
}

/**
 * Add 10 % consumption tax to a monthly total in whole yen. Rounding rule: the tax is computed
 * once on the monthly total (not per line) and rounded down to the yen (切り捨て), in integers.
 */
export function withConsumptionTax(yenExcludingTax: number): TaxedAmount {
  if (!Number.isSafeInteger(yenExcludingTax))
    throw new RangeError(`whole yen expected, got ${yenExcludingTax}`);
  const tax = Math.floor((yenExcludingTax * TAX_PERCENT) / 100);
  return { excludingTax: yenExcludingTax, tax, includingTax: yenExcludingTax + tax };
}
