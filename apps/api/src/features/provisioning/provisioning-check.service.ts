import type { DataSource, EntityManager } from 'typeorm';
import {
  approvalTiming,
  canCheckRequest,
  changesContract,
  compareConfirmation,
  CONFIRMATION_FIELDS_BY_KIND,
  confirmationFieldLabels,
  DEFAULT_CONTRACT_TERM,
  userError,
  type Clock,
  type ConfirmationField,
  type ContractTerm,
  type ConfirmationValues,
  type UserErrorData,
} from '@kizuna/domain';
import type { Actor } from '../../graphql/context';
import { logger } from '../../observability/logger';
import { recordAudit } from '../audit/audit.service';
import { proposedCreditAmount } from '../sla/apply-service-credit';
import { applyRequest } from './provisioning-apply';
import { recordRequestEvent } from './provisioning-events';
import { failRequest, isTransientDatabaseError } from './provisioning-failure';
import { addRequestEvent, findRequestForUpdate, recordRefusal } from './provisioning-store';
import type { ProvisioningRequestModel } from './provisioning.model';
import { loadSubscriptionState, type SubscriptionState } from './subscription-state';

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
  optionCodes?: string[] | null;
  effectiveDate?: string | null;
  trialEndsOn?: string | null;
  corporateNumber?: string | null;
  creditAmountYen?: number | null;
  contractTerm?: ContractTerm | null;
}

