import type { DataSource } from 'typeorm';
import { auditHash, eventHmac, headHmac, sameHmac } from './audit-hash';
import { auditKey } from './audit-key';

/** What is wrong at the first broken event, as a code a console can put in words. */
export const CHAIN_FAULTS = [
  'APPENDED_AFTER_HEAD_REMOVED',
  'LINK_BROKEN',
  'HASH_MISMATCH',
  'HMAC_MISSING',
  'HMAC_MISMATCH',
  'HEAD_HMAC_INVALID',
  'NEWEST_REMOVED',
  'HEAD_MISSING',
] as const;
export type ChainFault = (typeof CHAIN_FAULTS)[number];

export interface ChainVerification {
  ok: boolean;
  checked: number;
  /** Id of the first event whose hash, link or HMAC does not match (or the missing signed head). */
  firstBrokenId: string | null;
  reason: string | null;
  fault: ChainFault | null;
  /** Events written before the chain was signed (ADR 0013): hashed and linked, not signed. */
  unanchored: number;
  /** The first signed event when unsigned ones precede it ("unanchored before #N"). */
  unanchoredBefore: string | null;
  /** The signed head the chain ends at, to note outside the database (id and hash). */
  head: { id: string; hash: string } | null;
}

interface EventRow {
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
  hmac: Buffer | null;
}

interface AnchorRow {
  last_event_id: string;
  last_hash: Buffer;
  hmac: Buffer;
}

interface Fault {
  fault: ChainFault;
  reason: string;
}

/** Why `row` does not belong to the chain after `prevHash`, or null when it does. */
function fault(row: EventRow, prevHash: Buffer | null, signed: boolean, key: Buffer): Fault | null {
  const linked =
    prevHash === null ? row.prev_hash === null : row.prev_hash?.equals(prevHash) === true;
  if (!linked) {
    return row.prev_hash === null && prevHash !== null
      ? {
          fault: 'APPENDED_AFTER_HEAD_REMOVED',
          reason: 'links to no predecessor: it was appended after the signed head had been removed',
        }
      : {
          fault: 'LINK_BROKEN',
          reason:
            'prev_hash does not link to the previous event (events removed or altered before it)',
        };
  }
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
  if (!expected.equals(row.hash))
    return { fault: 'HASH_MISMATCH', reason: 'content does not match its hash' };
  if (row.hmac === null) {
    return signed
      ? { fault: 'HMAC_MISSING', reason: 'has no HMAC although events before it are signed' }
      : null;
  }
  if (!sameHmac(row.hmac, eventHmac(key, row.hash))) {
    return {
      fault: 'HMAC_MISMATCH',
      reason: 'HMAC does not match its hash: the hash was recomputed without the audit key',
    };
  }
  return null;
}

/**
 * Walk the whole chain in id order, recomputing every hash and checking every HMAC, then check
 * the signed head and that the chain still reaches it (truncation of the newest events). Streams
 * in batches. The head is read first: events appended meanwhile come after it, checked too.
 */
export async function verifyAuditChain(
  dataSource: DataSource,
  batchSize = 5000,
  key: Buffer = auditKey(),
): Promise<ChainVerification> {
  const [anchor]: AnchorRow[] = await dataSource.query(
    `SELECT last_event_id::text, last_hash, hmac FROM audit_anchor`,
  );
  let prevHash: Buffer | null = null;
  let lastId = '0';
  let checked = 0;
  let unanchored = 0;
  let firstSigned: string | null = null;
  let headSeen = false;
  const result = (firstBrokenId: string | null, broken: Fault | null): ChainVerification => ({
    ok: broken === null,
    checked,
    firstBrokenId,
    reason: broken?.reason ?? null,
    fault: broken?.fault ?? null,
    unanchored,
    unanchoredBefore: unanchored > 0 ? firstSigned : null,
    head: anchor ? { id: anchor.last_event_id, hash: anchor.last_hash.toString('hex') } : null,
  });
  for (;;) {
    const rows: EventRow[] = await dataSource.query(
      `SELECT id::text, occurred_at, actor_type, actor_id, actor_name, request_id, action, entity_type, entity_id,
              before, after, prev_hash, hash, hmac
         FROM audit_event WHERE audit_event.id > $1 ORDER BY audit_event.id LIMIT $2`,
      [lastId, batchSize],
    );
    for (const row of rows) {
      const broken = fault(row, prevHash, firstSigned !== null, key);
      if (broken) return result(row.id, broken);
      if (row.hmac === null) unanchored += 1;
      else firstSigned ??= row.id;
      if (anchor && row.hash.equals(anchor.last_hash)) headSeen = true;
      prevHash = row.hash;
      lastId = row.id;
      checked += 1;
    }
    if (rows.length < batchSize) break;
  }
  // After the walk, so that a recomputed chain is reported at its first altered event.
  if (anchor && !sameHmac(anchor.hmac, headHmac(key, anchor.last_hash))) {
    return result(anchor.last_event_id, {
      fault: 'HEAD_HMAC_INVALID',
      reason: 'the signed head (audit_anchor) has an invalid HMAC',
    });
  }
  if (anchor && !headSeen) {
    return result(anchor.last_event_id, {
      fault: 'NEWEST_REMOVED',
      reason: `the newest events were removed: the signed head is event #${anchor.last_event_id} but the chain ends at #${lastId}`,
    });
  }
  if (!anchor && firstSigned !== null) {
    return result(firstSigned, {
      fault: 'HEAD_MISSING',
      reason: 'the signed head (audit_anchor) is missing',
    });
  }
  return result(null, null);
}
