import type { Queryable } from '../../db/queryable';
import type { EventType } from '../events/event-types';

export interface OutboxMessage {
  type: EventType;
  /** The entity whose events are delivered in order (the customer). */
  aggregateType: string;
  aggregateId: string;
  /** The business clock's time of the change (the injected clock, never the database's). */
  occurredAt: Date;
  /** The envelope's `data`: global IDs, codes, dates, amounts; never personal data. */
  payload: Record<string, unknown>;
}

/** Write an event for integrators in the caller's transaction; its id is stable for deduplication. */
export async function enqueueOutbox(db: Queryable, message: OutboxMessage): Promise<string> {
  const [row]: { id: string }[] = await db.query(
    `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, occurred_at, payload)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [
      message.type,
      message.aggregateType,
      message.aggregateId,
      message.occurredAt,
      JSON.stringify(message.payload),
    ],
  );
  return row!.id;
}

/**
 * Write many events in one statement (a batch of imported answers), in the caller's transaction
 * and in the order given (their sequence numbers follow it).
 */
export async function enqueueOutboxBatch(
  db: Queryable,
  messages: readonly OutboxMessage[],
): Promise<void> {
  if (messages.length === 0) return;
  const col = <T>(f: (m: OutboxMessage) => T) => messages.map(f);
  await db.query(
    `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, occurred_at, payload)
     SELECT type, aggregate_type, aggregate_id, occurred_at, payload
       FROM unnest($1::text[], $2::text[], $3::uuid[], $4::timestamptz[], $5::jsonb[])
            WITH ORDINALITY AS t(type, aggregate_type, aggregate_id, occurred_at, payload, n)
      ORDER BY n`,
    [
      col((m) => m.type),
      col((m) => m.aggregateType),
      col((m) => m.aggregateId),
      col((m) => m.occurredAt.toISOString()),
      col((m) => JSON.stringify(m.payload)),
    ],
  );
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
