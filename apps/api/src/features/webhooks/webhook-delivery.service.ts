import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { userError, type Clock, type WebhookDeliveryStatus } from '@kizuna/domain';
import { Conditions, keysetPage } from '../../db/keyset-page';
import type { Queryable } from '../../db/queryable';
import { toGlobalId } from '../../graphql/relay';
import { recordAudit } from '../audit/audit.service';
import { toEventEnvelope } from '../events/event-log';
import type { Outcome } from '../../graphql/outcome';
import type { Who } from './webhook-endpoint.service';
import { lockWebhookEndpoint } from './webhook-endpoint.store';

/** The type of the event `sendTestWebhookEvent` sends: never in the event log. */
export const TEST_EVENT_TYPE = 'webhook.test';

export interface WebhookDeliveryRow {
  id: string;
  endpointId: string;
  webhookId: string;
  eventType: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  nextAttemptAt: Date | null;
  lastAttemptAt: Date | null;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: Date;
}

const DELIVERY_COLUMNS = `d.id::text, d.endpoint_id::text AS "endpointId", d.webhook_id AS "webhookId",
  d.event_type AS "eventType", d.status, d.attempts, d.next_attempt_at AS "nextAttemptAt",
  d.last_attempt_at AS "lastAttemptAt", d.last_status_code AS "lastStatusCode",
  d.last_error AS "lastError", d.created_at AS "createdAt"`;

/** An endpoint's deliveries, newest first (log order), by keyset. */
export function listWebhookDeliveries(
  db: Queryable,
  args: { endpointId: string | null; first: number; after?: string | null },
) {
  const c = new Conditions();
  // An id that is not an endpoint's lists nothing (the unknown uuid matches no row).
  c.add((p) => `d.endpoint_id = ${p}`, args.endpointId ?? '00000000-0000-0000-0000-000000000000');
  return keysetPage<WebhookDeliveryRow>(db, {
    select: DELIVERY_COLUMNS,
    from: 'webhook_delivery d',
    where: c.where,
    params: c.params,
    sortColumn: 'd.seq',
    sortType: 'bigint',
    sortKeySql: 'd.seq::text',
    idColumn: 'd.id',
    direction: 'DESC',
    first: args.first,
    after: args.after,
  });
}

/**
 * Send a delivery again from its first attempt, with the same webhook-id (receivers deduplicate
 * by it). Whatever it was — given up, cancelled, delivered, waiting — it is due now.
 */
export function replayWebhookDelivery(
  dataSource: DataSource,
  who: Who,
  id: string | null,
  clock: Clock,
): Promise<Outcome<WebhookDeliveryRow>> {
  return dataSource.transaction(async (m) => {
    // Its endpoint locked first, then the delivery: the order of every transaction on both.
    const [owner]: { endpointId: string }[] = id
      ? await m.query(
          `SELECT endpoint_id::text AS "endpointId" FROM webhook_delivery WHERE id = $1`,
          [id],
        )
      : [];
    const endpoint = await lockWebhookEndpoint(m, owner?.endpointId ?? null);
    const [delivery]: { id: string; status: string; attempts: number }[] = endpoint
      ? await m.query(
          `SELECT d.id::text, d.status, d.attempts FROM webhook_delivery d WHERE d.id = $1 FOR UPDATE`,
          [id],
        )
      : [];
    if (!delivery) return { ok: false, errors: [userError('NOT_FOUND', 'deliveryId')] };
    if (endpoint?.status !== 'ENABLED')
      return { ok: false, errors: [userError('WEBHOOK_ENDPOINT_DISABLED', 'deliveryId')] };
    const [replayed]: WebhookDeliveryRow[] = await m.query(
      `WITH d AS (
         UPDATE webhook_delivery
            SET status = 'PENDING', attempts = 0, next_attempt_at = $2, claimed_until = NULL,
                claim_token = NULL
          WHERE id = $1 RETURNING *
       )
       SELECT ${DELIVERY_COLUMNS} FROM d`,
      [delivery.id, clock.now()],
    );
    await recordAudit(m, {
      ...who,
      action: 'webhookDelivery.replayed',
      entityType: 'WebhookDelivery',
      entityId: delivery.id,
      before: { status: delivery.status, attempts: delivery.attempts },
      after: { status: 'PENDING', attempts: 0 },
    });
    return { ok: true, value: replayed! };
  });
}

/**
 * A `webhook.test` event for one endpoint only, delivered (and signed, and retried) like any
 * other; it is not in the event log, so no other endpoint and no feed reader sees it.
 */
export function sendTestWebhookEvent(
  dataSource: DataSource,
  who: Who,
  endpointId: string | null,
  clock: Clock,
): Promise<Outcome<WebhookDeliveryRow>> {
  const now = clock.now();
  return dataSource.transaction(async (m) => {
    const endpoint = await lockWebhookEndpoint(m, endpointId);
    if (!endpoint) return { ok: false, errors: [userError('NOT_FOUND', 'endpointId')] };
    if (endpoint.status !== 'ENABLED')
      return { ok: false, errors: [userError('WEBHOOK_ENDPOINT_DISABLED', 'endpointId')] };
    // Shaped like a logged event (its id included), though it has no place in the log.
    const envelope = toEventEnvelope({
      id: randomUUID(),
      type: TEST_EVENT_TYPE,
      aggregate_id: endpoint.id,
      occurred_at: now,
      payload: { webhookEndpointId: toGlobalId('WebhookEndpoint', endpoint.id) },
      tx_id: '0',
      seq: '0',
    });
    const [delivery]: WebhookDeliveryRow[] = await m.query(
      `WITH d AS (
         INSERT INTO webhook_delivery (endpoint_id, test_event, webhook_id, event_type, next_attempt_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $5) RETURNING *
       )
       SELECT ${DELIVERY_COLUMNS} FROM d`,
      [endpoint.id, JSON.stringify(envelope), envelope.id, envelope.type, now],
    );
    await recordAudit(m, {
      ...who,
      action: 'webhookEndpoint.testEventSent',
      entityType: 'WebhookEndpoint',
      entityId: endpoint.id,
      before: null,
      after: { webhookDeliveryId: delivery!.id },
    });
    return { ok: true, value: delivery! };
  });
}
