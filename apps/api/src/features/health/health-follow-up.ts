import type { EntityManager } from 'typeorm';
import { raiseHealthFallFollowUps } from '../tasks/automatic-tasks';

/** A customer whose score just fell to AT_RISK. */
export interface HealthFall {
  customerId: string;
  bandBefore: string | null;
  score: number;
}

/**
 * Record each fall to AT_RISK (once per fall: the recompute calls this only on the change) in
 * the recompute's transaction, and raise its follow-up task (the tasks feature: at most one open
 * follow-up per customer; its unique index keeps one task per fall).
 */
export async function raiseAtRiskFollowUps(
  m: EntityManager,
  falls: readonly HealthFall[],
  now: Date,
): Promise<{ fallId: string; customerId: string }[]> {
  if (falls.length === 0) return [];
  const rows: { fallId: string; customerId: string }[] = await m.query(
    `INSERT INTO customer_health_fall (customer_id, band_before, score, fell_at)
     SELECT customer_id, band_before, score, $4
       FROM unnest($1::uuid[], $2::text[], $3::numeric[]) AS f(customer_id, band_before, score)
     RETURNING id AS "fallId", customer_id AS "customerId"`,
    [
      falls.map((f) => f.customerId),
      falls.map((f) => f.bandBefore),
      falls.map((f) => f.score),
      now,
    ],
  );
  await raiseHealthFallFollowUps(m, rows, now);
  return rows;
}
