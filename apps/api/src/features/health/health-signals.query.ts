import {
  computeCes,
  computeCsat,
  computeNps,
  healthSignalPeriods,
  NEAR_MISS_STATUSES,
  tallyNpsScoreCounts,
  type HealthSignals,
  type LifecycleStage,
} from '@kizuna/domain';
import type { Queryable } from '../../db/queryable';
import { groupBy } from '../../shared/group-by';
import { renewsAtSql } from '../revenue/renewal.sql';

/** What a computation reads of one customer. */
export interface CustomerHealthInputs {
  stage: LifecycleStage;
  signals: HealthSignals;
  /** The company's NPS from its respondents' latest answers (null without answers). */
  nps: { score: number | null; respondents: number };
}

/** Near-misses still being worked on: every status but CLOSED. */
const OPEN_NEAR_MISS = NEAR_MISS_STATUSES.filter((s) => s !== 'CLOSED');

/**
 * The signals of many customers at `now`, set-based: six statements whatever their number.
 * Customers without a row in a source have that signal missing (never a made-up value), except
 * open near-misses (none is a fact) — see each statement.
 */
export async function loadHealthInputs(
  db: Queryable,
  ids: readonly string[],
  now: Date,
): Promise<Map<string, CustomerHealthInputs>> {
  const p = healthSignalPeriods(now);
  // One after the other: inside a transaction they share its connection anyway.
  const customers = await customersOf(db, ids, p.today);
  const usage = await usageOf(db, ids, p.usageRecent, p.usagePrevious);
  const surveys = await surveysOf(db, ids, p.surveysAfter, now);
  const sla = await slaOf(db, ids, p.slaFromMonth, p.today);
  const options = await optionsOf(db, ids);
  const issues = await openIssuesOf(db, ids);
  const result = new Map<string, CustomerHealthInputs>();
  for (const c of customers) {
    const nps = surveys.get(c.id)?.nps ?? { score: null, respondents: 0 };
    result.set(c.id, {
      stage: c.stage,
      nps,
      signals: {
        usage: usage.get(c.id) ?? null,
        surveys: surveys.get(c.id)?.surveys ?? null,
        sla: sla.get(c.id) ?? null,
        options: options.get(c.id) ?? null,
        openIssues: issues.get(c.id) ?? 0,
        daysToRenewal: c.days_to_renewal,
      },
    });
  }
  return result;
}

/** Stage and days to the next renewal of an ACTIVE contract (Subscription.renewsAt − today). */
async function customersOf(db: Queryable, ids: readonly string[], today: string) {
  const rows: { id: string; stage: LifecycleStage; days_to_renewal: number | null }[] =
    await db.query(
      `SELECT c.id, c.stage, (${renewsAtSql('s', today)} - $2::date) AS days_to_renewal
         FROM customer c LEFT JOIN subscription s ON s.customer_id = c.id
        WHERE c.id = ANY($1::uuid[])`,
      [ids, today],
    );
  return rows;
}

/**
 * Mean DAU over the days reported in each 30-day window, and stickiness: the recent mean over
 * the recent peak (the peak daily count is the lower bound of monthly actives that usageReport
 * also uses: daily counts carry no user identities). Missing without a day in the last 30.
 */
async function usageOf(
  db: Queryable,
  ids: readonly string[],
  recent: { from: string; to: string },
  previous: { from: string; to: string },
): Promise<Map<string, NonNullable<HealthSignals['usage']>>> {
  const rows: {
    customer_id: string;
    dau_recent: number | null;
    peak_recent: number | null;
    dau_previous: number | null;
  }[] = await db.query(
    `SELECT customer_id,
            avg(active_users) FILTER (WHERE usage_date >= $2::date)::float8 AS dau_recent,
            max(active_users) FILTER (WHERE usage_date >= $2::date) AS peak_recent,
            avg(active_users) FILTER (WHERE usage_date <= $4::date)::float8 AS dau_previous
       FROM daily_usage
      WHERE customer_id = ANY($1::uuid[]) AND usage_date BETWEEN $3::date AND $5::date
      GROUP BY customer_id`,
    [ids, recent.from, previous.from, previous.to, recent.to],
  );
  const usage = new Map<string, NonNullable<HealthSignals['usage']>>();
  for (const r of rows) {
    if (r.dau_recent === null) continue;
    usage.set(r.customer_id, {
      dauRecent: r.dau_recent,
      dauPrevious: r.dau_previous,
      stickiness: r.peak_recent ? r.dau_recent / r.peak_recent : null,
    });
  }
  return usage;
}

/**
 * The company's surveys: for each kind, each respondent's latest answer in the window (B2B: a
 * company answers through many people; a person answering twice counts once, as now). A
 * respondent is known by e-mail; an answer without one is a respondent of its own.
 */
