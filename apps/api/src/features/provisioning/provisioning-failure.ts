import type { EntityManager } from 'typeorm';
import { userError, type UserErrorCode, type UserErrorData } from '@kizuna/domain';
import type { Actor } from '../../graphql/context';
import { recordAudit } from '../audit/audit.service';
import { recordRequestEvent } from './provisioning-events';
import { addRequestEvent } from './provisioning-store';
import type { ProvisioningRequestModel } from './provisioning.model';

/**
 * An approved request that could not be applied ends FAILED with its reason: history, outbox and
 * audit record it in the caller's transaction; nothing else changes. The failure shows on the
 * home page of its maker and of checkers (status FAILED, failureReason).
 */
export async function failRequest(
  m: EntityManager,
  request: ProvisioningRequestModel,
  actor: Actor | null,
  now: Date,
  code: Extract<UserErrorCode, 'SUBSCRIPTION_CHANGED' | 'APPLY_FAILED'>,
  auditRequestId: string | null,
): Promise<UserErrorData> {
  const reason = userError(code, 'requestId');
  await m.query(
    `UPDATE provisioning_request SET status = 'FAILED', failure_code = $2, updated_at = now(),
            checker_id = coalesce(checker_id, $3), decided_at = coalesce(decided_at, $4)
      WHERE id = $1`,
    [request.id, reason.code, actor?.kind === 'STAFF' ? actor.id : null, now],
  );
  await addRequestEvent(m, request, actor, 'FAILED', { code: reason.code });
  await recordRequestEvent(m, 'provisioning_request.failed', request, now, { code: reason.code });
  await recordAudit(m, {
    actor,
    requestId: auditRequestId,
    action: 'provisioningRequest.failed',
    entityType: 'ProvisioningRequest',
    entityId: request.id,
    before: { status: request.status, version: request.version },
    after: { status: 'FAILED', version: request.version, code: reason.code },
  });
  return reason;
}

/**
 * SQLSTATE classes that say "try again", not "this cannot be done": serialization failures and
 * deadlocks (40), lost connections (08), exhausted resources (53), cancellations and shutdowns
 * (57). Such an error propagates and the request is taken up again; any other one fails it.
 */
const TRANSIENT_CLASSES = ['40', '08', '53', '57'];

export function isTransientDatabaseError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && TRANSIENT_CLASSES.some((c) => code.startsWith(c));
}
