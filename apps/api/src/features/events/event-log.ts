import type { Queryable } from '../../db/queryable';

/** The envelope every integrator receives, from the feed and from webhooks alike. */
export interface EventEnvelope {
  /** Stable across retries and replays: the webhook-id of every delivery of this event. */
  id: string;
  type: string;
  /** ISO 8601, the business clock's time of the change. */
  occurredAt: string;
  /** Global IDs, codes, dates and amounts; never personal data (docs/events.md). */
  data: Record<string, unknown>;
}

export interface EventRow {
  id: string;
  type: string;
  aggregate_id: string;
  occurred_at: Date;
  payload: Record<string, unknown>;
  /** xid8 as text: ids of transactions far apart exceed JavaScript's safe integers. */
  tx_id: string;
  seq: string;
}

/** A position in the log: the last event read. */
export interface EventPosition {
  txId: string;
  seq: string;
}

export const EVENT_COLUMNS = `e.id::text, e.type, e.aggregate_id::text, e.occurred_at, e.payload,
  e.tx_id::text, e.seq::text`;

export function toEventEnvelope(row: EventRow): EventEnvelope {
  return {
    id: `evt_${row.id.replace(/-/g, '')}`,
    type: row.type,
    occurredAt: row.occurred_at.toISOString(),
    data: row.payload,
  };
}

export const positionOf = (row: EventRow): EventPosition => ({ txId: row.tx_id, seq: row.seq });

export interface EventFilter {
  types?: readonly string[] | null;
  since?: Date | null;
}

/**
 * The feed's conditions: only events of transactions older than every transaction still running
 * (the horizon), of the given types, that occurred since the given time. Parameters are numbered
 * after those already in `params`.
 */
function feedConditions(filter: EventFilter, params: unknown[]): string[] {
  const where = [`e.tx_id < pg_snapshot_xmin(pg_current_snapshot())`];
  if (filter.types?.length) {
    params.push(filter.types);
    where.push(`e.type = ANY($${params.length}::text[])`);
  }
  if (filter.since) {
    params.push(filter.since);
    where.push(`e.occurred_at >= $${params.length}`);
  }
  return where;
}

/**
 * Events after `after`, in log order: (transaction id, sequence), only those of transactions
 * older than every transaction still running. A transaction that began earlier but commits later
 * holds the horizon back until it ends, so no event ever lands behind a reader's position.
 */
export async function readEvents(
  db: Queryable,
  options: { after: EventPosition | null; limit: number } & EventFilter,
): Promise<EventRow[]> {
  const params: unknown[] = [options.limit];
  if (options.after) params.push(options.after.txId, options.after.seq);
  const where = feedConditions(options, params);
  if (options.after) where.push(`(e.tx_id, e.seq) > ($2::xid8, $3::bigint)`);
  return db.query(
    `SELECT ${EVENT_COLUMNS} FROM outbox_event e
      WHERE ${where.join(' AND ')}
      ORDER BY e.tx_id, e.seq
      LIMIT $1`,
    params,
  );
}

/** How many events the feed holds for a filter, from its start (below the same horizon). */
export async function countEvents(db: Queryable, filter: EventFilter): Promise<number> {
  const params: unknown[] = [];
  const where = feedConditions(filter, params);
  const [row]: { count: number }[] = await db.query(
    `SELECT count(*)::int AS count FROM outbox_event e WHERE ${where.join(' AND ')}`,
    params,
  );
  return row?.count ?? 0;
}
