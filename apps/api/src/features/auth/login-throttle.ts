import type { Clock } from '@kizuna/domain';
import type { Queryable } from '../../db/queryable';

/**
 * Sign-in throttle (ADR 0012): failures are counted per account and per client address in
 * PostgreSQL, so that every replica sees the same counts. Not a lockout: past a few free
 * failures each further one makes the key wait longer — 1 s, doubling, at most 15 minutes — and
 * the count starts again 15 minutes after the last failure, so that an attacker can delay a real
 * user by at most 15 minutes at a time, never lock them out. A success resets the account's count.
 */
export const LOGIN_THROTTLE = {
  /** Failures allowed per account before the delay starts. */
  freeAccountFailures: 5,
  /** Failures allowed per client address (many accounts, one address) before the delay starts. */
  freeAddressFailures: 20,
  firstDelayMs: 1_000,
  maxDelayMs: 15 * 60_000,
  /** A key's failures are forgotten this long after its last failure. */
  windowMs: 15 * 60_000,
} as const;

/** How long a key must wait after its `failures`-th failure in a row (0: not at all). */
export function loginDelayMs(failures: number, freeFailures: number): number {
  const over = failures - freeFailures;
  if (over <= 0) return 0;
  // 2 ** over overflows nothing: past 10 doublings the cap applies anyway.
  return Math.min(
    LOGIN_THROTTLE.firstDelayMs * 2 ** Math.min(over - 1, 30),
    LOGIN_THROTTLE.maxDelayMs,
  );
}

const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
const addressKey = (address: string) => `address:${address}`;

/** When the caller may try again, or null when it may try now. */
export async function loginBlockedUntil(
  db: Queryable,
  email: string,
  address: string,
  clock: Clock,
): Promise<Date | null> {
  const [row]: { until: Date | null }[] = await db.query(
    `SELECT max(blocked_until) AS until FROM login_throttle
      WHERE key = ANY($1::text[]) AND blocked_until > $2`,
    [[accountKey(email), addressKey(address)], clock.now()],
  );
  return row?.until ?? null;
}

/** Count a failed sign-in against the account and the address; returns the later wait. */
export async function recordLoginFailure(
  db: Queryable,
  email: string,
  address: string,
  clock: Clock,
): Promise<void> {
  const now = clock.now();
  const keys: [string, number][] = [
    [accountKey(email), LOGIN_THROTTLE.freeAccountFailures],
    [addressKey(address), LOGIN_THROTTLE.freeAddressFailures],
  ];
  for (const [key, free] of keys) {
    // One statement per key: concurrent failures on other replicas add up, never overwrite.
    const [row]: { failures: number }[] = await db.query(
      `INSERT INTO login_throttle AS t (key, failures, last_failure_at) VALUES ($1, 1, $2)
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN t.last_failure_at < $2::timestamptz - $3 * interval '1 millisecond'
                         THEN 1 ELSE t.failures + 1 END,
         last_failure_at = $2
       RETURNING failures`,
      [key, now, LOGIN_THROTTLE.windowMs],
    );
    const delay = loginDelayMs(row?.failures ?? 1, free);
    if (delay > 0)
      await db.query(`UPDATE login_throttle SET blocked_until = $2 WHERE key = $1`, [
        key,
        new Date(now.getTime() + delay),
      ]);
  }
}

/** A successful sign-in clears its account's count (the address keeps its own). */
export async function recordLoginSuccess(db: Queryable, email: string): Promise<void> {
  await db.query(`DELETE FROM login_throttle WHERE key = $1`, [accountKey(email)]);
}
