import type { DataSource } from 'typeorm';
import {
  userError,
  validateWebhookEndpointFields,
  type Clock,
  type WebhookEndpointFields,
  type AuditAction,
} from '@kizuna/domain';
import { refused, type Outcome } from '../../graphql/outcome';
import type { Actor } from '../../graphql/context';
import { recordAudit } from '../audit/audit.service';
import { EVENT_TYPES } from '../events/event-types';
import {
  auditedUrl,
  disableWebhookEndpointIn,
  ENDPOINT_COLUMNS,
  lockWebhookEndpoint,
  type WebhookEndpointRow,
} from './webhook-endpoint.store';
import { newWebhookSecret, sealWebhookKey } from './webhook-secret';
import { checkWebhookUrl, webhookUrlPolicy } from './webhook-url';

/** How long a rotated secret keeps signing beside the new one. */
export const SECRET_ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;

export interface Who {
  actor: Actor;
  requestId: string;
}

/** The fields validated by the domain, and the URL's host by what it resolves to now. */
async function validFields(fields: WebhookEndpointFields) {
  const valid = validateWebhookEndpointFields(fields, EVENT_TYPES, webhookUrlPolicy());
  if (!valid.ok) return valid;
  if (valid.value.url !== undefined) {
    const resolved = await checkWebhookUrl(valid.value.url);
    if (!resolved.ok) return { ok: false as const, error: [resolved.error] };
  }
  return valid;
}

const audit = (
  m: Parameters<typeof recordAudit>[0],
  who: Who,
  action: AuditAction,
  id: string,
  before: unknown,
  after: unknown,
) => recordAudit(m, { ...who, action, entityType: 'WebhookEndpoint', entityId: id, before, after });

/** A new endpoint, enabled, with its secret — returned here and never again. */
export async function createWebhookEndpoint(
  dataSource: DataSource,
  who: Who,
  fields: Required<WebhookEndpointFields>,
  clock: Clock,
): Promise<Outcome<{ endpoint: WebhookEndpointRow; secret: string }>> {
  const valid = await validFields(fields);
  if (!valid.ok) return refused(...valid.error);
  const { url, eventTypes, description } = valid.value as Required<typeof valid.value>;
  const { secret, key } = newWebhookSecret();
  const endpoint = await dataSource.transaction(async (m) => {
    const [row]: WebhookEndpointRow[] = await m.query(
      `WITH w AS (
         INSERT INTO webhook_endpoint (url, event_types, description, secret_sealed, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $5) RETURNING *
       )
       SELECT ${ENDPOINT_COLUMNS} FROM w`,
      [url, eventTypes, description, sealWebhookKey(key), clock.now()],
    );
    await audit(m, who, 'webhookEndpoint.created', row!.id, null, {
      ...auditedUrl(url),
      eventTypes,
      description,
    });
    return row!;
  });
  return { ok: true, value: { endpoint, secret } };
}

/**
 * Change an endpoint's URL, types or description, or enable / disable it. Enabling starts afresh:
 * no failure counts against it, and deliveries cancelled while it was disabled stay so (replay).
 */
