import type { Clock } from '@kizuna/domain';
import type { Queryable } from '../../db/queryable';
import {
  EVENT_COLUMNS,
  toEventEnvelope,
  type EventEnvelope,
  type EventRow,
} from '../events/event-log';

/** How long a claimed delivery is a worker's: past it, the worker is presumed dead. */
export const DELIVERY_LEASE_MS = 60_000;

/** A delivery a worker holds: what to send, where, signed with which keys. */
export interface ClaimedDelivery {
  deliveryId: string;
  /** Proves the claim is still this worker's when the outcome is recorded. */
  claimToken: string;
  /** Attempts so far, this one included. */
  attempts: number;
  endpointId: string;
  url: string;
  secretSealed: Buffer;
  previousSecretSealed: Buffer | null;
  previousSecretExpiresAt: Date | null;
  envelope: EventEnvelope;
}

type ClaimedRow = Omit<ClaimedDelivery, 'envelope'> & {
  testEvent: EventEnvelope | null;
} & Partial<EventRow>;

/**
 * Claim up to `limit` due deliveries for a lease, in one committed statement (FOR UPDATE SKIP
 * LOCKED: concurrent workers in any replica take different rows). Due: PENDING, its time come,
 * no live lease, its endpoint enabled, and no earlier delivery of the same endpoint and customer
 * still PENDING — so each customer's events reach an endpoint in log order. The attempt is
 * counted now: an attempt whose worker died counts too.
 */
export async function claimDueDeliveries(
  db: Queryable,
  clock: Clock,
  limit: number,
): Promise<ClaimedDelivery[]> {
  const now = clock.now();
  const rows: ClaimedRow[] = await db.query(
    `WITH due AS (
       SELECT d.id FROM webhook_delivery d
         JOIN webhook_endpoint w ON w.id = d.endpoint_id AND w.status = 'ENABLED'
        WHERE d.status = 'PENDING' AND d.next_attempt_at <= $1
          AND (d.claimed_until IS NULL OR d.claimed_until <= $1)
          AND NOT EXISTS (
            SELECT FROM webhook_delivery p
             WHERE p.endpoint_id = d.endpoint_id AND p.aggregate_id = d.aggregate_id
               AND p.seq < d.seq AND p.status = 'PENDING')
        ORDER BY d.next_attempt_at, d.seq
        LIMIT $2
        FOR UPDATE OF d SKIP LOCKED
     ), claimed AS (
       UPDATE webhook_delivery d
          SET claimed_until = $3, claim_token = gen_random_uuid(), attempts = d.attempts + 1,
              last_attempt_at = $1
         FROM due WHERE d.id = due.id
       RETURNING d.id, d.claim_token, d.attempts, d.endpoint_id, d.event_id, d.test_event, d.seq AS d_seq
     )
     SELECT c.id::text AS "deliveryId", c.claim_token::text AS "claimToken", c.attempts,
            c.endpoint_id::text AS "endpointId", c.test_event AS "testEvent", w.url,
            w.secret_sealed AS "secretSealed", w.previous_secret_sealed AS "previousSecretSealed",
            w.previous_secret_expires_at AS "previousSecretExpiresAt", ${EVENT_COLUMNS}
       FROM claimed c
       JOIN webhook_endpoint w ON w.id = c.endpoint_id
       LEFT JOIN outbox_event e ON e.id = c.event_id
      ORDER BY c.d_seq`,
    [now, limit, new Date(now.getTime() + DELIVERY_LEASE_MS)],
  );
  return rows.map((row) => ({
    deliveryId: row.deliveryId,
    claimToken: row.claimToken,
    attempts: row.attempts,
    endpointId: row.endpointId,
    url: row.url,
    secretSealed: row.secretSealed,
    previousSecretSealed: row.previousSecretSealed,
    previousSecretExpiresAt: row.previousSecretExpiresAt,
    envelope: row.testEvent ?? toEventEnvelope(row as EventRow),
  }));
}
