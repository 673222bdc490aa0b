import type { Queryable } from '../../db/queryable';
import type { SlaMonth } from '@kizuna/domain';

export interface SlaPlanRow {
  planCode: string;
  targetPercent: number;
  measuredPercent: number | null;
  creditPercent: number | null;
  incidentNote: string | null;
  /** Customers ACTIVE on the plan at any time in the month (fee history, ADR 0018). */
  customersActive: number;
  creditTotalYen: number;
  creditRequestsOpen: number;
}

/**
 * Every plan of the catalog for one month, in one statement: what was recorded, the customers on
 * the plan that month, the credits applied and the credit requests still open.
 */
export async function slaPlanRows(db: Queryable, month: SlaMonth): Promise<SlaPlanRow[]> {
  return db.query(
    `SELECT p.code AS "planCode",
            COALESCE(a.target_percent, p.sla_target_percent)::float8 AS "targetPercent",
            a.availability_percent::float8 AS "measuredPercent", a.credit_percent AS "creditPercent",
            a.incident_note AS "incidentNote",
            (SELECT count(DISTINCT f.customer_id) FROM subscription_fee f
              WHERE f.plan_code = p.code AND f.status = 'ACTIVE'
                AND f.effective_from < $2::date AND (f.effective_to IS NULL OR f.effective_to > $1::date)
                AND (f.effective_to IS NULL OR f.effective_to > f.effective_from))::int AS "customersActive",
            (SELECT COALESCE(sum(c.credit_excl_tax), 0) FROM service_credit c
              WHERE c.month = $1::date AND c.plan_code = p.code)::int AS "creditTotalYen",
            (SELECT count(*) FROM service_credit_proposal sp JOIN provisioning_request r ON r.id = sp.request_id
              WHERE sp.availability_id = a.id AND r.status IN ('PENDING_CHECK','RETURNED'))::int AS "creditRequestsOpen"
       FROM plan p
       LEFT JOIN sla_availability a ON a.plan_code = p.code AND a.month = $1::date
      ORDER BY p.sort_order, p.code`,
    [month.firstDay, month.nextFirstDay],
  );
}

/**
 * Credits applied (税抜) for the months of each period: a credit counts in the period that holds
 * the month it compensates, whenever it was approved. $1 keys, $2 first and $3 last days.
 */
export async function creditSums(
  db: Queryable,
  periods: readonly { key: string; from: string; to: string }[],
  planCodes: readonly string[] | null,
): Promise<{ key: string; credits: number }[]> {
  return db.query(
    `SELECT p.key, COALESCE(sum(c.credit_excl_tax), 0)::bigint::float8 AS credits
       FROM unnest($1::text[], $2::date[], $3::date[]) AS p(key, from_day, to_day)
       JOIN service_credit c
         ON c.month <= p.to_day AND c.month + interval '1 month' > p.from_day
      WHERE $4::text[] IS NULL OR c.plan_code = ANY($4::text[])
      GROUP BY p.key`,
    [periods.map((p) => p.key), periods.map((p) => p.from), periods.map((p) => p.to), planCodes],
  );
}
