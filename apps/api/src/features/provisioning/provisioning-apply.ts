import type { EntityManager } from 'typeorm';
import { scheduledChangeDueAt, trialEndsAt, type ProvisioningKind } from '@kizuna/domain';
import type { Actor } from '../../graphql/context';
import { trialContract } from '../customers/trial-contract';
import { applyErasure } from '../erasure/apply-erasure';
import { enqueueOutbox } from '../outbox/outbox.service';
import type { ProvisioningRequestModel } from './provisioning.model';
import type { SubscriptionState } from './subscription-state';

const OUTBOX_TYPE: Record<ProvisioningKind, string> = {
  CONVERSION: 'customer.converted',
  PLAN_CHANGE: 'subscription.changed',
  OPTION_CHANGE: 'subscription.changed',
  CANCELLATION: 'subscription.cancelled',
  TRIAL_EXTENSION: 'customer.trial_extended',
  REACTIVATION: 'customer.reactivated',
  SECOND_TRIAL: 'customer.trial_started',
  ERASURE: 'customer.erased',
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

/**
 * Apply a request to the locked customer and subscription inside the caller's transaction:
 * subscription, options, history, customer stage, and the outbox event for integrators.
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
  // An erasure changes no contract: it removes personal data and writes its own outbox event.
  if (request.kind === 'ERASURE') return applyErasure(m, request, state, actor, now);
  const change =
    request.kind === 'TRIAL_EXTENSION'
      ? await extendTrial(m, request, state)
      : await changeSubscription(m, request, state, actor, now);

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

  await enqueueOutbox(m, {
    type: OUTBOX_TYPE[request.kind],
    aggregateType: 'Customer',
    aggregateId: state.customerId,
    payload: {
      customerId: state.customerId,
      requestId: request.id,
      kind: request.kind,
      effectiveDate: request.effectiveDate,
      before: change.before,
      after: change.after,
      ...(request.kind === 'CANCELLATION' ? { churnReason: request.churnReason } : {}),
    },
  });
  return change;
}

/** TRIAL_EXTENSION: the trial ends later; the subscription itself does not change. */
async function extendTrial(
  m: EntityManager,
  request: ProvisioningRequestModel,
  state: SubscriptionState,
): Promise<AppliedChange> {
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
): Promise<AppliedChange> {
  const sub = state.subscription;
  if (!sub) throw new Error(`customer ${state.customerId} has no subscription to change`);
  const before = {
    status: sub.status,
    planCode: sub.planCode,
    optionCodes: sub.optionCodes,
    version: sub.version,
  };
  const target = await targetOf(m, request, sub);
  const updated = await m.query(
    `UPDATE subscription s
        SET plan_id = p.id, status = $3, version = s.version + 1, updated_at = now(),
            started_at = CASE WHEN $3 = 'TRIAL' OR s.status IN ('TRIAL','CANCELLED','EXPIRED') AND $3 = 'ACTIVE'
                              THEN $6::timestamptz ELSE s.started_at END,
            cancelled_at = CASE WHEN $3 = 'CANCELLED' THEN $5::timestamptz ELSE NULL END,
            churn_reason = CASE WHEN $3 = 'CANCELLED' THEN $7 ELSE NULL END,
            churn_note = CASE WHEN $3 = 'CANCELLED' THEN $8 ELSE NULL END
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
    after: { ...target, version: sub.version + 1 },
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
