import type { MrrChangeGroup, RevenuePeriod } from '@kizuna/domain';
import type { Queryable } from '../../db/queryable';

/** $1 keys, $2 first days, $3 last days (Tokyo, inclusive) of the report's periods. */
const PERIODS = `(SELECT * FROM unnest($1::text[], $2::date[], $3::date[]) AS p(key, from_day, to_day)) p`;
const periodParams = (periods: readonly RevenuePeriod[]) => [
  periods.map((p) => p.key),
  periods.map((p) => p.from),
  periods.map((p) => p.to),
];

/** A customer's fee row in force at the end of a day: the last by (effective_from, id). */
const feeAt = (cmp: '<' | '<=', day: string) => `(
  SELECT f.monthly_fee_excl_tax AS fee, f.plan_code FROM subscription_fee f
   WHERE f.customer_id = cu.customer_id AND f.effective_from ${cmp} ${day}
   ORDER BY f.effective_from DESC, f.id DESC LIMIT 1)`;

export interface MrrChangeRow extends MrrChangeGroup {
  key: string;
}

/**
 * Each period's customers, grouped by what classifies their movement (ADR 0018): MRR at the start
 * (in force at the end of the day before it) and at the end, whether they paid before, summed.
 * A customer belongs to the plan of its contract at the end, or to the plan it left when it pays
 * nothing then; $4 (plan codes) keeps those plans. One statement for every period.
 */
export async function countMrrChanges(
  db: Queryable,
  periods: readonly RevenuePeriod[],
  planCodes: string[] | null,
): Promise<MrrChangeRow[]> {
  return db.query(
    `WITH x AS (
       SELECT p.key, COALESCE(st.fee, 0) AS start_mrr, COALESCE(en.fee, 0) AS end_mrr,
              CASE WHEN COALESCE(en.fee, 0) > 0 THEN en.plan_code ELSE st.plan_code END AS plan_code,
              COALESCE(st.fee, 0) > 0 OR EXISTS (
                SELECT 1 FROM subscription_fee f
                 WHERE f.customer_id = cu.customer_id AND f.monthly_fee_excl_tax > 0 AND f.effective_from < p.from_day
                   AND (f.effective_to IS NULL OR f.effective_to > f.effective_from)) AS paid_before
         FROM ${PERIODS}
        CROSS JOIN (SELECT DISTINCT customer_id FROM subscription_fee) cu
         LEFT JOIN LATERAL ${feeAt('<', 'p.from_day')} st ON true
         LEFT JOIN LATERAL ${feeAt('<=', 'p.to_day')} en ON true
     )
     SELECT key, count(*)::int AS customers, sum(start_mrr)::bigint::float8 AS "startMrrYen",
            sum(end_mrr)::bigint::float8 AS "endMrrYen", paid_before AS "paidBeforeStart"
       FROM x
      WHERE (start_mrr > 0 OR end_mrr > 0) AND ($4::text[] IS NULL OR plan_code = ANY($4::text[]))
      GROUP BY key, start_mrr > 0, end_mrr > 0, sign(end_mrr - start_mrr), paid_before`,
    [...periodParams(periods), planCodes],
  );
}

export interface TrialEndRow {
  key: string;
  ended: number;
  converted: number;
}

/**
 * Trials that ended in each period — a fee row leaving TRIAL: to ACTIVE (converted), EXPIRED or
 * CANCELLED — by the plan they ended on (the plan converted to, for a conversion).
 */
export async function countTrialEnds(
  db: Queryable,
  periods: readonly RevenuePeriod[],
  planCodes: string[] | null,
): Promise<TrialEndRow[]> {
  return db.query(
    `SELECT p.key, count(*)::int AS ended, (count(*) FILTER (WHERE t.status = 'ACTIVE'))::int AS converted
       FROM (SELECT f.status, f.plan_code, f.effective_from,
                    lag(f.status) OVER (PARTITION BY f.subscription_id ORDER BY f.effective_from, f.id) AS before
               FROM subscription_fee f) t
       JOIN ${PERIODS} ON t.effective_from BETWEEN p.from_day AND p.to_day
      WHERE t.before = 'TRIAL' AND t.status <> 'TRIAL'
        AND ($4::text[] IS NULL OR t.plan_code = ANY($4::text[]))
      GROUP BY p.key`,
    [...periodParams(periods), planCodes],
  );
}
