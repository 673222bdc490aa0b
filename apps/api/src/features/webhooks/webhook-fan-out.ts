import type { DataSource } from 'typeorm';
import { endpointReceives, type Clock } from '@kizuna/domain';
import { positionOf, readEvents, toEventEnvelope, type EventPosition } from '../events/event-log';

/** Events read from the log per transaction. */
const FAN_OUT_BATCH = 500;

/**
 * Turn the next events of the log into deliveries: one per enabled endpoint that takes the event's
 * type, in log order, due now. One transaction holding the fan-out row: the replica that locks it
 * fans out, the others skip (SKIP LOCKED); the position moves with the deliveries it covers, and
 * (endpoint, event) is unique, so an event never yields two deliveries to one endpoint. An endpoint
 * receives the events fanned out while it exists. Returns how many events were read.
 */
export async function fanOutNextEvents(dataSource: DataSource, clock: Clock): Promise<number> {
  return dataSource.transaction(async (m) => {
    const [cursor]: { txId: string | null; seq: string | null }[] = await m.query(
      `SELECT tx_id::text AS "txId", seq::text AS seq FROM webhook_fan_out FOR UPDATE SKIP LOCKED`,
    );
    if (!cursor) return 0;
    const after: EventPosition | null =
      cursor.txId && cursor.seq ? { txId: cursor.txId, seq: cursor.seq } : null;
    const events = await readEvents(m, { after, limit: FAN_OUT_BATCH });
    const last = events.at(-1);
    if (!last) return 0;
    const endpoints: { id: string; eventTypes: string[] }[] = await m.query(
      `SELECT id::text, event_types AS "eventTypes" FROM webhook_endpoint WHERE status = 'ENABLED'`,
    );
    const deliveries = events.flatMap((event) =>
      endpoints
        .filter((endpoint) => endpointReceives(endpoint.eventTypes, event.type))
        .map((endpoint) => ({ endpoint, event })),
    );
    if (deliveries.length > 0) {
      const col = <T>(f: (d: (typeof deliveries)[number]) => T) => deliveries.map(f);
      // In the order given, so that each delivery's seq follows the log (per-customer order).
      await m.query(
        `INSERT INTO webhook_delivery (endpoint_id, event_id, webhook_id, event_type, aggregate_id,
                                       next_attempt_at, created_at)
         SELECT endpoint_id, event_id, webhook_id, event_type, aggregate_id, $6, $6
           FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::uuid[])
                WITH ORDINALITY AS t(endpoint_id, event_id, webhook_id, event_type, aggregate_id, n)
          ORDER BY n
         ON CONFLICT (endpoint_id, event_id) DO NOTHING`,
        [
          col((d) => d.endpoint.id),
          col((d) => d.event.id),
          col((d) => toEventEnvelope(d.event).id),
          col((d) => d.event.type),
          col((d) => d.event.aggregate_id),
          clock.now(),
        ],
      );
    }
    const position = positionOf(last);
    await m.query(`UPDATE webhook_fan_out SET tx_id = $1::xid8, seq = $2`, [
      position.txId,
      position.seq,
    ]);
    return events.length;
  });
}
