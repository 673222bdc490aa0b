import type { ActiveCount, ChurnCount, ChurnPeriod, ChurnReason } from '@kizuna/domain';
import { keysetPage } from '../../db/keyset-page';
import type { Queryable } from '../../db/queryable';

export interface ChurnScope extends ChurnPeriod {
  planCodes: string[] | null;
}

/** A monthly fee (税抜) on a Tokyo day: the dated price in force then, else the current one. */
const feeOn = (item: 'plan' | 'option', alias: string, day: string) =>
  `COALESCE((SELECT cp.monthly_fee_yen FROM catalog_price cp
              WHERE cp.${item}_id = ${alias}.id AND cp.valid_from <= ${day}
              ORDER BY cp.valid_from DESC LIMIT 1), ${alias}.monthly_fee_yen)`;

/**
 * Every churn: a move ACTIVE → CHURNED (an expired trial goes TRIAL → LEAD and never appears),
 * with the reason and note of the applied cancellation behind it (else the subscription's, for
 * the latest churn; else OTHER) and the plan and options it ended (the cancellation's history
 * row; else the subscription's current ones). $1, $2: first and last Tokyo day; $3: plan codes.
 */
const CHURNS = `(
  SELECT sc.id, sc.customer_id, sc.changed_at, cu.name AS customer_name,
         (sc.changed_at AT TIME ZONE 'Asia/Tokyo')::date AS day,
         COALESCE(pr.churn_reason, latest.churn_reason, 'OTHER') AS reason,
         COALESCE(pr.churn_note, latest.churn_note) AS note,
         COALESCE(h.plan_code, (SELECT code FROM plan WHERE id = s.plan_id), 'NONE') AS plan_code,
         COALESCE(h.option_codes, (SELECT array_agg(o.code) FROM subscription_option so
                   JOIN catalog_option o ON o.id = so.option_id WHERE so.subscription_id = s.id), '{}') AS option_codes
    FROM customer_stage_change sc
    JOIN customer cu ON cu.id = sc.customer_id
    LEFT JOIN subscription s ON s.customer_id = sc.customer_id
    LEFT JOIN LATERAL (
      SELECT r.churn_reason, r.churn_note FROM provisioning_request r
       WHERE r.customer_id = sc.customer_id AND r.kind = 'CANCELLATION' AND r.status = 'APPLIED'
         AND r.effective_date <= (sc.changed_at AT TIME ZONE 'Asia/Tokyo')::date
       ORDER BY r.effective_date DESC, r.created_at DESC LIMIT 1) pr ON true
    LEFT JOIN LATERAL (
      SELECT s.churn_reason, s.churn_note WHERE s.status = 'CANCELLED' AND NOT EXISTS (
        SELECT 1 FROM customer_stage_change later WHERE later.customer_id = sc.customer_id
           AND later.to_stage = 'CHURNED' AND later.changed_at > sc.changed_at)) latest ON true
    LEFT JOIN LATERAL (
      SELECT plan_code_before AS plan_code, option_codes_before AS option_codes
        FROM subscription_history
       WHERE subscription_id = s.id AND status_after = 'CANCELLED' AND changed_at <= sc.changed_at
       ORDER BY changed_at DESC, id DESC LIMIT 1) h ON true
   WHERE sc.to_stage = 'CHURNED' AND sc.from_stage = 'ACTIVE'
     AND sc.changed_at >= ($1::date)::timestamp AT TIME ZONE 'Asia/Tokyo'
     AND sc.changed_at < ($2::date + 1)::timestamp AT TIME ZONE 'Asia/Tokyo'
) ch`;
const PLAN_FILTER = `($3::text[] IS NULL OR ch.plan_code = ANY($3::text[]))`;
const scopeParams = (s: ChurnScope) => [s.from, s.to, s.planCodes];

