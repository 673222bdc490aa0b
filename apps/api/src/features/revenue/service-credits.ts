import type { RevenuePeriod } from '@kizuna/domain';
import type { Queryable } from '../../db/queryable';
import { creditSums } from '../sla/sla-report.query';

/**
 * Service credits (税抜, yen) applied for each period, by period key: what revenueReport subtracts
 * from MRR. A credit belongs to the month it compensates (ADR 0020), whenever it was approved;
 * with plan codes, to the plan whose availability was below its target. One statement.
 */
export async function creditsByPeriod(
  db: Queryable,
  periods: readonly RevenuePeriod[],
  planCodes: readonly string[] | null = null,
): Promise<Map<string, number>> {
  const sums = await creditSums(db, periods, planCodes);
  return new Map(periods.map((p) => [p.key, sums.find((s) => s.key === p.key)?.credits ?? 0]));
}
