import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/queryable';
import type { IdempotencyCaller } from './idempotency-crypto';

/** How long a key and its response are kept (Stripe's 24 hours). */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;
/** An in-flight claim lapses this long after its last heartbeat (a crashed replica's key frees itself). */
export const IDEMPOTENCY_LEASE_SECONDS = 60;

/** One caller's key, as stored. */
export interface IdempotencySlot {
  caller: IdempotencyCaller;
  keyHash: Buffer;
}

export type IdempotencyClaim =
  /** This request owns the key: run it, then complete or release. */
  | { kind: 'claimed'; owner: string }
  /** The same request completed earlier: replay its response. */
  | { kind: 'completed'; status: number; response: Buffer }
  /** The key was used for another request within 24 hours. */
  | { kind: 'reused' }
  /** The same request is still running. */
  | { kind: 'in-flight' };

const slotParams = (slot: IdempotencySlot) => [slot.caller.kind, slot.caller.id, slot.keyHash];
const SLOT = `caller_kind = $1 AND caller_id = $2 AND key_hash = $3`;

/**
 * Claim the key for a request, atomically across replicas: a new key is inserted; an expired
 * one (over 24 h), or an unfinished one of the same request whose lease lapsed, is taken over;
 * any other existing row answers what became of the request. Times are the database's now().
 */
export async function claimIdempotencyKey(
  db: Queryable,
  slot: IdempotencySlot,
  requestHash: Buffer,
): Promise<IdempotencyClaim> {
  // A row seen by the INSERT may be gone before the SELECT (its owner released it): try again.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const owner = randomUUID();
    const claimed: unknown[] = await db.query(
      `INSERT INTO idempotency_key AS k
              (caller_kind, caller_id, key_hash, request_hash, owner, locked_until)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(secs => $6))
       ON CONFLICT (caller_kind, caller_id, key_hash) DO UPDATE
          SET request_hash = EXCLUDED.request_hash, owner = EXCLUDED.owner,
              locked_until = EXCLUDED.locked_until, created_at = now(),
              completed_at = NULL, response_status = NULL, response = NULL
        WHERE k.created_at <= now() - make_interval(hours => $7)
           OR (k.completed_at IS NULL AND k.locked_until <= now()
               AND k.request_hash = EXCLUDED.request_hash)
       RETURNING 1`,
      [
        ...slotParams(slot),
        requestHash,
        owner,
        IDEMPOTENCY_LEASE_SECONDS,
        IDEMPOTENCY_KEY_TTL_HOURS,
      ],
    );
    if (claimed.length > 0) return { kind: 'claimed', owner };
    const [row]: {
      same_request: boolean;
      response_status: number | null;
      response: Buffer | null;
    }[] = await db.query(
      `SELECT request_hash = $4 AS same_request, response_status, response
         FROM idempotency_key WHERE ${SLOT}`,
      [...slotParams(slot), requestHash],
    );
    if (!row) continue;
    if (!row.same_request) return { kind: 'reused' };
    if (row.response_status !== null && row.response !== null)
      return { kind: 'completed', status: row.response_status, response: row.response };
    return { kind: 'in-flight' };
  }
  return { kind: 'in-flight' };
}

/** Keep the claim alive while its request runs. */
export async function extendIdempotencyLease(
  db: Queryable,
  slot: IdempotencySlot,
  owner: string,
): Promise<void> {
  await db.query(
    `UPDATE idempotency_key SET locked_until = now() + make_interval(secs => $5)
      WHERE ${SLOT} AND owner = $4 AND completed_at IS NULL`,
    [...slotParams(slot), owner, IDEMPOTENCY_LEASE_SECONDS],
  );
}

/** Store the (sealed) response of the claim's request; later retries replay it. */
export async function completeIdempotencyKey(
  db: Queryable,
  slot: IdempotencySlot,
  owner: string,
  status: number,
  response: Buffer,
): Promise<void> {
  await db.query(
    `UPDATE idempotency_key SET completed_at = now(), response_status = $5, response = $6
      WHERE ${SLOT} AND owner = $4`,
    [...slotParams(slot), owner, status, response],
  );
}

/** Forget the claim: the request did not run to a result worth replaying (a fault), so a retry runs it. */
export async function releaseIdempotencyKey(
  db: Queryable,
  slot: IdempotencySlot,
  owner: string,
): Promise<void> {
  await db.query(`DELETE FROM idempotency_key WHERE ${SLOT} AND owner = $4`, [
    ...slotParams(slot),
    owner,
  ]);
}

/** Delete the keys older than 24 hours (and with them the responses they kept). */
export async function deleteExpiredIdempotencyKeys(db: Queryable): Promise<number> {
  const [, deleted]: [unknown, number] = await db.query(
    `DELETE FROM idempotency_key WHERE created_at <= now() - make_interval(hours => $1)`,
    [IDEMPOTENCY_KEY_TTL_HOURS],
  );
  return deleted;
}
