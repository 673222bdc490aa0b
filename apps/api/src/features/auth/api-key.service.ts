import type { DataSource } from 'typeorm';
import { userError, validateApiKeyDraft, type ApiKeyDraft, type Clock } from '@kizuna/domain';
import type { Outcome } from '../../graphql/outcome';
import { Conditions, keysetPage } from '../../db/keyset-page';
import type { Queryable } from '../../db/queryable';
import type { Actor } from '../../graphql/context';
import { recordAudit } from '../audit/audit.service';
import { issueApiKey, type IssuedApiKey } from './auth.service';

export interface ApiKeyRow {
  id: string;
  name: string;
  scopes: string[];
  keyPrefix: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdBy: string | null;
}

const API_KEY_COLUMNS = `k.id::text, k.name, k.scopes, k.key_prefix AS "keyPrefix", k.created_at AS "createdAt",
  k.expires_at AS "expiresAt", k.last_used_at AS "lastUsedAt", k.revoked_at AS "revokedAt",
  k.created_by::text AS "createdBy"`;

/** Issue a key (validated by the domain: its scopes are API_KEY_SCOPES only), audited. */
export async function createApiKey(
  dataSource: DataSource,
  actor: Actor,
  requestId: string,
  draft: ApiKeyDraft,
  clock: Clock,
): Promise<Outcome<IssuedApiKey>> {
  const valid = validateApiKeyDraft(draft, clock.now());
  if (!valid.ok) return { ok: false, errors: valid.error };
  const { name, scopes, expiresAt } = valid.value;
  const issued = await dataSource.transaction(async (m) => {
    const key = await issueApiKey(m, { name, scopes, createdBy: actor.id, expiresAt });
    await recordAudit(m, {
      actor,
      requestId,
      action: 'apiKey.created',
      entityType: 'ApiKey',
      entityId: key.id,
      before: null,
      after: { name, scopes, expiresAt: expiresAt?.toISOString() ?? null },
    });
    return key;
  });
  return { ok: true, value: issued };
}

/** Revoke a key: its next request is refused (authentication reads revoked_at each time). */
export async function revokeApiKey(
  dataSource: DataSource,
  actor: Actor,
  requestId: string,
  apiKeyId: string | null,
): Promise<Outcome<ApiKeyRow>> {
  return dataSource.transaction(async (m) => {
    const [key]: ApiKeyRow[] = apiKeyId
      ? await m.query(`SELECT ${API_KEY_COLUMNS} FROM api_key k WHERE k.id = $1 FOR UPDATE`, [
          apiKeyId,
        ])
      : [];
    if (!key) return { ok: false, errors: [userError('NOT_FOUND', 'apiKeyId')] };
    if (key.revokedAt) return { ok: false, errors: [userError('NO_CHANGE', 'apiKeyId')] };
    const [revoked]: ApiKeyRow[] = await m.query(
      // Wrapped in a SELECT: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.
      `WITH k AS (UPDATE api_key SET revoked_at = now() WHERE id = $1 RETURNING *)
       SELECT ${API_KEY_COLUMNS} FROM k`,
      [key.id],
    );
    await recordAudit(m, {
      actor,
      requestId,
      action: 'apiKey.revoked',
      entityType: 'ApiKey',
      entityId: key.id,
      before: { revokedAt: null },
      after: { revokedAt: revoked!.revokedAt },
    });
    return { ok: true, value: revoked! };
  });
}

/** Keys, newest first, by keyset; revoked ones only when asked. */
export function listApiKeys(
  db: Queryable,
  args: { first: number; after?: string | null; includeRevoked: boolean },
) {
  const c = new Conditions();
  if (!args.includeRevoked) c.raw('k.revoked_at IS NULL');
  return keysetPage<ApiKeyRow>(db, {
    select: API_KEY_COLUMNS,
    from: 'api_key k',
    where: c.where,
    params: c.params,
    sortColumn: 'k.created_at',
    sortType: 'timestamptz',
    sortKeySql: `to_char(k.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    idColumn: 'k.id',
    direction: 'DESC',
    first: args.first,
    after: args.after,
  });
}
