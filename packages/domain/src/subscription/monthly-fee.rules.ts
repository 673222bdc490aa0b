import type { CatalogOption, Plan } from '../catalog/catalog.types.js';
import { withConsumptionTax, type TaxedAmount } from '../money/tax.rules.js';

/** Monthly fee of a plan and its options, tax computed once on the total (see withConsumptionTax). */
export function monthlyFee(
  plan: Pick<Plan, 'monthlyFeeYen'> | null,
  options: readonly Pick<CatalogOption, 'monthlyFeeYen'>[],
): TaxedAmount {
  const total = (plan?.monthlyFeeYen ?? 0) + options.reduce((sum, o) => sum + o.monthlyFeeYen, 0);
  return withConsumptionTax(total);
}