export async function updateWebhookEndpoint(
  dataSource: DataSource,
  who: Who,
  id: string | null,
  change: WebhookEndpointFields & { enabled?: boolean },
  clock: Clock,
): Promise<Outcome<WebhookEndpointRow>> {
  const valid = await validFields(change);
  if (!valid.ok) return refused(...valid.error);
  const now = clock.now();
  return dataSource.transaction(async (m) => {
    const endpoint = await lockWebhookEndpoint(m, id);
    if (!endpoint) return refused(userError('NOT_FOUND', 'endpointId'));
    const next = {
      url: valid.value.url ?? endpoint.url,
      eventTypes: valid.value.eventTypes ?? endpoint.eventTypes,
      description: valid.value.description ?? endpoint.description,
    };
    const enable = change.enabled === true && endpoint.status === 'DISABLED';
    const disable = change.enabled === false && endpoint.status === 'ENABLED';
    const changed = (['url', 'eventTypes', 'description'] as const).filter(
      (f) => JSON.stringify(next[f]) !== JSON.stringify(endpoint[f]),
    );
    if (changed.length === 0 && !enable && !disable)
      return refused(userError('NO_CHANGE', 'endpointId'));
    let [updated]: WebhookEndpointRow[] = await m.query(
      `WITH w AS (
         UPDATE webhook_endpoint
            SET url = $2, event_types = $3, description = $4, updated_at = $5,
                status = CASE WHEN $6 THEN 'ENABLED' ELSE status END,
                disabled_reason = CASE WHEN $6 THEN NULL ELSE disabled_reason END,
                disabled_at = CASE WHEN $6 THEN NULL ELSE disabled_at END,
                failing_since = CASE WHEN $6 THEN NULL ELSE failing_since END
          WHERE id = $1 RETURNING *
       )
       SELECT ${ENDPOINT_COLUMNS} FROM w`,
      [endpoint.id, next.url, next.eventTypes, next.description, now, enable],
    );
    if (changed.length > 0 || enable) {
      const pick = (row: typeof next, status: string) => ({
        ...(changed.includes('url') ? auditedUrl(row.url) : {}),
        ...(changed.includes('eventTypes') ? { eventTypes: row.eventTypes } : {}),
        ...(changed.includes('description') ? { description: row.description } : {}),
        ...(enable ? { status } : {}),
      });
      await audit(
        m,
        who,
        'webhookEndpoint.updated',
        endpoint.id,
        pick(endpoint, endpoint.status),
        pick(next, 'ENABLED'),
      );
    }
    if (disable) updated = await disableWebhookEndpointIn(m, who, endpoint.id, 'MANUAL', now);
    return { ok: true, value: updated! };
  });
}

/** Disable an endpoint: nothing more is sent to it, its pending deliveries are cancelled. */
export function disableWebhookEndpoint(
  dataSource: DataSource,
  who: Who,
  id: string | null,
  clock: Clock,
): Promise<Outcome<WebhookEndpointRow>> {
  return dataSource.transaction(async (m) => {
    const endpoint = await lockWebhookEndpoint(m, id);
    if (!endpoint) return refused(userError('NOT_FOUND', 'endpointId'));
    const disabled = await disableWebhookEndpointIn(m, who, endpoint.id, 'MANUAL', clock.now());
    return disabled ? { ok: true, value: disabled } : refused(userError('NO_CHANGE', 'endpointId'));
  });
}

/**
 * A new secret, returned once; the one it replaces keeps signing beside it for 24 hours (each
 * attempt then carries both signatures), so that receivers can switch without losing a delivery.
 */
export function rotateWebhookSecret(
  dataSource: DataSource,
  who: Who,
  id: string | null,
  clock: Clock,
): Promise<Outcome<{ endpoint: WebhookEndpointRow; secret: string }>> {
  const { secret, key } = newWebhookSecret();
  const now = clock.now();
  const previousExpiresAt = new Date(now.getTime() + SECRET_ROTATION_OVERLAP_MS);
  return dataSource.transaction(async (m) => {
    const endpoint = await lockWebhookEndpoint(m, id);
    if (!endpoint) return refused(userError('NOT_FOUND', 'endpointId'));
    const [rotated]: WebhookEndpointRow[] = await m.query(
      `WITH w AS (
         UPDATE webhook_endpoint
            SET previous_secret_sealed = secret_sealed, previous_secret_expires_at = $3,
                secret_sealed = $2, updated_at = $4
          WHERE id = $1 RETURNING *
       )
       SELECT ${ENDPOINT_COLUMNS} FROM w`,
      [endpoint.id, sealWebhookKey(key), previousExpiresAt, now],
    );
    await audit(m, who, 'webhookEndpoint.secretRotated', endpoint.id, null, {
      previousSecretExpiresAt: previousExpiresAt.toISOString(),
    });
    return { ok: true, value: { endpoint: rotated!, secret } };
  });
}
