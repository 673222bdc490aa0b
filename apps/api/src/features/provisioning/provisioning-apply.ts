import type { EntityManager } from 'typeorm';
import type { Actor } from '../../graphql/context';
import { enqueueOutbox } from '../outbox/outbox.service';
import type { ProvisioningRequestModel } from './provisioning.model';
import type { SubscriptionState } from './subscription-state';

const OUTBOX_TYPE = {
  CONVERSION: 'customer.converted',
  PLAN_CHANGE: 'subscription.changed',
  OPTION_CHANGE: 'subscription.changed',
  CANCELLATION: 'subscription.cancelled',
} as const;

/**
 * Apply an approved request to the locked subscription inside the caller's transaction:
 * subscription, options, history, customer stage, and the outbox event for integrators.
 * Returns the subscription's before/after for the audit trail.
 */
export async function applyRequest(
  m: EntityManager,
  request: ProvisioningRequestModel,
  state: SubscriptionState,
  actor: Actor,
): Promise<{ before: Record<string, unknown>; after: Record<string, unknown> }> {
  const sub = state.subscription;
  if (!sub) throw new Error(`customer ${state.customerId} has no subscription to change`);
  const before = {
    status: sub.status,
    planCode: sub.planCode,
    optionCodes: sub.optionCodes,
    version: sub.version,
  };
  const cancelling = request.kind === 'CANCELLATION';
  const status = cancelling ? 'CANCELLED' : 'ACTIVE';
  const planCode = request.planCode ?? sub.planCode;
  const optionCodes = cancelling ? sub.optionCodes : [...request.optionCodes].sort();

  const updated = await m.query(
    `UPDATE subscription s
        SET plan_id = p.id, status = $3, version = s.version + 1, updated_at = now(),
            cancelled_at = CASE WHEN $3 = 'CANCELLED' THEN $5::date::timestamptz ELSE NULL END
       FROM plan p
      WHERE s.id = $1 AND s.version = $2 AND p.code = $4
      RETURNING s.version`,
    [sub.id, sub.version, status, planCode, request.effectiveDate],
  );
  // The row is locked, so this only trips on a programming error, never on a race.
  if (updated[1] !== 1) throw new Error(`subscription ${sub.id} moved under a lock`);

  if (!cancelling) {
    await m.query(`DELETE FROM subscription_option WHERE subscription_id = $1`, [sub.id]);
    await m.query(
      `INSERT INTO subscription_option (subscription_id, option_id)
       SELECT $1, id FROM catalog_option WHERE code = ANY($2::text[])`,
      [sub.id, optionCodes],
    );
  }
  await m.query(
    `INSERT INTO subscription_history (subscription_id, change_kind, status_before, status_after, plan_code_before,
                                       plan_code_after, option_codes_before, option_codes_after, actor_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      sub.id,
      request.kind,
      sub.status,
      status,
      sub.planCode,
      planCode,
      sub.optionCodes,
      optionCodes,
      actor.id,
    ],
  );

  const nextStage = request.kind === 'CONVERSION' ? 'ACTIVE' : cancelling ? 'CHURNED' : null;
  if (nextStage && nextStage !== state.stage) {
    await m.query(
      `UPDATE customer SET stage = $2, version = version + 1, updated_at = now() WHERE id = $1`,
      [state.customerId, nextStage],
    );
    await m.query(
      `INSERT INTO customer_stage_change (customer_id, from_stage, to_stage, note) VALUES ($1, $2, $3, $4)`,
      [state.customerId, state.stage, nextStage, cancelling ? request.churnReason : request.kind],
    );
  }

  const after = { status, planCode, optionCodes, version: sub.version + 1 };
  await enqueueOutbox(m, {
    type: OUTBOX_TYPE[request.kind],
    aggregateType: 'Customer',
    aggregateId: state.customerId,
    payload: {
      customerId: state.customerId,
      requestId: request.id,
      kind: request.kind,
      effectiveDate: request.effectiveDate,
      before,
      after,
      ...(cancelling ? { churnReason: request.churnReason } : {}),
    },
  });
  return { before, after };
}
