import type { DataSource } from 'typeorm';
import {
  DAY_MS,
  HEALTH_SCORED_STAGES,
  jstMonthOf,
  jstPreviousMonthOf,
  type Clock,
} from '@kizuna/domain';
import { computeHealth } from './health-recompute.service';
import { loadHealthInputs } from './health-signals.query';
import { loadHealthSettings } from './health-settings.store';

const BATCH = 500;

/**
 * Demo data: the history of the last `months` months as if the job had run at each month's end
 * (23:00 JST of its last day), so that healthHistory and the map's moves have something to show
 * on a fresh install. Usage, surveys and SLA are read as of that instant; the stage, contract and
 * open near-misses are today's (nothing records what they were), and customers created after the
 * month are left out. Months already written are kept.
 */
export async function backfillHealthHistory(
  dataSource: DataSource,
  clock: Clock,
  months = 6,
): Promise<number> {
  const settings = (await loadHealthSettings(dataSource)).health;
  const monthEnds: { month: string; at: Date }[] = [];
  let next = jstMonthOf(clock.now());
  for (let i = 0; i < months; i++) {
    // 23:00 JST of the last day of the month before `next`.
    const at = new Date(Date.parse(`${next}T23:00:00+09:00`) - DAY_MS);
    const month = jstPreviousMonthOf(new Date(Date.parse(`${next}T00:00:00+09:00`)));
    monthEnds.unshift({ month, at });
    next = month;
  }
  let written = 0;
  for (const { month, at } of monthEnds) {
    const ids: string[] = (
      await dataSource.query(
        `SELECT id FROM customer WHERE created_at <= $1 AND stage = ANY($2::text[]) ORDER BY id`,
        [at, HEALTH_SCORED_STAGES],
      )
    ).map((r: { id: string }) => r.id);
    for (let i = 0; i < ids.length; i += BATCH) {
      const batch = ids.slice(i, i + BATCH);
      const inputs = await loadHealthInputs(dataSource, batch, at);
      const rows = batch
        .map((id) => computeHealth(id, inputs.get(id), settings, at))
        .filter((r) => r.score !== null && r.band !== null);
      const inserted: unknown[] = await dataSource.query(
        `INSERT INTO customer_health_month (customer_id, month, score, band, nps, segment_stage, nps_band, computed_at)
         SELECT customer_id, $2::date, score, band, nps, segment_stage, nps_band, $3
           FROM unnest($1::uuid[], $4::numeric[], $5::text[], $6::numeric[], $7::text[], $8::text[])
                AS r(customer_id, score, band, nps, segment_stage, nps_band)
         ON CONFLICT (customer_id, month) DO NOTHING
         RETURNING 1`,
        [
          rows.map((r) => r.customerId),
          month,
          at,
          rows.map((r) => r.score),
          rows.map((r) => r.band),
          rows.map((r) => r.nps),
          rows.map((r) => r.segmentStage),
          rows.map((r) => r.npsBand),
        ],
      );
      written += inserted.length;
    }
  }
  return written;
}
