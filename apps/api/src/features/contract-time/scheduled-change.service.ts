import type { DataSource, EntityManager } from 'typeorm';
import { isoDateJst, userError, type Clock } from '@kizuna/domain';
import type { Queryable } from '../../db/queryable';
import { recordAudit } from '../audit/audit.service';
import { enqueueOutbox } from '../outbox/outbox.service';
import { applyAndRecord } from '../provisioning/provisioning-check.service';
import { addRequestEvent } from '../provisioning/provisioning-store';
import { REQUEST_COLUMNS, type ProvisioningRequestModel } from '../provisioning/provisioning.model';
import { loadSubscriptionState } from '../provisioning/subscription-state';

/**
 * Claim the soonest due SCHEDULED request (its effective date has come in Asia/Tokyo) and lock it
 * until the transaction ends. Concurrent workers skip each other's claims (SKIP LOCKED); a claim
 * whose process dies is released by PostgreSQL with the connection and claimed again.
 */
export async function claimDueScheduledRequest(
  db: Queryable,
  today: string,
): Promise<ProvisioningRequestModel | null> {
  const [row] = await db.query(
    `SELECT ${REQUEST_COLUMNS} FROM provisioning_request r
      WHERE r.status = 'SCHEDULED' AND r.effective_date <= $1::date
      ORDER BY r.effective_date, r.id
      LIMIT 1 FOR UPDATE SKIP LOCKED`,
    [today],
  );
  return (row as ProvisioningRequestModel | undefined) ?? null;
}

/**
 * Apply one due scheduled change in one transaction — subscription, history, request, audit and
 * outbox, exactly as an approval applies — or, if the subscription moved since the request was
 * built, mark it FAILED (audited, nothing else changes). Returns what happened, null when
 * nothing was due.
 */
export async function applyNextDueScheduledChange(
  dataSource: DataSource,
  clock: Clock,
): Promise<'APPLIED' | 'FAILED' | null> {
  return dataSource.transaction(async (m) => {
    const now = clock.now();
    const request = await claimDueScheduledRequest(m, isoDateJst(now));
    if (!request) return null;
    const state = await loadSubscriptionState(m, request.customerId, { lock: true });
    if (!state?.subscription || state.subscription.version !== request.baseSubscriptionVersion) {
      await failScheduledRequest(m, request, now);
      return 'FAILED';
    }
    await applyAndRecord(m, request, state, null, now, null);
    return 'APPLIED';
  });
}

async function failScheduledRequest(
  m: EntityManager,
  request: ProvisioningRequestModel,
  now: Date,
): Promise<void> {
  const reason = userError('SUBSCRIPTION_CHANGED', 'requestId');
  await m.query(
    `UPDATE provisioning_request SET status = 'FAILED', failure_code = $2, updated_at = now() WHERE id = $1`,
    [request.id, reason.code],
  );
  await addRequestEvent(m, request, null, 'FAILED', { code: reason.code });
  await enqueueOutbox(m, {
    type: 'provisioning_request.failed',
    aggregateType: 'Customer',
    aggregateId: request.customerId,
    payload: {
      customerId: request.customerId,
      requestId: request.id,
      kind: request.kind,
      effectiveDate: request.effectiveDate,
      code: reason.code,
      failedAt: now.toISOString(),
    },
  });
  await recordAudit(m, {
    actor: null,
    requestId: null,
    action: 'provisioningRequest.failed',
    entityType: 'ProvisioningRequest',
    entityId: request.id,
    before: { status: 'SCHEDULED', version: request.version },
    after: { status: 'FAILED', version: request.version, code: reason.code },
  });
}
