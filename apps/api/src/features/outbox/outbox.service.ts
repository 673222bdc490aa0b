import type { Queryable } from '../../db/queryable';

export interface OutboxMessage {
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload: Record<string, unknown>;
}

/** Write an event for integrators in the caller's transaction; its id is stable for deduplication. */
export async function enqueueOutbox(db: Queryable, message: OutboxMessage): Promise<string> {
  const [row]: { id: string }[] = await db.query(
    `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, payload) VALUES ($1, $2, $3, $4) RETURNING id`,
    [message.type, message.aggregateType, message.aggregateId, JSON.stringify(message.payload)],
  );
  return row!.id;
}

export interface ClaimedOutboxEvent {
  id: string;
  type: string;
  payload: unknown;
  attempts: number;
}

/**
 * Claim up to `limit` undelivered events for one worker; concurrent workers skip each other's
 * rows (FOR UPDATE SKIP LOCKED). Call inside a transaction and mark them delivered before commit.
 */
export function claimOutboxEvents(db: Queryable, limit: number): Promise<ClaimedOutboxEvent[]> {
  return db.query(
    `SELECT id, type, payload, attempts FROM outbox_event
      WHERE delivered_at IS NULL AND available_at <= now()
      ORDER BY created_at, id
      LIMIT $1
      FOR UPDATE SKIP LOCKED`,
    [limit],
  );
}
