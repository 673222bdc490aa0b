import {
  deriveTouchModel,
  HEALTH_BANDS,
  HEALTH_SCORED_STAGES,
  jstMonthOf,
  jstPreviousMonthOf,
  segmentMap,
  TOUCH_MODELS,
  type Engagement,
  type HealthBand,
  type NpsCategory,
  type SegmentCell,
  type SegmentCellCount,
  type SegmentStage,
  type TouchModel,
  type TouchModelThresholds,
} from '@kizuna/domain';
import type { Queryable } from '../../db/queryable';
import { jstMonthSql } from './health.loaders';

/**
 * The 9-cell map from the stored scores, with the moves since the end of last month, in one
 * statement. Where a customer sat at last month's end: its closed month, or — when that month
 * has not been closed yet because nothing was computed since — its stored row, if that was
 * computed before this month.
 */
export async function customerSegmentCells(
  db: Queryable,
  now: Date,
): Promise<{ cells: SegmentCellCount[]; comparedWith: string }> {
  const lastMonth = jstPreviousMonthOf(now);
  const rows: {
    stage: SegmentStage | null;
    band: NpsCategory | null;
    prev_stage: SegmentStage | null;
    prev_band: NpsCategory | null;
    n: number;
  }[] = await db.query(
    `WITH placed AS (
       SELECT h.segment_stage AS stage, h.nps_band AS band,
              CASE WHEN m.customer_id IS NOT NULL THEN m.segment_stage
                   WHEN ${jstMonthSql('h.computed_at')} < $2::date THEN h.segment_stage END AS prev_stage,
              CASE WHEN m.customer_id IS NOT NULL THEN m.nps_band
                   WHEN ${jstMonthSql('h.computed_at')} < $2::date THEN h.nps_band END AS prev_band
         FROM customer_health h
         LEFT JOIN customer_health_month m ON m.customer_id = h.customer_id AND m.month = $1::date)
     SELECT stage, band, prev_stage, prev_band, count(*)::int AS n FROM placed
      WHERE stage IS NOT NULL OR prev_stage IS NOT NULL
      GROUP BY 1, 2, 3, 4`,
    [lastMonth, jstMonthOf(now)],
  );
  const cell = (stage: SegmentStage | null, npsBand: NpsCategory | null): SegmentCell | null =>
    stage ? { stage, npsBand } : null;
  return {
    cells: segmentMap(
      rows.map((r) => ({
        current: cell(r.stage, r.band),
        previous: cell(r.prev_stage, r.prev_band),
        customers: r.n,
      })),
    ),
    comparedWith: lastMonth.slice(0, 7),
  };
}

/** Customers in trial or under contract by stored health band (null: no score). */
export async function healthBandCounts(db: Queryable) {
  const rows: { band: HealthBand | null; n: number }[] = await db.query(
    `SELECT h.band, count(*)::int AS n
       FROM customer c JOIN customer_health h ON h.customer_id = c.id
      WHERE c.stage = ANY($1::text[])
      GROUP BY h.band`,
    [HEALTH_SCORED_STAGES],
  );
  return {
    bands: HEALTH_BANDS.map((band) => ({
      band,
      customers: rows.find((r) => r.band === band)?.n ?? 0,
    })),
    unscored: rows.find((r) => r.band === null)?.n ?? 0,
  };
}

/** Width of a histogram bucket, in points: 0–9.9, 10–19.9, …, 90–100 (100 joins the last). */
export const HISTOGRAM_BUCKET_POINTS = 10;

/** Scored customers in trial or under contract by stored score, in ten buckets, lowest first. */
export async function healthScoreHistogram(db: Queryable) {
  const rows: { bucket: number; n: number }[] = await db.query(
    `SELECT least(floor(h.score / $2)::int, $3 - 1) AS bucket, count(*)::int AS n
       FROM customer c JOIN customer_health h ON h.customer_id = c.id
      WHERE c.stage = ANY($1::text[]) AND h.score IS NOT NULL
      GROUP BY 1`,
    [HEALTH_SCORED_STAGES, HISTOGRAM_BUCKET_POINTS, 100 / HISTOGRAM_BUCKET_POINTS],
  );
  return Array.from({ length: 100 / HISTOGRAM_BUCKET_POINTS }, (_, bucket) => ({
    from: bucket * HISTOGRAM_BUCKET_POINTS,
    customers: rows.find((r) => r.bucket === bucket)?.n ?? 0,
  }));
}

/**
 * Customers in trial or under contract by touch model: each one's override, else the domain's
 * rule on its profile, as Customer.touchModel answers (one statement; the rule runs here).
 */
export async function touchModelCounts(db: Queryable, thresholds: TouchModelThresholds) {
  const rows: {
    annualRevenueYen: number | null;
    currentRatio: number | null;
    engagement: Engagement | null;
    override: TouchModel | null;
    n: number;
  }[] = await db.query(
    `SELECT c.annual_revenue_yen::float8 AS "annualRevenueYen", c.current_ratio::float8 AS "currentRatio",
            c.engagement, o.touch_model AS override, count(*)::int AS n
       FROM customer c LEFT JOIN customer_touch_model_override o ON o.customer_id = c.id
      WHERE c.stage = ANY($1::text[])
      GROUP BY 1, 2, 3, 4`,
    [HEALTH_SCORED_STAGES],
  );
  const counts = TOUCH_MODELS.map((touchModel) => ({ touchModel, customers: 0, overridden: 0 }));
  for (const r of rows) {
    const model = r.override ?? deriveTouchModel(r, thresholds).touchModel;
    const count = counts.find((c) => c.touchModel === model)!;
    count.customers += r.n;
    if (r.override) count.overridden += r.n;
  }
  return counts;
}
