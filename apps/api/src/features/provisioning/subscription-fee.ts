import { monthlyFee, type TaxedAmount } from '@kizuna/domain';
import type { Queryable } from '../../db/queryable';

export interface Contract {
  status: string;
  planCode: string;
  optionCodes: readonly string[];
}

/**
 * The monthly fee of each contract at the catalog's current prices, read in one statement:
 * 0 unless ACTIVE, as Subscription.monthlyFee shows it.
 */
export async function monthlyFeesOf(
  db: Queryable,
  contracts: readonly Contract[],
): Promise<TaxedAmount[]> {
  const rows: { kind: 'plan' | 'option'; code: string; monthly_fee_yen: number }[] = await db.query(
    `SELECT 'plan' AS kind, code, monthly_fee_yen FROM plan WHERE code = ANY($1::text[])
     UNION ALL
     SELECT 'option', code, monthly_fee_yen FROM catalog_option WHERE code = ANY($2::text[])`,
    [contracts.map((c) => c.planCode), contracts.flatMap((c) => c.optionCodes)],
  );
  const fee = (kind: 'plan' | 'option', code: string) => ({
    monthlyFeeYen: rows.find((r) => r.kind === kind && r.code === code)?.monthly_fee_yen ?? 0,
  });
  return contracts.map((c) =>
    c.status === 'ACTIVE'
      ? monthlyFee(
          fee('plan', c.planCode),
          c.optionCodes.map((code) => fee('option', code)),
        )
      : monthlyFee(null, []),
  );
}
