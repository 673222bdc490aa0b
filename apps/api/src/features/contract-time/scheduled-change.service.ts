import type { DataSource } from 'typeorm';
import { isoDateJst, type Clock } from '@kizuna/domain';
import type { Queryable } from '../../db/queryable';
import { applyOrFail } from '../provisioning/provisioning-check.service';
import { failRequest } from '../provisioning/provisioning-failure';
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
 * built or applying it fails, mark it FAILED (audited, nothing else changes). Returns what happened, null when
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
      await failRequest(m, request, null, now, 'SUBSCRIPTION_CHANGED', null);
      return 'FAILED';
    }
    const applied = await applyOrFail(m, request, state, null, now, null);
    return applied.ok ? 'APPLIED' : 'FAILED';
  });
}
