import type { Clock } from '@kizuna/domain';
import type { ClaimedDelivery } from './webhook-delivery.claim';
import { openWebhookKey, webhookSignature } from './webhook-secret';
import { checkWebhookUrl } from './webhook-url';

/** A receiver that has not answered after this long has failed the attempt. */
export const DELIVERY_TIMEOUT_MS = 10_000;

/** What one attempt came to: the answer's status, or why there was none (short, no body). */
export type AttemptResult =
  | { status: number; error: null }
  | { status: null; error: string }
  /** The worker stopped mid-attempt: record nothing, as if it had been killed. */
  | { abandoned: true };

/** The signing keys at `now`: the current one, and the rotated one while its overlap lasts. */
function signingKeys(delivery: ClaimedDelivery, now: Date): Buffer[] {
  const keys = [openWebhookKey(delivery.secretSealed)];
  const { previousSecretSealed, previousSecretExpiresAt } = delivery;
  if (previousSecretSealed && previousSecretExpiresAt && previousSecretExpiresAt > now)
    keys.push(openWebhookKey(previousSecretSealed));
  return keys;
}

/** Why a request got no answer, in a few words (never what the receiver said). */
function reasonOf(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; cause?: { code?: string } };
  if (e.name === 'TimeoutError') return `no answer within ${timeoutMs / 1000} s`;
  return `connection failed (${e.cause?.code ?? e.name ?? 'unknown'})`;
}

/**
 * One attempt, per Standard Webhooks: POST of the envelope's JSON with `webhook-id` (the
 * envelope's id: the same on every attempt), `webhook-timestamp` (unix seconds) and
 * `webhook-signature`. The host is resolved and checked first; redirects are not followed.
 */
export async function sendWebhook(
  delivery: ClaimedDelivery,
  clock: Clock,
  options: { timeoutMs: number; signal?: AbortSignal },
): Promise<AttemptResult> {
  const url = await checkWebhookUrl(delivery.url);
  if (!url.ok) return { status: null, error: `refused: ${url.error.message.en}`.slice(0, 200) };
  const now = clock.now();
  let keys: Buffer[];
  try {
    keys = signingKeys(delivery, now);
  } catch {
    return { status: null, error: 'signing key unreadable (was KIZUNA_AUDIT_KEY changed?)' };
  }
  const body = JSON.stringify(delivery.envelope);
  const timestamp = Math.floor(now.getTime() / 1000);
  const timeout = AbortSignal.timeout(options.timeoutMs);
  try {
    const response = await fetch(url.value, {
      method: 'POST',
      redirect: 'manual',
      signal: options.signal ? AbortSignal.any([timeout, options.signal]) : timeout,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Kizuna-Webhooks/1',
        'webhook-id': delivery.envelope.id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': webhookSignature(keys, delivery.envelope.id, timestamp, body),
      },
      body,
    });
    // Only the status counts; the body is neither read nor kept.
    await response.body?.cancel().catch(() => undefined);
    return { status: response.status, error: null };
  } catch (error) {
    if (options.signal?.aborted) return { abandoned: true };
    return { status: null, error: reasonOf(error, options.timeoutMs) };
  }
}
