import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { WebhookDisabledReason, WebhookEndpointStatus } from '@kizuna/domain';
import { keysetPage } from '../../db/keyset-page';
import type { Queryable } from '../../db/queryable';
import type { Actor } from '../../graphql/context';
import { recordAudit } from '../audit/audit.service';

export interface WebhookEndpointRow {
  id: string;
  url: string;
  eventTypes: string[];
  description: string;
  status: WebhookEndpointStatus;
  disabledReason: WebhookDisabledReason | null;
  disabledAt: Date | null;
  failingSince: Date | null;
  previousSecretExpiresAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const ENDPOINT_COLUMNS = `w.id::text, w.url, w.event_types AS "eventTypes", w.description,
  w.status, w.disabled_reason AS "disabledReason", w.disabled_at AS "disabledAt",
  w.failing_since AS "failingSince", w.previous_secret_expires_at AS "previousSecretExpiresAt",
  w.created_at AS "createdAt", w.updated_at AS "updatedAt"`;

/** Endpoints, newest first, by keyset. */
export function listWebhookEndpoints(
  db: Queryable,
  args: { first: number; after?: string | null },
) {
  return keysetPage<WebhookEndpointRow>(db, {
    select: ENDPOINT_COLUMNS,
    from: 'webhook_endpoint w',
    where: [],
    params: [],
    sortColumn: 'w.created_at',
    sortType: 'timestamptz',
    sortKeySql: `to_char(w.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    idColumn: 'w.id',
    direction: 'DESC',
    first: args.first,
    after: args.after,
  });
}

/** One endpoint by its id, or undefined (for the console's endpoint page). */
export async function findWebhookEndpoint(
  db: Queryable,
  id: string | null,
): Promise<WebhookEndpointRow | undefined> {
  if (!id) return undefined;
  const [row]: WebhookEndpointRow[] = await db.query(
    `SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoint w WHERE w.id = $1`,
    [id],
  );
  return row;
}

/** An endpoint locked for a change in the caller's transaction. */
export async function lockWebhookEndpoint(
  m: Queryable,
  id: string | null,
): Promise<WebhookEndpointRow | undefined> {
  if (!id) return undefined;
  const [row]: WebhookEndpointRow[] = await m.query(
    `SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoint w WHERE w.id = $1 FOR UPDATE`,
    [id],
  );
  return row;
}

/**
 * What the audit trail keeps of a URL: its origin and a digest — a path or query often carries
 * the receiver's own token, which audit readers need not see.
 */
export function auditedUrl(url: string): { urlOrigin: string; urlSha256: string } {
  return {
    urlOrigin: new URL(url).origin,
    urlSha256: createHash('sha256').update(url, 'utf8').digest('hex'),
  };
}

/**
 * Disable an enabled endpoint and cancel its deliveries not yet made, audited (`actor` null: the
 * delivery worker). Returns the endpoint, or undefined when it was not enabled.
 */
export async function disableWebhookEndpointIn(
  m: EntityManager,
  who: { actor: Actor | null; requestId: string | null },
  id: string,
  reason: WebhookDisabledReason,
  now: Date,
): Promise<WebhookEndpointRow | undefined> {
  const [row]: WebhookEndpointRow[] = await m.query(
    // Wrapped in a SELECT: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.
    `WITH w AS (
       UPDATE webhook_endpoint SET status = 'DISABLED', disabled_reason = $2, disabled_at = $3,
              updated_at = $3
        WHERE id = $1 AND status = 'ENABLED' RETURNING *
     ), cancelled AS (
       UPDATE webhook_delivery SET status = 'CANCELLED', next_attempt_at = NULL,
              claimed_until = NULL, claim_token = NULL
        WHERE endpoint_id IN (SELECT id FROM w) AND status = 'PENDING'
     )
     SELECT ${ENDPOINT_COLUMNS} FROM w`,
    [id, reason, now],
  );
  if (!row) return undefined;
  await recordAudit(m, {
    ...who,
    action: 'webhookEndpoint.disabled',
    entityType: 'WebhookEndpoint',
    entityId: id,
    before: { status: 'ENABLED' },
    after: { status: 'DISABLED', disabledReason: reason },
  });
  return row;
}
