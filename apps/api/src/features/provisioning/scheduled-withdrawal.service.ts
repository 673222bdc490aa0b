import type { DataSource, EntityManager } from 'typeorm';
import { canCheckRequest, userError, type Clock, type UserErrorData } from '@kizuna/domain';
import type { Actor } from '../../graphql/context';
import { recordAudit } from '../audit/audit.service';
import type { DraftOutcome } from './provisioning-draft.service';
import { recordRequestEvent } from './provisioning-events';
import { addRequestEvent, findRequestForUpdate } from './provisioning-store';
import type { ProvisioningRequestModel } from './provisioning.model';

const MAX_REASON = 2000;
const refuse = (error: UserErrorData): DraftOutcome => ({ ok: false, errors: [error] });

/** Lock a SCHEDULED request for a withdrawal step, or say why it cannot take one. */
async function lockScheduled(
  m: EntityManager,
  requestId: string,
): Promise<ProvisioningRequestModel | DraftOutcome> {
  const request = await findRequestForUpdate(m, requestId);
  if (!request) return refuse(userError('NOT_FOUND', 'requestId'));
  if (request.status !== 'SCHEDULED') return refuse(userError('NOT_PENDING', 'requestId'));
  return request;
}

const isOutcome = (x: ProvisioningRequestModel | DraftOutcome): x is DraftOutcome => 'ok' in x;

/**
 * Ask to withdraw an approved, scheduled change (first half of its double check). Nothing changes
 * until another checker confirms; the change still applies on its date if nobody does.
 */
export async function requestScheduledWithdrawal(
  dataSource: DataSource,
  actor: Actor,
  auditRequestId: string,
  requestId: string,
  reason: string,
): Promise<DraftOutcome> {
  const why = reason.trim();
  if (why === '') return refuse(userError('REQUIRED', 'reason'));
  if (why.length > MAX_REASON) return refuse(userError('TOO_LONG', 'reason', { max: MAX_REASON }));
  return dataSource.transaction(async (m): Promise<DraftOutcome> => {
    const request = await lockScheduled(m, requestId);
    if (isOutcome(request)) return request;
    if (request.withdrawalRequestedBy)
      return refuse(userError('WITHDRAWAL_ALREADY_REQUESTED', 'requestId'));
    await m.query(
      `UPDATE provisioning_request SET withdrawal_requested_by = $2, withdrawal_requested_at = now(),
              withdrawal_reason = $3, updated_at = now() WHERE id = $1`,
      [request.id, actor.id, why],
    );
    await addRequestEvent(m, request, actor, 'WITHDRAWAL_REQUESTED', { reason: why });
    await recordAudit(m, {
      actor,
      requestId: auditRequestId,
      action: 'provisioningRequest.withdrawalRequested',
      entityType: 'ProvisioningRequest',
      entityId: request.id,
      before: { status: 'SCHEDULED', withdrawalRequested: false },
      after: { status: 'SCHEDULED', withdrawalRequested: true },
    });
    return { ok: true, requestId: request.id };
  });
}

/**
 * The second half: a checker other than the one who asked confirms (→ WITHDRAWN, nothing is
 * applied) or declines (the change stays scheduled).
 */
export async function decideScheduledWithdrawal(
  dataSource: DataSource,
  actor: Actor,
  auditRequestId: string,
  requestId: string,
  decision: 'CONFIRM' | 'DECLINE',
  clock: Clock,
): Promise<DraftOutcome> {
  return dataSource.transaction(async (m): Promise<DraftOutcome> => {
    const request = await lockScheduled(m, requestId);
    if (isOutcome(request)) return request;
    const askedBy = request.withdrawalRequestedBy;
    if (!askedBy) return refuse(userError('NO_WITHDRAWAL_REQUESTED', 'requestId'));
    // The same rule as any check: a checker, and not the person who asked.
    const may = canCheckRequest(
      { id: actor.id, roles: actor.kind === 'STAFF' ? actor.roles : [] },
      { makerId: askedBy },
    );
    if (!may.ok) return refuse(may.error);
    const confirmed = decision === 'CONFIRM';
    await m.query(
      confirmed
        ? `UPDATE provisioning_request SET status = 'WITHDRAWN', updated_at = now() WHERE id = $1`
        : `UPDATE provisioning_request SET withdrawal_requested_by = NULL, withdrawal_requested_at = NULL,
                  withdrawal_reason = NULL, updated_at = now() WHERE id = $1`,
      [request.id],
    );
    await addRequestEvent(m, request, actor, confirmed ? 'WITHDRAWN' : 'WITHDRAWAL_DECLINED', {});
    if (confirmed)
      await recordRequestEvent(m, 'provisioning_request.withdrawn', request, clock.now());
    await recordAudit(m, {
      actor,
      requestId: auditRequestId,
      action: confirmed
        ? 'provisioningRequest.withdrawalConfirmed'
        : 'provisioningRequest.withdrawalDeclined',
      entityType: 'ProvisioningRequest',
      entityId: request.id,
      before: { status: 'SCHEDULED', withdrawalRequested: true },
      after: confirmed
        ? { status: 'WITHDRAWN' }
        : { status: 'SCHEDULED', withdrawalRequested: false },
    });
    return { ok: true, requestId: request.id };
  });
}
