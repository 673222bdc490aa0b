import type { Queryable } from '../../db/queryable';

/** One customer-day to store (validated). */
export interface DailyUsageRow {
  customerId: string;
  date: string;
  activeUsers: number;
  storageGb: number;
}

/**
 * Create the monthly partitions of these days that do not exist yet (as the owner, through
 * kizuna_ensure_usage_partitions). Called before the transaction that writes them, so that its
 * short DDL locks are not held while rows are written.
 */
export async function ensureUsagePartitions(db: Queryable, rows: readonly DailyUsageRow[]) {
  if (rows.length === 0) return;
  let first = rows[0]!.date;
  let last = first;
  for (const r of rows) {
    if (r.date < first) first = r.date;
    if (r.date > last) last = r.date;
  }
  await db.query(`SELECT kizuna_ensure_usage_partitions($1::date, $2::date)`, [first, last]);
}

/**
 * Upsert the days (a day sent again replaces it) and move the monthly sums by the difference,
 * in one statement: the old values are read in the same snapshot as the upsert. A replaced day
 * whose users went down may have been its month's peak: those customer-months are recomputed
 * from their days. `rows` must not name a customer-day twice. Returns how many days replaced
 * an earlier value.
 */
export async function upsertDailyUsage(
  db: Queryable,
  rows: readonly DailyUsageRow[],
): Promise<{ replaced: number }> {
  if (rows.length === 0) return { replaced: 0 };
  const ids: string[] = [];
  const dates: string[] = [];
  const users: number[] = [];
  const storage: number[] = [];
  let first = rows[0]!.date;
  let last = first;
  for (const r of rows) {
    ids.push(r.customerId);
    dates.push(r.date);
    users.push(r.activeUsers);
    storage.push(r.storageGb);
    if (r.date < first) first = r.date;
    if (r.date > last) last = r.date;
  }
  const [result]: { replaced: number; recompute_ids: string[]; recompute_months: string[] }[] =
    await db.query(
      `WITH input AS (
         SELECT * FROM unnest($1::uuid[], $2::date[], $3::int[], $4::numeric[])
                    AS i(customer_id, usage_date, active_users, storage_gb)),
       old AS (
         SELECT d.customer_id, d.usage_date, d.active_users, d.storage_gb
           FROM daily_usage d
           JOIN input i ON i.customer_id = d.customer_id AND i.usage_date = d.usage_date
          WHERE d.usage_date BETWEEN $5::date AND $6::date AND d.customer_id = ANY($7::uuid[])),
       up AS (
         INSERT INTO daily_usage (customer_id, usage_date, active_users, storage_gb)
         SELECT customer_id, usage_date, active_users, storage_gb FROM input
         ON CONFLICT (customer_id, usage_date) DO UPDATE
            SET active_users = EXCLUDED.active_users, storage_gb = EXCLUDED.storage_gb,
                recorded_at = EXCLUDED.recorded_at
         RETURNING 1),
       change AS (
         SELECT i.customer_id, date_trunc('month', i.usage_date)::date AS month,
                count(*) - count(o.usage_date) AS days,
                sum(i.active_users) - coalesce(sum(o.active_users), 0) AS active_users_sum,
                max(i.active_users) AS active_users_peak,
                sum(i.storage_gb) - coalesce(sum(o.storage_gb), 0) AS storage_gb_sum,
                coalesce(bool_or(o.active_users > i.active_users), false) AS lowered
           FROM input i LEFT JOIN old o USING (customer_id, usage_date)
          GROUP BY 1, 2),
       rolled AS (
         INSERT INTO usage_month AS um (customer_id, month, days, active_users_sum,
                                        active_users_peak, storage_gb_sum)
         SELECT customer_id, month, days, active_users_sum, active_users_peak, storage_gb_sum
           FROM change
         ON CONFLICT (customer_id, month) DO UPDATE
            SET days = um.days + EXCLUDED.days,
                active_users_sum = um.active_users_sum + EXCLUDED.active_users_sum,
                active_users_peak = greatest(um.active_users_peak, EXCLUDED.active_users_peak),
                storage_gb_sum = um.storage_gb_sum + EXCLUDED.storage_gb_sum
         RETURNING 1)
       SELECT (SELECT count(*) FROM old)::int AS replaced,
              coalesce((SELECT array_agg(customer_id::text) FROM change WHERE lowered), '{}') AS recompute_ids,
              coalesce((SELECT array_agg(month::text) FROM change WHERE lowered), '{}') AS recompute_months`,
      // $7: each customer once (a batch names a few customers thousands of times; probing the
      // index of every partition once per row, not per customer, made batches 10× slower).
      [ids, dates, users, storage, first, last, [...new Set(ids)]],
    );
  if (result!.recompute_ids.length > 0)
    await recomputeUsageMonths(db, result!.recompute_ids, result!.recompute_months);
  return { replaced: result!.replaced };
}

/** The monthly sums of these customer-months, recomputed from their days. */
async function recomputeUsageMonths(db: Queryable, ids: string[], months: string[]) {
  await db.query(
    `UPDATE usage_month um
        SET days = s.days, active_users_sum = s.active_users_sum,
            active_users_peak = s.active_users_peak, storage_gb_sum = s.storage_gb_sum
       FROM unnest($1::uuid[], $2::date[]) AS k(customer_id, month)
       CROSS JOIN LATERAL (
         SELECT count(*) AS days, sum(active_users) AS active_users_sum,
                max(active_users) AS active_users_peak, sum(storage_gb) AS storage_gb_sum
           FROM daily_usage d
          WHERE d.customer_id = k.customer_id
            AND d.usage_date >= k.month AND d.usage_date < k.month + interval '1 month') s
      WHERE um.customer_id = k.customer_id AND um.month = k.month`,
    [ids, months],
  );
}
