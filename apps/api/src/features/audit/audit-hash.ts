import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** JSON with object keys sorted at every level, so that jsonb round trips hash the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export interface HashedAuditFields {
  occurredAt: string;
  actorType: string;
  actorId: string | null;
  actorName: string;
  requestId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** hash = SHA-256(previous hash ‖ canonical JSON of the event). */
export function auditHash(prevHash: Buffer | null, fields: HashedAuditFields): Buffer {
  return createHash('sha256')
    .update(prevHash ?? Buffer.alloc(0))
    .update(canonicalJson(fields), 'utf8')
    .digest();
}

// Distinct prefixes: an event's HMAC can never be copied into the head, nor the reverse.
const EVENT_TAG = Buffer.from('kizuna-audit-event\0', 'utf8');
const HEAD_TAG = Buffer.from('kizuna-audit-head\0', 'utf8');

/** hmac = HMAC-SHA256(key, "event" ‖ hash): only a holder of the key can sign a recomputed hash. */
export function eventHmac(key: Buffer, hash: Buffer): Buffer {
  return createHmac('sha256', key).update(EVENT_TAG).update(hash).digest();
}

/** The signed head: HMAC-SHA256(key, "head" ‖ hash of the newest event). */
export function headHmac(key: Buffer, hash: Buffer): Buffer {
  return createHmac('sha256', key).update(HEAD_TAG).update(hash).digest();
}

/** Constant-time comparison of a stored HMAC with the expected one. */
export function sameHmac(stored: Buffer | null, expected: Buffer): boolean {
  return stored !== null && stored.length === expected.length && timingSafeEqual(stored, expected);
}
