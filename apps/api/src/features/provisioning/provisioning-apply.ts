import type { EntityManager } from 'typeorm';
import {
  isoDateJst,
  scheduledChangeDueAt,
  trialEndsAt,
  type ContractTerm,
  type ProvisioningKind,
  type TaxedAmount,
} from '@kizuna/domain';
import type { Actor } from '../../graphql/context';
import { toGlobalId } from '../../graphql/relay';
import { trialContract } from '../customers/trial-contract';
import { applyErasure } from '../erasure/apply-erasure';
import type { EventType } from '../events/event-types';
import { enqueueOutbox } from '../outbox/outbox.service';
import { recordFeeChange } from '../revenue/fee-history';
import { applyServiceCredit } from '../sla/apply-service-credit';
import { raiseTasksOfAppliedRequest } from '../tasks/automatic-tasks';
import type { ProvisioningRequestModel } from './provisioning.model';
import { monthlyFeesOf } from './subscription-fee';
import type { SubscriptionState } from './subscription-state';

/** The customer's event a kind writes after subscription.changed. */
const LIFECYCLE_EVENT: Partial<Record<ProvisioningKind, EventType>> = {
  CONVERSION: 'customer.converted',
  CANCELLATION: 'customer.churned',
  REACTIVATION: 'customer.reactivated',
  SECOND_TRIAL: 'customer.trial_started',
};

/** The lifecycle stage a kind moves the customer to, and the reason recorded with the move. */
const STAGE_AFTER: Partial<Record<ProvisioningKind, { stage: 'ACTIVE' | 'CHURNED' | 'TRIAL' }>> = {
  CONVERSION: { stage: 'ACTIVE' },
  REACTIVATION: { stage: 'ACTIVE' },
  CANCELLATION: { stage: 'CHURNED' },
  SECOND_TRIAL: { stage: 'TRIAL' },
};

