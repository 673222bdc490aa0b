import {
  usageMonths,
  usagePeriodSplit,
  usageTimeKey,
  type UsageGroupBy,
  type UsageGroupSums,
} from '@kizuna/domain';
import type { Queryable } from '../../db/queryable';

export interface UsageScope {
  from: string;
  to: string;
  planCodes: string[] | null;
  customerIds: string[] | null;
}

export interface UsageGroupRow extends UsageGroupSums {
  /** The customer's name (CUSTOMER groups), else null. */
  name: string | null;
}

/**
 * Per group, the sums of its customers' figures (see UsageGroupSums), in one statement. Whole
 * months come from usage_month (one row per customer-month), the days at either end of the
 * period from daily_usage; both filtered on their partition or month key, so PostgreSQL reads
 * only the months the period touches.
 */
export function usageGroupSums(
  db: Queryable,
  scope: UsageScope,
  groupBy: UsageGroupBy,
  fiscalYearStartMonth: number,
): Promise<UsageGroupRow[]> {
  const { sql, params } = usageGroupSumsQuery(scope, groupBy, fiscalYearStartMonth);
  return db.query(sql, params);
}

/** The statement of usageGroupSums and its parameters (tests EXPLAIN it). */
export function usageGroupSumsQuery(
  scope: UsageScope,
  groupBy: UsageGroupBy,
  fiscalYearStartMonth: number,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const split = usagePeriodSplit(scope.from, scope.to);
  const customers = scope.customerIds ? param(scope.customerIds) : null;
  const ofCustomers = customers ? ` AND customer_id = ANY(${customers}::uuid[])` : '';

  const parts: string[] = [];
  let daysOutsideMonths = '';
  if (split) {
    const fullFrom = param(split.fullFrom);
    const fullTo = param(split.fullTo);
    parts.push(`SELECT customer_id, month, days, active_users_sum AS a, active_users_peak AS p,
                       storage_gb_sum AS s
                  FROM usage_month
                 WHERE month >= ${fullFrom}::date AND month < ${fullTo}::date${ofCustomers}`);
    daysOutsideMonths = ` AND (usage_date < ${fullFrom}::date OR usage_date >= ${fullTo}::date)`;
  }
  if (!split || split.fullFrom > scope.from || split.fullTo <= scope.to)
    parts.push(`SELECT customer_id, date_trunc('month', usage_date)::date AS month, count(*) AS days,
                       sum(active_users) AS a, max(active_users) AS p, sum(storage_gb) AS s
                  FROM daily_usage
                 WHERE usage_date >= ${param(scope.from)}::date AND usage_date <= ${param(scope.to)}::date${daysOutsideMonths}${ofCustomers}
                 GROUP BY 1, 2`);

  let key = 'm.customer_id::text';
  let joins = '';
  if (groupBy === 'PLAN') {
    key = `coalesce(pl.code, 'NONE')`;
    joins = `LEFT JOIN subscription su ON su.customer_id = m.customer_id
             LEFT JOIN plan pl ON pl.id = su.plan_id`;
  } else if (groupBy === 'MONTH') {
    key = `to_char(m.month, 'YYYY-MM')`;
  } else if (groupBy !== 'CUSTOMER') {
    const months = usageMonths(scope.from, scope.to);
    const keys = months.map((m) => usageTimeKey(groupBy, m.slice(0, 7), fiscalYearStartMonth));
    joins = `JOIN unnest(${param(months)}::date[], ${param(keys)}::text[]) AS k(month, key)
               ON k.month = m.month`;
    key = 'k.key';
  }
  const plans = scope.planCodes
    ? `WHERE m.customer_id IN (SELECT ps.customer_id FROM subscription ps
                                 JOIN plan pp ON pp.id = ps.plan_id
                                WHERE pp.code = ANY(${param(scope.planCodes)}::text[]))`
    : '';

  // By month, a customer has one row of m per group already: nothing to add up per customer.
  const perCustomer =
    groupBy === 'MONTH'
      ? `SELECT ${key} AS key, m.customer_id, m.days, m.a, m.days * m.p AS p, m.s
           FROM m ${plans}`
      : `SELECT ${key} AS key, m.customer_id, sum(m.days) AS days, sum(m.a) AS a,
                sum(m.days * m.p) AS p, sum(m.s) AS s
           FROM m ${joins} ${plans}
          GROUP BY 1, 2`;
  const sql = `WITH m AS (${parts.join(' UNION ALL ')}),
     g AS (${perCustomer})
     SELECT g.key, count(*)::int AS customers, sum(g.a::float8 / g.days) AS dau,
            sum(g.p::float8 / g.days) AS mau, sum(g.s::float8 / g.days) AS "storageGb",
            ${groupBy === 'CUSTOMER' ? `(SELECT name FROM customer WHERE id = g.key::uuid)` : 'NULL'} AS name
       FROM g GROUP BY g.key ORDER BY g.key`;
  return { sql, params };
}

/** Each customer's days from `from` to `to`, in date order, in one statement. */
export async function dailyUsageOf(
  db: Queryable,
  customerIds: readonly string[],
  from: string,
  to: string,
): Promise<{ customer_id: string; date: string; active_users: number; storage_gb: number }[]> {
  return db.query(
    `SELECT customer_id::text, to_char(usage_date, 'YYYY-MM-DD') AS date, active_users,
            storage_gb::float8 AS storage_gb
       FROM daily_usage
      WHERE customer_id = ANY($1::uuid[]) AND usage_date >= $2::date AND usage_date <= $3::date
      ORDER BY customer_id, usage_date`,
    [customerIds, from, to],
  );
}