/** Churns per Tokyo month, reason and plan, with the fees (税抜) they ended. */
export async function countChurns(db: Queryable, scope: ChurnScope): Promise<ChurnCount[]> {
  const rows: (ChurnCount & { reason: ChurnReason })[] = await db.query(
    `SELECT to_char(ch.day, 'YYYY-MM') AS month, ch.reason, ch.plan_code AS "planCode",
            count(*)::int AS "customersLost",
            sum((SELECT COALESCE(sum(${feeOn('plan', 'p', 'ch.day')}), 0) FROM plan p WHERE p.code = ch.plan_code)
              + (SELECT COALESCE(sum(${feeOn('option', 'o', 'ch.day')}), 0) FROM catalog_option o
                  WHERE o.code = ANY(ch.option_codes)))::int AS "mrrLostYen"
       FROM ${CHURNS} WHERE ${PLAN_FILTER}
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    scopeParams(scope),
  );
  return rows;
}

/**
 * Customers ACTIVE at 00:00 JST of each day (their last stage change before it), per plan then
 * (the subscription's last history row before it; else its current plan).
 */
export async function countActive(
  db: Queryable,
  days: readonly string[],
  planCodes: string[] | null,
): Promise<ActiveCount[]> {
  return db.query(
    `SELECT to_char(d.day, 'YYYY-MM-DD') AS date, a.plan_code AS "planCode", count(*)::int AS active
       FROM unnest($1::date[]) AS d(day)
       CROSS JOIN LATERAL (
         SELECT COALESCE(h.plan_code, (SELECT code FROM plan WHERE id = s.plan_id), 'NONE') AS plan_code
           FROM (SELECT DISTINCT ON (customer_id) customer_id, to_stage FROM customer_stage_change
                  WHERE changed_at < d.day::timestamp AT TIME ZONE 'Asia/Tokyo'
                  ORDER BY customer_id, changed_at DESC, id DESC) st
           LEFT JOIN subscription s ON s.customer_id = st.customer_id
           LEFT JOIN LATERAL (
             SELECT plan_code_after AS plan_code FROM subscription_history
              WHERE subscription_id = s.id AND changed_at < d.day::timestamp AT TIME ZONE 'Asia/Tokyo'
              ORDER BY changed_at DESC, id DESC LIMIT 1) h ON true
          WHERE st.to_stage = 'ACTIVE') a
      WHERE $2::text[] IS NULL OR a.plan_code = ANY($2::text[])
      GROUP BY 1, 2 ORDER BY 1, 2`,
    [days, planCodes],
  );
}

export interface ChurnNoteRow {
  id: string;
  customer_id: string;
  customer_name: string;
  changed_at: Date;
  reason: ChurnReason;
  plan_code: string;
  note: string;
}

/** Churns with a note, newest first, by keyset; narrowed to a reason, a plan or a few days. */
export function listChurnNotes(
  db: Queryable,
  args: {
    scope: ChurnScope;
    reason?: string | null;
    planCode?: string | null;
    first: number;
    after?: string | null;
  },
) {
  const params: unknown[] = scopeParams(args.scope);
  const where = [PLAN_FILTER, `ch.note IS NOT NULL`, `btrim(ch.note) <> ''`];
  if (args.reason) {
    params.push(args.reason);
    where.push(`ch.reason = $${params.length}`);
  }
  if (args.planCode) {
    params.push(args.planCode);
    where.push(`ch.plan_code = $${params.length}`);
  }
  return keysetPage<ChurnNoteRow>(db, {
    select: `ch.id::text, ch.customer_id::text, ch.customer_name, ch.changed_at, ch.reason, ch.plan_code, ch.note`,
    from: CHURNS,
    where,
    params,
    sortColumn: 'ch.changed_at',
    sortType: 'timestamptz',
    sortKeySql: `to_char(ch.changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    idColumn: 'ch.id',
    idType: 'bigint',
    direction: 'DESC',
    first: args.first,
    after: args.after,
  });
}
