import type { DataSource, EntityManager } from 'typeorm';
import {
  companyNpsBand,
  HEALTH_SCORED_STAGES,
  healthMonthToClose,
  healthScore,
  isFallToAtRisk,
  nextNightlyRecompute,
  segmentStage,
  type Clock,
  type HealthBand,
  type HealthComponent,
  type HealthSettings,
} from '@kizuna/domain';
import { raiseAtRiskFollowUps } from './health-follow-up';
import { loadHealthInputs, type CustomerHealthInputs } from './health-signals.query';
import { loadHealthSettings } from './health-settings.store';

/** A claimed row: what was stored at the last computation. */
interface ClaimedHealth {
  customerId: string;
  computedAt: Date | null;
  score: number | null;
  band: HealthBand | null;
  /** The customer_health_change rows seen by the claim (deleted when the batch commits). */
  changeIds: string[];
}

/** What one computation stores. */
export interface ComputedHealth {
  customerId: string;
  score: number | null;
  band: HealthBand | null;
  components: HealthComponent[] | null;
  nps: number | null;
  npsRespondents: number;
  segmentStage: string | null;
  npsBand: string | null;
  /** Next nightly run; never (until a change marks it) for customers without a score. */
  dueAt: Date | 'infinity';
}

export interface HealthBatchRun {
  recomputed: number;
  closedMonths: number;
  falls: number;
}

/**
 * Claim up to `batchSize` customers whose score is due — nightly, after a change, or after new
 * settings — (FOR UPDATE SKIP LOCKED: concurrent replicas take different customers, none waits)
 * and, in one transaction: close the history of
 * a month that ended since their last computation, read their signals (a constant number of
 * statements), score them by the domain's rules, record falls to AT_RISK and store the results.
 * Null when nothing is due.
 */
export async function recomputeDueHealth(
  dataSource: DataSource,
  clock: Clock,
  batchSize = 100,
): Promise<HealthBatchRun | null> {
  return dataSource.transaction(async (m) => {
    const now = clock.now();
    // Read first: settings saved after this read leave the rows computed here behind, due again.
    const settings = await loadHealthSettings(m);
    // Changed customers first, then by due time.
    const claimed: ClaimedHealth[] = await m.query(
      `WITH changed AS (
         SELECT customer_id, array_agg(id::text) AS ids FROM customer_health_change GROUP BY customer_id)
       SELECT h.customer_id AS "customerId", h.computed_at AS "computedAt", h.score::float8 AS score,
              h.band, coalesce(c.ids, '{}') AS "changeIds"
         FROM customer_health h LEFT JOIN changed c ON c.customer_id = h.customer_id
        WHERE h.due_at <= $1 OR c.customer_id IS NOT NULL
           OR (h.settings_version <> $3 AND h.due_at < 'infinity')
        ORDER BY c.customer_id IS NULL, h.due_at, h.customer_id
        LIMIT $2 FOR UPDATE OF h SKIP LOCKED`,
      [now, batchSize, settings.version],
    );
    if (claimed.length === 0) return null;
    const closedMonths = await closeEndedMonths(m, claimed, now);
    const ids = claimed.map((c) => c.customerId);
    const inputs = await loadHealthInputs(m, ids, now);
    const computed = claimed.map((c) =>
      computeHealth(c.customerId, inputs.get(c.customerId), settings.health, now),
    );
    const falls = computed.flatMap((c, i) =>
      c.score !== null && isFallToAtRisk(claimed[i]!.band, c.band)
        ? [{ customerId: c.customerId, bandBefore: claimed[i]!.band, score: c.score }]
        : [],
    );
    await raiseAtRiskFollowUps(m, falls, now);
    await store(m, computed, settings.version, now);
    // Only the changes this batch saw: one committed since is still there, and due next pass.
    await m.query(`DELETE FROM customer_health_change WHERE id = ANY($1::bigint[])`, [
      claimed.flatMap((c) => c.changeIds),
    ]);
    return { recomputed: claimed.length, closedMonths, falls: falls.length };
  });
}

/** A customer's score, company NPS and map cell at `now`; nothing for leads and former customers. */
export function computeHealth(
  customerId: string,
  input: CustomerHealthInputs | undefined,
  settings: HealthSettings,
  now: Date,
): ComputedHealth {
  if (!input || !HEALTH_SCORED_STAGES.includes(input.stage))
    return {
      customerId,
      score: null,
      band: null,
      components: null,
      nps: null,
      npsRespondents: 0,
      segmentStage: null,
      npsBand: null,
      dueAt: 'infinity',
    };
  const health = healthScore(input.signals, settings);
  return {
    customerId,
    score: health.score,
    band: health.band,
    components: health.components,
    nps: input.nps.score,
    npsRespondents: input.nps.respondents,
    segmentStage: segmentStage({
      stage: input.stage,
      daysToRenewal: input.signals.daysToRenewal,
    }),
    npsBand: companyNpsBand(input.nps.score),
    dueAt: nextNightlyRecompute(now),
  };
}

/**
 * A month's history is the last score computed in it: written, from the stored row, by the first
 * computation after the month ended (before that row is overwritten).
 */
async function closeEndedMonths(m: EntityManager, claimed: ClaimedHealth[], now: Date) {
  const toClose = claimed.flatMap((c) => {
    const month = c.score === null ? null : healthMonthToClose(c.computedAt, now);
    return month ? [{ id: c.customerId, month }] : [];
  });
  if (toClose.length === 0) return 0;
  const rows: unknown[] = await m.query(
    `INSERT INTO customer_health_month (customer_id, month, score, band, nps, segment_stage, nps_band, computed_at)
     SELECT h.customer_id, k.month, h.score, h.band, h.nps, h.segment_stage, h.nps_band, h.computed_at
       FROM unnest($1::uuid[], $2::date[]) AS k(customer_id, month)
       JOIN customer_health h ON h.customer_id = k.customer_id
     ON CONFLICT (customer_id, month) DO NOTHING
     RETURNING 1`,
    [toClose.map((c) => c.id), toClose.map((c) => c.month)],
  );
  return rows.length;
}

async function store(
  m: EntityManager,
  rows: readonly ComputedHealth[],
  settingsVersion: number,
  now: Date,
) {
  const col = <T>(f: (r: ComputedHealth) => T) => rows.map(f);
  await m.query(
    `UPDATE customer_health h
        SET score = v.score, band = v.band, components = v.components::jsonb, nps = v.nps,
            nps_respondents = v.nps_respondents, segment_stage = v.segment_stage,
            nps_band = v.nps_band, due_at = v.due_at, computed_at = $10, settings_version = $11
       FROM unnest($1::uuid[], $2::numeric[], $3::text[], $4::text[], $5::numeric[], $6::int[],
                   $7::text[], $8::text[], $9::timestamptz[])
            AS v(customer_id, score, band, components, nps, nps_respondents, segment_stage, nps_band, due_at)
      WHERE h.customer_id = v.customer_id`,
    [
      col((r) => r.customerId),
      col((r) => r.score),
      col((r) => r.band),
      col((r) => (r.components ? JSON.stringify(r.components) : null)),
      col((r) => r.nps),
      col((r) => r.npsRespondents),
      col((r) => r.segmentStage),
      col((r) => r.npsBand),
      col((r) => r.dueAt),
      now,
      settingsVersion,
    ],
  );
}