async function surveysOf(db: Queryable, ids: readonly string[], after: Date, now: Date) {
  const rows: { customer_id: string; kind: 'NPS' | 'CSAT' | 'CES'; score: number; n: number }[] =
    await db.query(
      `WITH latest AS (
         SELECT DISTINCT ON (r.customer_id, s.kind, coalesce(lower(rp.email), r.id::text))
                r.customer_id, s.kind, r.score
           FROM survey_response r
           JOIN survey s ON s.id = r.survey_id
           LEFT JOIN survey_respondent rp ON rp.response_id = r.id
          WHERE r.customer_id = ANY($1::uuid[]) AND r.answered_at > $2 AND r.answered_at <= $3
          ORDER BY r.customer_id, s.kind, coalesce(lower(rp.email), r.id::text), r.answered_at DESC, r.id DESC)
       SELECT customer_id, kind, score, count(*)::int AS n FROM latest GROUP BY 1, 2, 3`,
      [ids, after, now],
    );
  const byCustomer = new Map<
    string,
    { nps: CustomerHealthInputs['nps']; surveys: NonNullable<HealthSignals['surveys']> }
  >();
  for (const [id, answers] of groupBy(rows, (r) => r.customer_id)) {
    const of = (kind: string) => answers.filter((a) => a.kind === kind);
    const nps = computeNps(tallyNpsScoreCounts(of('NPS').map((a) => [a.score, a.n] as const)));
    byCustomer.set(id, {
      nps: { score: nps.score, respondents: nps.responses },
      surveys: {
        nps: nps.score,
        // The surveys report's satisfied (4–5) and easy (5–7) shares.
        csatShare: computeCsat(distribution(of('CSAT'))).satisfiedShare,
        cesShare: computeCes(distribution(of('CES'))).easyShare,
      },
    });
  }
  return byCustomer;
}

/** Answers per score, index = score. */
function distribution(answers: readonly { score: number; n: number }[]): number[] {
  const counts: number[] = [];
  for (const a of answers) counts[a.score] = (counts[a.score] ?? 0) + a.n;
  return Array.from(counts, (n) => n ?? 0);
}

/**
 * SLA of the months from `fromMonth` to this one: service credits granted to the customer, and
 * months recorded below target for a plan it was ACTIVE on in that month (fee history, ADR 0018,
 * as service credits find the customers affected). Missing when no month of a plan it held was
 * recorded and it got no credit: nothing is known about its service.
 */
async function slaOf(db: Queryable, ids: readonly string[], fromMonth: string, today: string) {
  const rows: { customer_id: string; credits: number; below: number; recorded: number }[] =
    await db.query(
      `WITH held AS (
         SELECT DISTINCT f.customer_id, a.month, a.availability_percent < a.target_percent AS below
           FROM sla_availability a
           JOIN subscription_fee f
             ON f.plan_code = a.plan_code AND f.status = 'ACTIVE'
            AND f.effective_from < (a.month + interval '1 month')::date
            AND (f.effective_to IS NULL OR (f.effective_to > a.month AND f.effective_to > f.effective_from))
          WHERE f.customer_id = ANY($1::uuid[]) AND a.month >= $2::date AND a.month <= $3::date)
       SELECT c.id AS customer_id,
              (SELECT count(*) FROM service_credit sc
                WHERE sc.customer_id = c.id AND sc.month >= $2::date AND sc.month <= $3::date)::int AS credits,
              (SELECT count(DISTINCT h.month) FILTER (WHERE h.below) FROM held h WHERE h.customer_id = c.id)::int AS below,
              (SELECT count(DISTINCT h.month) FROM held h WHERE h.customer_id = c.id)::int AS recorded
         FROM unnest($1::uuid[]) AS c(id)`,
      [ids, fromMonth, today],
    );
  const sla = new Map<string, NonNullable<HealthSignals['sla']>>();
  for (const r of rows)
    if (r.recorded > 0 || r.credits > 0)
      sla.set(r.customer_id, { credits: r.credits, incidents: r.below });
  return sla;
}

/**
 * Options held by a customer in trial or under contract. Kizuna records no use of options, so
 * `used` is null: the signal is reported missing with the count held, never guessed.
 */
async function optionsOf(db: Queryable, ids: readonly string[]) {
  const rows: { customer_id: string; held: number }[] = await db.query(
    `SELECT s.customer_id, count(so.option_id)::int AS held
       FROM subscription s LEFT JOIN subscription_option so ON so.subscription_id = s.id
      WHERE s.customer_id = ANY($1::uuid[]) AND s.status IN ('TRIAL', 'ACTIVE')
      GROUP BY s.customer_id`,
    [ids],
  );
  return new Map(rows.map((r) => [r.customer_id, { held: r.held, used: null }]));
}

/** Near-misses and incidents about the customer still open (not CLOSED). */
async function openIssuesOf(db: Queryable, ids: readonly string[]) {
  const rows: { customer_id: string; n: number }[] = await db.query(
    `SELECT customer_id, count(*)::int AS n FROM near_miss
      WHERE customer_id = ANY($1::uuid[]) AND status = ANY($2::text[])
      GROUP BY customer_id`,
    [ids, OPEN_NEAR_MISS],
  );
  return new Map(rows.map((r) => [r.customer_id, r.n]));
}
