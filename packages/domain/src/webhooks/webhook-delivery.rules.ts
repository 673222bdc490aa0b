/**
 * When a webhook is sent again, when it is given up, and when its endpoint is: the Standard
 * Webhooks recommendation (https://www.standardwebhooks.com/), about a day and a half in all.
 */

export const WEBHOOK_DELIVERY_STATUSES = ['PENDING', 'SUCCEEDED', 'FAILED', 'CANCELLED'] as const;
/**
 * PENDING: to be sent (again); SUCCEEDED: answered 2xx; FAILED: given up (every attempt failed, or
 * the endpoint answered 410); CANCELLED: its endpoint was disabled before it succeeded.
 */
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The first attempt is immediate; after each failed one, the next waits this long (± jitter). */
export const WEBHOOK_RETRY_DELAYS_MS: readonly number[] = [
  5 * SECOND,
  5 * MINUTE,
  30 * MINUTE,
  2 * HOUR,
  5 * HOUR,
  10 * HOUR,
  10 * HOUR,
];
/** Every attempt of a delivery: the first and one per retry delay. */
export const WEBHOOK_MAX_ATTEMPTS = WEBHOOK_RETRY_DELAYS_MS.length + 1;
/** Each delay varies by up to this share either way, so that retries do not arrive in waves. */
export const WEBHOOK_RETRY_JITTER = 0.1;
/** An endpoint whose deliveries have all failed for this long is disabled. */
export const WEBHOOK_FAILING_DISABLE_AFTER_MS = 5 * DAY;

/**
 * When to try again after the `attemptsMade`-th attempt failed at `failedAt`, or null when that
 * was the last. `random` is uniform in [0, 1) and picks the jitter.
 */
export function nextWebhookAttemptAt(
  attemptsMade: number,
  failedAt: Date,
  random: number,
): Date | null {
  const delay = WEBHOOK_RETRY_DELAYS_MS[attemptsMade - 1];
  if (attemptsMade < 1 || delay === undefined) return null;
  const jitter = 1 + WEBHOOK_RETRY_JITTER * (2 * random - 1);
  return new Date(failedAt.getTime() + Math.round(delay * jitter));
}

/**
 * What an answer means: 2xx delivered; 410 Gone, the receiver asks never to be called again;
 * anything else (another status, a redirect, no answer at all: null) is tried again.
 */
export function webhookResponseVerdict(status: number | null): 'SUCCEEDED' | 'GONE' | 'RETRY' {
  if (status !== null && status >= 200 && status < 300) return 'SUCCEEDED';
  return status === 410 ? 'GONE' : 'RETRY';
}

/** Whether an endpoint failing since `failingSince` (no success since) is to be disabled now. */
export const isFailingTooLong = (failingSince: Date, now: Date): boolean =>
  now.getTime() - failingSince.getTime() >= WEBHOOK_FAILING_DISABLE_AFTER_MS;
