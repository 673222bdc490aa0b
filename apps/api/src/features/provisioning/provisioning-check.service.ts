import type { DataSource, EntityManager } from 'typeorm';
import {
  canCheckRequest,
  compareConfirmation,
  userError,
  type ConfirmationField,
  type UserErrorData,
} from '@kizuna/domain';
import type { Actor } from '../../graphql/context';
import { recordAudit } from '../audit/audit.service';
import { applyRequest } from './provisioning-apply';
import { addRequestEvent, findRequestForUpdate, recordRefusal } from './provisioning-store';
import type { ProvisioningRequestModel } from './provisioning.model';
import { loadSubscriptionState } from './subscription-state';

export type CheckOutcome =
  | { ok: true; requestId: string }
  | {
      ok: false;
      errors: UserErrorData[];
      requestId: string | null;
      mismatchedFields: ConfirmationField[];
    };

const refused = (errors: UserErrorData[], requestId: string | null = null): CheckOutcome => ({
  ok: false,
  errors,
  requestId,
  mismatchedFields: [],
});

interface Confirmation {
  planCode?: string | null;
  optionCodes: string[];
  effectiveDate: string;
}

/** Lock the request and check that this actor may decide it now, at this version. */
async function lockForCheck(
  m: EntityManager,
  actor: Actor,
  requestId: string,
  version: number | null,
): Promise<{ request: ProvisioningRequestModel } | { refusal: CheckOutcome }> {
  const request = await findRequestForUpdate(m, requestId);
  if (!request) return { refusal: refused([userError('NOT_FOUND', 'requestId')]) };
  const may = canCheckRequest(
    { id: actor.id, roles: actor.kind === 'STAFF' ? actor.roles : [] },
    request,
  );
  if (!may.ok) return { refusal: refused([may.error], request.id) };
  if (request.status !== 'PENDING_CHECK')
    return { refusal: refused([userError('NOT_PENDING', 'requestId')], request.id) };
  if (version !== null && version !== request.version) {
    return { refusal: refused([userError('STALE_VERSION', 'version')], request.id) };
  }
  return { request };
}

/**
 * The blind check. A matching confirmation applies the change (subscription, request, audit and
 * outbox in one transaction); a mismatch returns the request to its maker and records a near-miss.
 */
export async function approveRequest(
  dataSource: DataSource,
  actor: Actor,
  requestId: string,
  version: number,
  confirmation: Confirmation,
  auditRequestId: string,
): Promise<CheckOutcome> {
  const outcome = await dataSource.transaction(async (m): Promise<CheckOutcome> => {
    const locked = await lockForCheck(m, actor, requestId, version);
    if ('refusal' in locked) return locked.refusal;
    const { request } = locked;
    const mismatched = compareConfirmation(
      {
        planCode: request.planCode,
        optionCodes: request.optionCodes,
        effectiveDate: request.effectiveDate,
      },
      {
        planCode: confirmation.planCode ?? null,
        optionCodes: confirmation.optionCodes,
        effectiveDate: confirmation.effectiveDate,
      },
    );
    if (mismatched.length > 0) {
      await returnForMismatch(m, actor, request, mismatched, auditRequestId);
      return {
        ok: false,
        errors: [userError('CONFIRMATION_MISMATCH', 'confirmation')],
        requestId: request.id,
        mismatchedFields: mismatched,
      };
    }
    const state = await loadSubscriptionState(m, request.customerId, { lock: true });
    if (!state?.subscription || state.subscription.version !== request.baseSubscriptionVersion) {
      return refused([userError('SUBSCRIPTION_CHANGED', 'requestId')], request.id);
    }
    const change = await applyRequest(m, request, state, actor);
    await m.query(
      `UPDATE provisioning_request SET status = 'APPLIED', checker_id = $2, decided_at = now(), updated_at = now() WHERE id = $1`,
      [request.id, actor.id],
    );
    await addRequestEvent(m, request, actor, 'APPLIED', {});
    await recordAudit(m, {
      actor,
      requestId: auditRequestId,
      action: 'provisioningRequest.applied',
      entityType: 'Subscription',
      entityId: state.subscription.id,
      before: { ...change.before, provisioningRequestId: request.id },
      after: {
        ...change.after,
        provisioningRequestId: request.id,
        effectiveDate: request.effectiveDate,
      },
    });
    return { ok: true, requestId: request.id };
  });
  if (!outcome.ok && !outcome.errors.some((e) => e.code === 'CONFIRMATION_MISMATCH')) {
    await recordRefusal(dataSource, actor, auditRequestId, requestId, 'approve', outcome.errors);
  }
  return outcome;
}

