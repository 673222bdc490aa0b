import type { DataSource } from 'typeorm';
import { auditHash } from './audit-hash';

export interface ChainVerification {
  ok: boolean;
  checked: number;
  /** Id of the first event whose hash or link does not match. */
  firstBrokenId: string | null;
  reason: string | null;
}

/** Walk the whole chain in id order, recomputing every hash. Streams in batches. */
export async function verifyAuditChain(
  dataSource: DataSource,
  batchSize = 5000,
): Promise<ChainVerification> {
  let prevHash: Buffer | null = null;
  let lastId = '0';
  let checked = 0;
  for (;;) {
    const rows: {
      id: string;
      occurred_at: Date;
      actor_type: string;
      actor_id: string | null;
      actor_name: string;
      request_id: string | null;
      action: string;
      entity_type: string;
      entity_id: string;
      before: unknown;
      after: unknown;
      prev_hash: Buffer | null;
      hash: Buffer;
    }[] = await dataSource.query(
      `SELECT id::text, occurred_at, actor_type, actor_id, actor_name, request_id, action, entity_type, entity_id,
              before, after, prev_hash, hash
         FROM audit_event WHERE audit_event.id > $1 ORDER BY audit_event.id LIMIT $2`,
      [lastId, batchSize],
    );
    if (rows.length === 0) return { ok: true, checked, firstBrokenId: null, reason: null };
    for (const row of rows) {
      const linked =
        prevHash === null ? row.prev_hash === null : row.prev_hash?.equals(prevHash) === true;
      if (!linked)
        return {
          ok: false,
          checked,
          firstBrokenId: row.id,
          reason: 'prev_hash does not link to the previous event',
        };
      const expected = auditHash(prevHash, {
        occurredAt: row.occurred_at.toISOString(),
        actorType: row.actor_type,
        actorId: row.actor_id,
        actorName: row.actor_name,
        requestId: row.request_id,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        before: row.before,
        after: row.after,
      });
      if (!expected.equals(row.hash)) {
        return {
          ok: false,
          checked,
          firstBrokenId: row.id,
          reason: 'content does not match its hash',
        };
      }
      prevHash = row.hash;
      lastId = row.id;
      checked += 1;
    }
  }
}
