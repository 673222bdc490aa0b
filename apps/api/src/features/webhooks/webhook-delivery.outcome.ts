import type { DataSource } from 'typeorm';
import {
  isFailingTooLong,
  nextWebhookAttemptAt,
  webhookResponseVerdict,
  type Clock,
  type WebhookDisabledReason,
} from '@kizuna/domain';
import { logger } from '../../observability/logger';
import type { ClaimedDelivery } from './webhook-delivery.claim';
import type { AttemptResult } from './webhook-delivery.send';
import { disableWebhookEndpointIn } from './webhook-endpoint.store';

export type RecordedOutcome = 'SUCCEEDED' | 'RETRY' | 'FAILED' | 'STALE';

const SYSTEM = { actor: null, requestId: null };

/**
 * Record an attempt's result, if the claim is still this worker's (else `STALE`: the lease
 * passed and another worker took it, or it was replayed). 2xx: delivered, and the endpoint is no
 * longer failing. 410: given up and the endpoint disabled. Anything else: the next attempt on
 * the schedule, or given up after the last; an endpoint failing for five days is disabled.
 */
export async function recordAttempt(
  dataSource: DataSource,
  clock: Clock,
  delivery: ClaimedDelivery,
  result: Exclude<AttemptResult, { abandoned: true }>,
): Promise<RecordedOutcome> {
  const now = clock.now();
  const verdict = webhookResponseVerdict(result.status);
  const next =
    verdict === 'RETRY' ? nextWebhookAttemptAt(delivery.attempts, now, Math.random()) : null;
  const status = verdict === 'SUCCEEDED' ? 'SUCCEEDED' : next ? 'PENDING' : 'FAILED';
  const error = result.error ?? (verdict === 'SUCCEEDED' ? null : `HTTP ${result.status}`);
  return dataSource.transaction(async (m) => {
    // The endpoint first, as every transaction that changes both does (disabling locks it, then
    // its deliveries): two outcomes of one endpoint must not lock in opposite orders.
    await m.query(`SELECT FROM webhook_endpoint WHERE id = $1 FOR NO KEY UPDATE`, [
      delivery.endpointId,
    ]);
    const updated: unknown[] = await m.query(
      `WITH d AS (
         UPDATE webhook_delivery
            SET status = $3, next_attempt_at = $4, claimed_until = NULL, claim_token = NULL,
                last_status_code = $5, last_error = $6
          WHERE id = $1 AND claim_token = $2 AND status = 'PENDING' RETURNING id
       )
       SELECT id FROM d`,
      [delivery.deliveryId, delivery.claimToken, status, next, result.status, error],
    );
    if (updated.length === 0) return 'STALE';
    if (verdict === 'SUCCEEDED') {
      await m.query(`UPDATE webhook_endpoint SET failing_since = NULL WHERE id = $1`, [
        delivery.endpointId,
      ]);
      return 'SUCCEEDED';
    }
    let disable: WebhookDisabledReason | null = verdict === 'GONE' ? 'GONE' : null;
    if (!disable) {
      const [endpoint]: { failingSince: Date }[] = await m.query(
        `WITH w AS (
           UPDATE webhook_endpoint SET failing_since = COALESCE(failing_since, $2)
            WHERE id = $1 RETURNING failing_since
         )
         SELECT failing_since AS "failingSince" FROM w`,
        [delivery.endpointId, now],
      );
      if (endpoint && isFailingTooLong(endpoint.failingSince, now)) disable = 'FAILING';
    }
    if (disable && (await disableWebhookEndpointIn(m, SYSTEM, delivery.endpointId, disable, now)))
      logger.warn(
        { endpointId: delivery.endpointId, reason: disable },
        'webhook endpoint disabled',
      );
    return status === 'PENDING' ? 'RETRY' : 'FAILED';
  });
}
