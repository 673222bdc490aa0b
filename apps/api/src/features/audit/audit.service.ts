import type { AuditAction } from '@kizuna/domain';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../graphql/context';
import { auditHash, eventHmac, headHmac, type HashedAuditFields } from './audit-hash';
import { auditKey } from './audit-key';

/** Any constant: the key of the advisory lock that serialises appends so the chain never forks. */
const AUDIT_CHAIN_LOCK = 0x4b5a4155; // 'KZAU'

export interface AuditEntry {
  /** Who did it; null for the system itself (scheduler, worker without an uploader). */
  actor: Pick<Actor, 'kind' | 'id' | 'displayName'> | null;
  requestId: string | null;
  /** One of the labelled actions (domain AUDIT_ACTIONS): the console shows it in words. */
  action: AuditAction;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

interface ChainHead {
  /** The signed head's hash (audit_anchor), when there is one. */
  anchorHash: Buffer | null;
  lastHash: Buffer | null;
  lastAnchored: boolean | null;
}

/**
 * What the next event links to: the signed head. Linking to it rather than to the newest row
 * makes a deletion of the newest events permanent evidence (the next event no longer links to
 * the row before it). Without a head, the newest row — unless that row was already signed: a
 * signed chain without its head has been tampered with, and the link to nothing records it.
 */
function predecessor(head: ChainHead | undefined): Buffer | null {
  if (head?.anchorHash) return head.anchorHash;
  return head?.lastAnchored ? null : (head?.lastHash ?? null);
}

/**
 * Append one event to the hash chain inside the caller's transaction, signed with the audit key
 * (ADR 0013), and move the signed head to it. Call it last in the transaction: the chain lock is
 * held until commit. Never pass personal data.
 */
export async function recordAudit(m: EntityManager, entry: AuditEntry): Promise<void> {
  const key = auditKey();
  await m.query(`SELECT pg_advisory_xact_lock($1)`, [AUDIT_CHAIN_LOCK]);
  const [head]: ChainHead[] = await m.query(
    `SELECT (SELECT last_hash FROM audit_anchor) AS "anchorHash",
            l.hash AS "lastHash", l.hmac IS NOT NULL AS "lastAnchored"
       FROM (SELECT 1) one
       LEFT JOIN LATERAL (SELECT hash, hmac FROM audit_event ORDER BY id DESC LIMIT 1) l ON true`,
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
  const prevHash = predecessor(head);
  const hash = auditHash(prevHash, fields);
  // The event and the head it becomes, in one statement (the statement count stays as it was).
  await m.query(
    `WITH appended AS (
       INSERT INTO audit_event (occurred_at, actor_type, actor_id, actor_name, request_id, action, entity_type,
                                entity_id, before, after, prev_hash, hash, hmac)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       RETURNING id
     )
     INSERT INTO audit_anchor (last_event_id, last_hash, hmac, updated_at)
     SELECT id, $12, $14, now() FROM appended
     ON CONFLICT (singleton) DO UPDATE
       SET last_event_id = EXCLUDED.last_event_id, last_hash = EXCLUDED.last_hash,
           hmac = EXCLUDED.hmac, updated_at = EXCLUDED.updated_at`,
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
      hash,
      eventHmac(key, hash),
      headHmac(key, hash),
    ],
  );
}