async function returnForMismatch(
  m: EntityManager,
  actor: Actor,
  request: ProvisioningRequestModel,
  fields: ConfirmationField[],
  auditRequestId: string,
): Promise<void> {
  await m.query(
    `UPDATE provisioning_request SET status = 'RETURNED', checker_id = $2, decision_reason = 'CONFIRMATION_MISMATCH',
            updated_at = now() WHERE id = $1`,
    [request.id, actor.id],
  );
  await addRequestEvent(m, request, actor, 'CONFIRMATION_MISMATCH', { fields });
  await m.query(
    `INSERT INTO near_miss (kind, status, source, customer_id, request_id, request_kind, fields, description, cause_category, reported_by)
     VALUES ('NEAR_MISS', 'OPEN', 'AUTOMATIC', $1, $2, $3, $4, $5, 'INPUT_ERROR', $6)`,
    [
      request.customerId,
      request.id,
      request.kind,
      fields,
      `ダブルチェックで不一致を検出 (${fields.join(', ')}) / Blind check caught a mismatch (${fields.join(', ')})`,
      actor.id,
    ],
  );
  await recordAudit(m, {
    actor,
    requestId: auditRequestId,
    action: 'provisioningRequest.confirmationMismatch',
    entityType: 'ProvisioningRequest',
    entityId: request.id,
    before: { status: 'PENDING_CHECK', version: request.version },
    after: { status: 'RETURNED', version: request.version, mismatchedFields: fields },
  });
}

/** Return (for correction) or reject (for good) a pending request, with a reason for the maker. */
export async function decideRequest(
  dataSource: DataSource,
  actor: Actor,
  requestId: string,
  decision: 'RETURNED' | 'REJECTED',
  reason: string,
  auditRequestId: string,
): Promise<CheckOutcome> {
  if (reason.trim() === '') return refused([userError('REQUIRED', 'reason')]);
  const outcome = await dataSource.transaction(async (m): Promise<CheckOutcome> => {
    const locked = await lockForCheck(m, actor, requestId, null);
    if ('refusal' in locked) return locked.refusal;
    const { request } = locked;
    await m.query(
      `UPDATE provisioning_request SET status = $2, checker_id = $3, decision_reason = $4, updated_at = now(),
              decided_at = CASE WHEN $2 = 'REJECTED' THEN now() ELSE NULL END
        WHERE id = $1`,
      [request.id, decision, actor.id, reason.trim()],
    );
    await addRequestEvent(m, request, actor, decision, { reason: reason.trim() });
    await recordAudit(m, {
      actor,
      requestId: auditRequestId,
      action:
        decision === 'RETURNED' ? 'provisioningRequest.returned' : 'provisioningRequest.rejected',
      entityType: 'ProvisioningRequest',
      entityId: request.id,
      before: { status: request.status, version: request.version },
      after: { status: decision, version: request.version },
    });
    return { ok: true, requestId: request.id };
  });
  if (!outcome.ok) {
    await recordRefusal(
      dataSource,
      actor,
      auditRequestId,
      requestId,
      decision === 'RETURNED' ? 'return' : 'reject',
      outcome.errors,
    );
  }
  return outcome;
}