/** Checkers who returned, rejected or mismatched an earlier version may not check this one. */
async function previousDeciders(m: EntityManager, requestId: string): Promise<string[]> {
  const rows: { actor_id: string }[] = await m.query(
    `SELECT DISTINCT actor_id FROM provisioning_request_event
      WHERE request_id = $1 AND actor_id IS NOT NULL AND action IN ('RETURNED','REJECTED','CONFIRMATION_MISMATCH')`,
    [requestId],
  );
  return rows.map((r) => r.actor_id);
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
    { makerId: request.makerId, previousDeciderIds: await previousDeciders(m, request.id) },
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
 * The request's own values of the fields its kind asks the checker to re-enter; an erasure's is
 * the company's corporate number as it is now (the company record never changes on erasure), a
 * service credit's the amount Kizuna computed.
 */
async function proposedValues(
  m: EntityManager,
  request: ProvisioningRequestModel,
): Promise<ConfirmationValues> {
  const values: ConfirmationValues = {
    planCode: request.planCode,
    optionCodes: request.optionCodes,
    effectiveDate: request.effectiveDate,
    trialEndsOn: request.trialEndsOn,
    contractTerm: request.contractTerm,
  };
  if (CONFIRMATION_FIELDS_BY_KIND[request.kind].includes('creditAmountYen'))
    return { ...values, creditAmountYen: await proposedCreditAmount(m, request.id) };
  if (!CONFIRMATION_FIELDS_BY_KIND[request.kind].includes('corporateNumber')) return values;
  const [customer]: { corporate_number: string | null }[] = await m.query(
    `SELECT corporate_number FROM customer WHERE id = $1`,
    [request.customerId],
  );
  return { ...values, corporateNumber: customer?.corporate_number ?? null };
}

const confirmedValues = (c: Confirmation): ConfirmationValues => ({
  planCode: c.planCode ?? null,
  optionCodes: c.optionCodes ?? [],
  effectiveDate: c.effectiveDate ?? '',
  trialEndsOn: c.trialEndsOn ?? null,
  corporateNumber: c.corporateNumber ?? null,
  creditAmountYen: c.creditAmountYen ?? null,
  // None sent is the default term (a client older than terms): recorded as what was compared.
  contractTerm: c.contractTerm ?? DEFAULT_CONTRACT_TERM,
});

/**
 * The blind check. A matching confirmation applies the change — or, when it is dated after today
 * (Asia/Tokyo), schedules it for 00:00 of that date — with request, audit and outbox in one
 * transaction; a mismatch returns the request to its maker and records a near-miss.
 */
export async function approveRequest(
  dataSource: DataSource,
  actor: Actor,
  requestId: string,
  version: number,
  confirmation: Confirmation,
  auditRequestId: string,
  clock: Clock,
): Promise<CheckOutcome> {
  const outcome = await dataSource.transaction(async (m): Promise<CheckOutcome> => {
    const locked = await lockForCheck(m, actor, requestId, version);
    if ('refusal' in locked) return locked.refusal;
    const { request } = locked;
    const fields = CONFIRMATION_FIELDS_BY_KIND[request.kind];
    const proposed = await proposedValues(m, request);
    const mismatched = compareConfirmation(proposed, confirmedValues(confirmation), fields);
    if (mismatched.length > 0) {
      await returnForMismatch(
        m,
        actor,
        request,
        proposed,
        mismatched,
        confirmation,
        auditRequestId,
        clock.now(),
      );
      return {
        ok: false,
        errors: [userError('CONFIRMATION_MISMATCH', 'confirmation')],
        requestId: request.id,
        mismatchedFields: mismatched,
      };
    }
    const now = clock.now();
    const timing = approvalTiming(request.kind, request.effectiveDate, now);
    if (!timing.ok) return refused([timing.error], request.id);
    const state = await loadSubscriptionState(m, request.customerId, { lock: true });
    const moved =
      changesContract(request.kind) &&
      state?.subscription?.version !== request.baseSubscriptionVersion;
    if (!state?.subscription || moved) {
      return refused([userError('SUBSCRIPTION_CHANGED', 'requestId')], request.id);
    }
    // The double check passed: approved, then scheduled for its date or applied now.
    await recordRequestEvent(m, 'provisioning_request.approved', request, now);
    if (timing.value === 'SCHEDULE') {
      await scheduleRequest(m, actor, request, now, auditRequestId);
      return { ok: true, requestId: request.id };
    }
    const applied = await applyOrFail(m, request, state, actor, now, auditRequestId);
    // A failure is committed (the request is FAILED and audited), not rolled back.
    return applied.ok ? { ok: true, requestId: request.id } : refused([applied.error], request.id);
  });
  const recorded = ['CONFIRMATION_MISMATCH', 'APPLY_FAILED'];
  if (!outcome.ok && !outcome.errors.some((e) => recorded.includes(e.code))) {
    await recordRefusal(
      dataSource,
      actor,
      auditRequestId,
      requestId,
      'provisioningRequest.approveRefused',
      outcome.errors,
    );
  }
  return outcome;
}

/** Approved, dated after today: nothing changes until the scheduler applies it on its date. */
async function scheduleRequest(
  m: EntityManager,
  actor: Actor,
  request: ProvisioningRequestModel,
  now: Date,
  auditRequestId: string,
): Promise<void> {
  await m.query(
    `UPDATE provisioning_request SET status = 'SCHEDULED', checker_id = $2, decided_at = $3, updated_at = now() WHERE id = $1`,
    [request.id, actor.id, now],
  );
  await addRequestEvent(m, request, actor, 'SCHEDULED', {});
  await recordRequestEvent(m, 'provisioning_request.scheduled', request, now);
  await recordAudit(m, {
    actor,
    requestId: auditRequestId,
    action: 'provisioningRequest.scheduled',
    entityType: 'ProvisioningRequest',
    entityId: request.id,
    before: { status: request.status, version: request.version },
    after: { status: 'SCHEDULED', version: request.version, effectiveDate: request.effectiveDate },
  });
}

/**
 * Apply a request and record it: subscription, request status, history and audit in the caller's
 * transaction. The checker applies it at approval; the scheduler (actor null) on its date.
 */
export async function applyAndRecord(
  m: EntityManager,
  request: ProvisioningRequestModel,
  state: SubscriptionState,
  actor: Actor | null,
  now: Date,
  auditRequestId: string | null,
): Promise<void> {
  const change = await applyRequest(m, request, state, actor, now);
  await m.query(
    `UPDATE provisioning_request SET status = 'APPLIED', applied_at = $2, updated_at = now(),
            checker_id = coalesce(checker_id, $3), decided_at = coalesce(decided_at, $2)
      WHERE id = $1`,
    [request.id, now, actor?.id ?? null],
  );
  await addRequestEvent(m, request, actor, 'APPLIED', {});
  await recordRequestEvent(m, 'provisioning_request.applied', request, now);
  const entity = state.subscription
    ? { entityType: 'Subscription', entityId: state.subscription.id }
    : { entityType: 'Customer', entityId: state.customerId };
  await recordAudit(m, {
    actor,
    requestId: auditRequestId,
    action: 'provisioningRequest.applied',
    ...entity,
    before: { ...change.before, provisioningRequestId: request.id },
    after: {
      ...change.after,
      provisioningRequestId: request.id,
      effectiveDate: request.effectiveDate,
    },
  });
}

/**
 * Apply and record, or — when applying fails for a reason that retrying will not cure (a
 * constraint, a trigger, a bug) — roll the apply back to a savepoint and mark the request FAILED
 * (APPLY_FAILED), so that nothing is half-applied and a request that cannot be applied does not
 * block the work behind it. Transient errors (serialization, lost connection) propagate and the
 * whole transaction is retried.
 */
export async function applyOrFail(
  m: EntityManager,
  request: ProvisioningRequestModel,
  state: SubscriptionState,
  actor: Actor | null,
  now: Date,
  auditRequestId: string | null,
): Promise<{ ok: true } | { ok: false; error: UserErrorData }> {
  await m.query('SAVEPOINT apply_request');
  try {
    await applyAndRecord(m, request, state, actor, now, auditRequestId);
    await m.query('RELEASE SAVEPOINT apply_request');
    return { ok: true };
  } catch (error) {
    if (isTransientDatabaseError(error)) throw error;
    await m.query('ROLLBACK TO SAVEPOINT apply_request');
    logger.error(
      {
        err: error,
        provisioningRequestId: request.id,
        kind: request.kind,
        requestId: auditRequestId,
      },
      'applying a request failed: marked FAILED, nothing changed',
    );
    return {
      ok: false,
      error: await failRequest(m, request, actor, now, 'APPLY_FAILED', auditRequestId),
    };
  }
}

async function returnForMismatch(
  m: EntityManager,
  actor: Actor,
  request: ProvisioningRequestModel,
  maker: ConfirmationValues,
  fields: ConfirmationField[],
  confirmation: Confirmation,
  auditRequestId: string,
  now: Date,
): Promise<void> {
  // Both sides of every differing field: which one erred is decided later, with the cause.
  const checker = confirmedValues(confirmation);
  const pick = (values: ConfirmationValues) =>
    Object.fromEntries(fields.map((f) => [f, values[f] ?? null]));
  const labels = confirmationFieldLabels(fields);
  await m.query(
    `UPDATE provisioning_request SET status = 'RETURNED', checker_id = $2, decision_reason = 'CONFIRMATION_MISMATCH',
            updated_at = now() WHERE id = $1`,
    [request.id, actor.id],
  );
  await addRequestEvent(m, request, actor, 'CONFIRMATION_MISMATCH', { fields });
  // Which fields differed, never their values (the maker corrects them blind to the checker's).
  await recordRequestEvent(m, 'provisioning_request.returned', request, now, {
    mismatchedFields: fields,
  });
  await m.query(
    `INSERT INTO near_miss (kind, status, source, customer_id, request_id, request_kind, fields, description,
                            cause_category, reported_by, maker_values, checker_values)
     VALUES ('NEAR_MISS', 'OPEN', 'AUTOMATIC', $1, $2, $3, $4, $5, 'INPUT_ERROR', $6, $7, $8)`,
    [
      request.customerId,
      request.id,
      request.kind,
      fields,
      `ダブルチェックで不一致を検出（${labels.ja}） / Blind check caught a mismatch (${labels.en})`,
      actor.id,
      JSON.stringify(pick(maker)),
      JSON.stringify(pick(checker)),
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
  clock: Clock,
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
    // The reason is the checker's own words: integrators read it through GraphQL, if allowed.
    await recordRequestEvent(
      m,
      decision === 'RETURNED' ? 'provisioning_request.returned' : 'provisioning_request.rejected',
      request,
      clock.now(),
      decision === 'RETURNED' ? { mismatchedFields: [] } : {},
    );
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
      decision === 'RETURNED'
        ? 'provisioningRequest.returnRefused'
        : 'provisioningRequest.rejectRefused',
      outcome.errors,
    );
  }
  return outcome;
}
