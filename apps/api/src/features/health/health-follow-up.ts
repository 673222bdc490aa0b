import type { EntityManager } from 'typeorm';

/** A customer whose score just fell to AT_RISK. */
export interface HealthFall {
  customerId: string;
  bandBefore: string | null;
  score: number;
}

/**
 * Record each fall to AT_RISK (once per fall: the recompute calls this only on the change) in
 * the recompute's transaction, and raise its follow-up task.
 *
 * SEAM: the tasks feature (features/tasks/automatic-tasks.ts) raises its automatic tasks through
 * a private `raise`, with sources PROVISIONING_REQUEST and SURVEY_RESPONSE only. Once it exports
 * a function for health falls (a FOLLOW_UP with source type HEALTH_FALL and source id the
 * `customer_health_fall` row's id, added to TASK_SOURCE_TYPES and to the task table's check),
 * call it here with the ids returned below; its unique index keeps one task per fall.
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
  return rows;
}
