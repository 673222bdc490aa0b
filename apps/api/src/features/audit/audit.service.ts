import type { EntityManager } from 'typeorm';
import type { Actor } from '../../graphql/context';
import { auditHash, type HashedAuditFields } from './audit-hash';

/** Any constant: the key of the advisory lock that serialises appends so the chain never forks. */
const AUDIT_CHAIN_LOCK = 0x4b5a4155; // 'KZAU'

export interface AuditEntry {
  actor: Actor | null;
  requestId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/**
 * Append one event to the hash chain inside the caller's transaction. Call it last in the
 * transaction: the chain lock is held until commit. Never pass personal data.
 */
export async function recordAudit(m: EntityManager, entry: AuditEntry): Promise<void> {
  await m.query(`SELECT pg_advisory_xact_lock($1)`, [AUDIT_CHAIN_LOCK]);
  const [last]: { hash: Buffer }[] = await m.query(
    `SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1`,
  );
  const fields: HashedAuditFields = {
    occurredAt: new Date().toISOString(),
    actorType: entry.actor?.kind ?? 'SYSTEM',
    actorId: entry.actor?.id ?? null,
    actorName: entry.actor?.displayName ?? 'system',
    requestId: entry.requestId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  };
  const prevHash = last?.hash ?? null;
  await m.query(
    `INSERT INTO audit_event (occurred_at, actor_type, actor_id, actor_name, request_id, action, entity_type,
                              entity_id, before, after, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      fields.occurredAt,
      fields.actorType,
      fields.actorId,
      fields.actorName,
      fields.requestId,
      fields.action,
      fields.entityType,
      fields.entityId,
      fields.before === null ? null : JSON.stringify(fields.before),
      fields.after === null ? null : JSON.stringify(fields.after),
      prevHash,
      auditHash(prevHash, fields),
    ],
  );
}