export interface AppliedChange {
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/** A subscription's contract as the audit trail and subscription.changed record it. */
type ContractSide = {
  status: string;
  planCode: string;
  optionCodes: string[];
  version: number;
  /** In the audit trail only (subscription.changed names its fields). */
  contractTerm: ContractTerm;
};

/** A trial's end as the audit trail and customer.trial_extended record it. */
type TrialSide = { trialEndsAt: string | null; extendedDays: number };

/**
 * Apply a request to the locked customer and subscription inside the caller's transaction:
 * subscription, options, history, customer stage, and the events for integrators.
 * `actor` is null when the scheduler applies it on its date; `now` is the clock's time.
 * Returns the before/after for the audit trail.
 */
export async function applyRequest(
  m: EntityManager,
  request: ProvisioningRequestModel,
  state: SubscriptionState,
  actor: Actor | null,
  now: Date,
): Promise<AppliedChange> {
  // An erasure changes no contract: it removes personal data and writes its own event.
  if (request.kind === 'ERASURE') return applyErasure(m, request, state, actor, now);
  // A service credit grants money for a past month and writes its own event; no contract moves.
  if (request.kind === 'SERVICE_CREDIT') return applyServiceCredit(m, request, state, now);
  const events = eventWriter(m, request, state, now);
  if (request.kind === 'TRIAL_EXTENSION') {
    const extension = await extendTrial(m, request, state);
    await events('customer.trial_extended', {
      extendedDays: request.trialExtensionDays,
      trialEndsAtBefore: extension.before.trialEndsAt,
      trialEndsAt: extension.after.trialEndsAt,
    });
    return extension;
  }
  const change = await changeSubscription(m, request, state, actor, now);
  const next = STAGE_AFTER[request.kind];
  if (next && next.stage !== state.stage) {
    await m.query(
      `UPDATE customer SET stage = $2, version = version + 1, updated_at = now() WHERE id = $1`,
      [state.customerId, next.stage],
    );
    await m.query(
      `INSERT INTO customer_stage_change (customer_id, from_stage, to_stage, changed_at, note) VALUES ($1, $2, $3, $4, $5)`,
      [state.customerId, state.stage, next.stage, now, request.kind],
    );
  }
  // Plan, options, status and monthly fee before and after, at the catalog's prices of today.
  const [feeBefore, feeAfter] = await monthlyFeesOf(m, [change.before, change.after]);
  // The fee history (ADR 0018): from the request's date; a kind applied at approval whatever
  // its date (SECOND_TRIAL) from today.
  const today = isoDateJst(now);
  await recordFeeChange(m, {
    subscriptionId: state.subscription!.id,
    customerId: state.customerId,
    effectiveFrom: request.effectiveDate <= today ? request.effectiveDate : today,
    status: change.after.status,
    planCode: change.after.planCode,
    optionCodes: change.after.optionCodes,
    monthlyFeeExclTax: feeAfter!.excludingTax,
    changeKind: request.kind,
  });
  const side = ({ status, planCode, optionCodes }: ContractSide, monthlyFee: TaxedAmount) => ({
    status,
    planCode,
    optionCodes,
    monthlyFee,
  });
  await events('subscription.changed', {
    kind: request.kind,
    effectiveDate: request.effectiveDate,
    before: side(change.before, feeBefore!),
    after: side(change.after, feeAfter!),
  });
  const lifecycle = LIFECYCLE_EVENT[request.kind];
  if (lifecycle) await events(lifecycle, lifecycleData(request, state, change.after, now));
  // Customer success: a conversion's kickoff task, in this transaction.
  await raiseTasksOfAppliedRequest(m, request, now);
  return change;
}

/** Writes this request's events: the customer, subscription and request ids, then `data`. */
function eventWriter(
  m: EntityManager,
  request: ProvisioningRequestModel,
  state: SubscriptionState,
  now: Date,
) {
  const ids = {
    customerId: toGlobalId('Customer', state.customerId),
    subscriptionId: state.subscription ? toGlobalId('Subscription', state.subscription.id) : null,
    provisioningRequestId: toGlobalId('ProvisioningRequest', request.id),
  };
  return (type: EventType, data: Record<string, unknown>) =>
    enqueueOutbox(m, {
      type,
      aggregateType: 'Customer',
      aggregateId: state.customerId,
      occurredAt: now,
      payload: { ...ids, ...data },
    });
}

/** What a stage's event adds: the contract now, a churn reason code (never its note), the trial. */
function lifecycleData(
  request: ProvisioningRequestModel,
  state: SubscriptionState,
  after: ContractSide,
  now: Date,
): Record<string, unknown> {
  const contract = { planCode: after.planCode, optionCodes: after.optionCodes };
  switch (request.kind) {
    case 'CANCELLATION':
      return { effectiveDate: request.effectiveDate, churnReason: request.churnReason };
    case 'SECOND_TRIAL':
      return {
        trialNumber: state.trialCount + 1,
        ...contract,
        trialEndsAt: trialEndsAt(now).toISOString(),
      };
    default:
      return { effectiveDate: request.effectiveDate, ...contract };
  }
}

/** TRIAL_EXTENSION: the trial ends later; the subscription itself does not change. */
async function extendTrial(
  m: EntityManager,
  request: ProvisioningRequestModel,
  state: SubscriptionState,
): Promise<{ before: TrialSide; after: TrialSide }> {
  const days = request.trialExtensionDays ?? 0;
  // An UPDATE through TypeORM answers [rows, affected count].
  const [[row]]: [{ trial_ends_at: Date }[], number] = await m.query(
    `UPDATE customer SET trial_ends_at = trial_ends_at + make_interval(days => $2),
            trial_extended_days = trial_extended_days + $2, version = version + 1, updated_at = now()
      WHERE id = $1 RETURNING trial_ends_at`,
    [state.customerId, days],
  );
  return {
    before: {
      trialEndsAt: state.trialEndsAt?.toISOString() ?? null,
      extendedDays: state.trialExtendedDays,
    },
    after: {
      trialEndsAt: row!.trial_ends_at.toISOString(),
      extendedDays: state.trialExtendedDays + days,
    },
  };
}

/** Every other kind sets the subscription's status, plan and options, and records its history. */
async function changeSubscription(
  m: EntityManager,
  request: ProvisioningRequestModel,
  state: SubscriptionState,
  actor: Actor | null,
  now: Date,
): Promise<{ before: ContractSide; after: ContractSide }> {
  const sub = state.subscription;
  if (!sub) throw new Error(`customer ${state.customerId} has no subscription to change`);
  const before = {
    status: sub.status,
    planCode: sub.planCode,
    optionCodes: sub.optionCodes,
    version: sub.version,
    contractTerm: sub.contractTerm,
  };
  const target = await targetOf(m, request, sub);
  // A conversion or reactivation states the new contract's term; other kinds keep the term.
  const contractTerm = request.contractTerm ?? sub.contractTerm;
  const updated = await m.query(
    `UPDATE subscription s
        SET plan_id = p.id, status = $3, version = s.version + 1, updated_at = now(),
            started_at = CASE WHEN $3 = 'TRIAL' OR s.status IN ('TRIAL','CANCELLED','EXPIRED') AND $3 = 'ACTIVE'
                              THEN $6::timestamptz ELSE s.started_at END,
            cancelled_at = CASE WHEN $3 = 'CANCELLED' THEN $5::timestamptz ELSE NULL END,
            churn_reason = CASE WHEN $3 = 'CANCELLED' THEN $7 ELSE NULL END,
            churn_note = CASE WHEN $3 = 'CANCELLED' THEN $8 ELSE NULL END,
            contract_term = $9
       FROM plan p
      WHERE s.id = $1 AND s.version = $2 AND p.code = $4
      RETURNING s.version`,
    [
      sub.id,
      sub.version,
      target.status,
      target.planCode,
      target.status === 'CANCELLED' ? scheduledChangeDueAt(request.effectiveDate) : null,
      now,
      request.churnReason,
      request.churnNote,
      contractTerm,
    ],
  );
  // The row is locked, so this only trips on a programming error, never on a race.
  if (updated[1] !== 1) throw new Error(`subscription ${sub.id} moved under a lock`);

  if (target.optionCodes !== sub.optionCodes) {
    await m.query(`DELETE FROM subscription_option WHERE subscription_id = $1`, [sub.id]);
    await m.query(
      `INSERT INTO subscription_option (subscription_id, option_id)
       SELECT $1, id FROM catalog_option WHERE code = ANY($2::text[])`,
      [sub.id, target.optionCodes],
    );
  }
  await m.query(
    `INSERT INTO subscription_history (subscription_id, changed_at, change_kind, status_before, status_after, plan_code_before,
                                       plan_code_after, option_codes_before, option_codes_after, actor_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      sub.id,
      now,
      request.kind,
      sub.status,
      target.status,
      sub.planCode,
      target.planCode,
      sub.optionCodes,
      target.optionCodes,
      actor?.id ?? null,
    ],
  );
  if (request.kind === 'SECOND_TRIAL') {
    await m.query(
      `UPDATE customer SET trial_started_at = $2, trial_ends_at = $3, trial_count = trial_count + 1,
              trial_extended_days = 0, trial_expired_at = NULL, updated_at = now()
        WHERE id = $1`,
      [state.customerId, now, trialEndsAt(now)],
    );
  }
  return {
    before,
    after: { ...target, version: sub.version + 1, contractTerm },
  };
}

/** The subscription a kind leads to. */
async function targetOf(
  m: EntityManager,
  request: ProvisioningRequestModel,
  sub: NonNullable<SubscriptionState['subscription']>,
): Promise<{ status: 'ACTIVE' | 'CANCELLED' | 'TRIAL'; planCode: string; optionCodes: string[] }> {
  switch (request.kind) {
    case 'CANCELLATION':
      return { status: 'CANCELLED', planCode: sub.planCode, optionCodes: sub.optionCodes };
    case 'SECOND_TRIAL': {
      const trial = await trialContract(m);
      return { status: 'TRIAL', planCode: trial.planCode, optionCodes: trial.optionCodes };
    }
    default:
      return {
        status: 'ACTIVE',
        planCode: request.planCode ?? sub.planCode,
        optionCodes: [...request.optionCodes].sort(),
      };
  }
}
