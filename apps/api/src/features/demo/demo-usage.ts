import type { DataSource } from 'typeorm';
import { isoDateJst, type Clock } from '@kizuna/domain';
import { monthBefore, seedDemoSla } from './demo-sla';

const DAY_MS = 86_400_000;
/** Shares of the usage patterns, cumulative: 7 % declining, 13 % periodic, 14 % growing, the rest steady. */
const PATTERN_CUTS = { declining: 0.07, periodic: 0.2, growing: 0.34 };
/** Share of a weekday's users on a weekend or a public holiday. */
const QUIET = 0.1;
/** Days nearly everyone is off (month × 100 + day): the year-end holidays and Golden Week. */
const HOLIDAYS = [1229, 1230, 1231, 101, 102, 103, 503, 504, 505];

/**
 * A number in [0, 1) from a hash of the SQL text `key` and the seed: the same customer and day
 * always get the same draw, whatever order the rows are written in.
 */
const draw = (key: string) =>
  `((hashtextextended(${key}, $3) & 2147483647) % 1000000 / 1000000.0::float8)`;

/**
 * Daily usage of every ACTIVE and TRIAL demo customer, from its trial's first day (at most 13
 * months back) to yesterday, in one statement that also fills the monthly sums (as the store
 * does, ADR 0019). Each customer draws its licensed seats (more on dearer plans, never more than
 * its employees; a trial is a few people evaluating), how many of them work in it on a weekday, its storage per seat and a
 * pattern:
 * - STEADY (most): a slow drift up or down;
 * - GROWING: rolled out over three to eight months;
 * - PERIODIC: used by most only at the month's close (accounting, payroll): low DAU/MAU;
 * - DECLINING (a few): usage falling to a quarter over its last two to five months.
 * Weekends, the year-end holidays, Golden Week and Obon are quiet; every day has some noise.
 */
async function seedDailyUsage(dataSource: DataSource, from: string, to: string, seed: number) {
  await dataSource.query(`SELECT kizuna_ensure_usage_partitions($1::date, $2::date)`, [from, to]);
  await dataSource.query(
    `WITH customers AS MATERIALIZED (
       SELECT c.id, c.stage, p.sort_order, c.employee_count,
              (coalesce(c.trial_started_at, s.started_at) AT TIME ZONE 'Asia/Tokyo')::date AS started,
              ${draw(`c.id::text || ':seats'`)} AS r_seats,
              ${draw(`c.id::text || ':pattern'`)} AS r_pattern,
              ${draw(`c.id::text || ':engagement'`)} AS r_engagement,
              ${draw(`c.id::text || ':shape'`)} AS r_shape,
              ${draw(`c.id::text || ':storage'`)} AS r_storage
         FROM customer c
         JOIN subscription s ON s.customer_id = c.id
         JOIN plan p ON p.id = s.plan_id
        WHERE c.stage IN ('ACTIVE', 'TRIAL')),
     -- Materialized: each customer's draws once, not once per day.
     shaped AS MATERIALIZED (
       SELECT id, started, greatest(started, $1::date) AS first_day,
              -- Seats: 4 to 400, log-uniform, more on dearer plans (catalog order); a trial
              -- (on the top plan) is a few people evaluating. No more than the company employs,
              -- where its profile says (demo-profiles.ts).
              greatest(3, least(coalesce(employee_count, 400),
                                round(exp(ln(4) + r_seats * ln(100))
                                      * CASE WHEN stage = 'TRIAL' THEN 0.3 ELSE 0.5 + 0.4 * sort_order END)))::int AS seats,
              CASE WHEN r_pattern < ${PATTERN_CUTS.declining} THEN 'DECLINING'
                   WHEN r_pattern < ${PATTERN_CUTS.periodic} THEN 'PERIODIC'
                   WHEN r_pattern < ${PATTERN_CUTS.growing} THEN 'GROWING'
                   ELSE 'STEADY' END AS pattern,
              CASE WHEN stage = 'TRIAL' THEN 0.3 + 0.3 * r_engagement
                   ELSE 0.45 + 0.45 * r_engagement END AS engagement,
              r_shape, 0.2 + 2.3 * r_storage AS gb_per_seat
         FROM customers),
     days AS (
       SELECT s.*, day, date_part('isodow', day) AS dow,
              date_part('month', day) * 100 + date_part('day', day) AS md,
              -- The day's draw: the customer's id hashed with the seed moved by the day.
              (hashtextextended(s.id::text, $3 + (day - date '2000-01-01')) & 1023) / 1023::float8 AS noise
         FROM shaped s, generate_series(0, $2::date - s.first_day) i, LATERAL (SELECT s.first_day + i AS day) d),
     figured AS (
       SELECT id, day, seats, started, gb_per_seat, noise,
              seats * engagement
              * CASE pattern
                  WHEN 'STEADY' THEN greatest(0.3, 1 + (r_shape - 0.35) * 0.04 * (day - started) / 30::float8)
                  WHEN 'GROWING' THEN least(1, 0.2 + 0.8 * (day - started) / (90 + 150 * r_shape))
                  -- Most come only in the month's last three days and first two (the close).
                  WHEN 'PERIODIC' THEN CASE WHEN date_part('day', day + 3) <= 3 OR date_part('day', day) <= 2
                                            THEN 1.05 ELSE 0.12 + 0.12 * r_shape END
                  ELSE greatest(0.25, 1 - 0.75 * greatest(0, day - ($2::date - (60 + 90 * r_shape)::int))
                                                   / (60 + 90 * r_shape)) END
              * CASE WHEN md IN (${HOLIDAYS.join(', ')}) THEN ${QUIET}
                     WHEN md BETWEEN 813 AND 816 THEN 0.55
                     WHEN dow >= 6 THEN ${QUIET} + 0.1 * r_shape
                     WHEN dow = 5 THEN 0.93 ELSE 1 END
              * (0.9 + 0.2 * noise) AS users
         FROM days),
     written AS (
       INSERT INTO daily_usage (customer_id, usage_date, active_users, storage_gb)
       SELECT id, day, least(seats, round(users))::int,
              round((seats * gb_per_seat * (0.35 + 0.65 * least(1, (day - started) / 540::float8))
                     * (0.995 + 0.01 * noise))::numeric, 3)
         FROM figured
       RETURNING customer_id, usage_date, active_users, storage_gb)
     INSERT INTO usage_month (customer_id, month, days, active_users_sum, active_users_peak, storage_gb_sum)
     SELECT customer_id, date_trunc('month', usage_date)::date, count(*), sum(active_users),
            max(active_users), sum(storage_gb)
       FROM written GROUP BY 1, 2`,
    [from, to, seed],
  );
  // Fresh statistics, or the report's planner guesses over half a million new rows.
  await dataSource.query(`ANALYZE daily_usage, usage_month`);
}

/**
 * The demo's usage and SLA history: daily usage over the last 13 months (to yesterday), then
 * a year of measured availability with its service credits (demo-sla.ts).
 */
export async function seedDemoUsage(dataSource: DataSource, clock: Clock, seed: number) {
  const now = clock.now();
  const today = isoDateJst(now);
  const yesterday = isoDateJst(new Date(now.getTime() - DAY_MS));
  await seedDailyUsage(dataSource, `${monthBefore(today, 12)}-01`, yesterday, seed);
  await seedDemoSla(dataSource, clock, seed);
}
