import type { DataSource, EntityManager } from 'typeorm';
import {
  ERASED_TEXT,
  userError,
  validateTouchModelOverride,
  type LifecycleStage,
  type TouchModel,
  type UserErrorData,
} from '@kizuna/domain';
import type { Actor } from '../../graphql/context';
import { refused, type Outcome } from '../../graphql/outcome';
import { recordAudit } from '../audit/audit.service';

interface Who {
  actor: Actor;
  requestId: string;
}

/** The customer row shared-locked (an erasure waits), or why it cannot be changed. */
async function lockCustomer(m: EntityManager, customerId: string): Promise<UserErrorData | null> {
  const [customer]: { stage: LifecycleStage }[] = await m.query(
    `SELECT stage FROM customer WHERE id = $1 FOR SHARE`,
    [customerId],
  );
  if (!customer) return userError('NOT_FOUND', 'customerId');
  if (customer.stage === 'ERASED') return userError('CUSTOMER_ERASED', 'customerId');
  return null;
}

async function currentOverride(m: EntityManager, customerId: string) {
  const [row]: { touch_model: TouchModel }[] = await m.query(
    `SELECT touch_model FROM customer_touch_model_override WHERE customer_id = $1 FOR UPDATE`,
    [customerId],
  );
  return row?.touch_model ?? null;
}

/**
 * Staff set a customer's touch model by hand, with a reason (domain rule), replacing any earlier
 * override. Audited with the models before and after; the reason is free text and stays out of
 * the audit trail.
 */
export async function setTouchModel(
  dataSource: DataSource,
  who: Who,
  input: { customerId: string | null; touchModel: TouchModel; reason: string },
  now: Date,
): Promise<Outcome<string>> {
  const valid = validateTouchModelOverride(input);
  const { customerId } = input;
  if (!customerId) return refused(userError('NOT_FOUND', 'customerId'));
  if (!valid.ok) return refused(...valid.error);
  return dataSource.transaction(async (m) => {
    const refusal = await lockCustomer(m, customerId);
    if (refusal) return refused(refusal);
    const before = await currentOverride(m, customerId);
    await m.query(
      `INSERT INTO customer_touch_model_override (customer_id, touch_model, reason, set_by, set_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (customer_id) DO UPDATE
          SET touch_model = EXCLUDED.touch_model, reason = EXCLUDED.reason,
              set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at`,
      [
        customerId,
        valid.value.touchModel,
        valid.value.reason,
        who.actor.kind === 'STAFF' ? who.actor.id : null,
        now,
      ],
    );
    await recordAudit(m, {
      actor: who.actor,
      requestId: who.requestId,
      action: 'customer.touchModelSet',
      entityType: 'Customer',
      entityId: customerId,
      before: { overriddenTouchModel: before },
      after: { overriddenTouchModel: valid.value.touchModel, reasonGiven: true },
    });
    return { ok: true as const, value: customerId };
  });
}

/** Back to the derived model: the override removed (NO_CHANGE when there is none), audited. */
export async function clearTouchModelOverride(
  dataSource: DataSource,
  who: Who,
  customerId: string | null,
): Promise<Outcome<string>> {
  if (!customerId) return refused(userError('NOT_FOUND', 'customerId'));
  return dataSource.transaction(async (m) => {
    const refusal = await lockCustomer(m, customerId);
    if (refusal) return refused(refusal);
    const before = await currentOverride(m, customerId);
    if (before === null) return refused(userError('NO_CHANGE', 'customerId'));
    await m.query(`DELETE FROM customer_touch_model_override WHERE customer_id = $1`, [customerId]);
    await recordAudit(m, {
      actor: who.actor,
      requestId: who.requestId,
      action: 'customer.touchModelOverrideCleared',
      entityType: 'Customer',
      entityId: customerId,
      before: { overriddenTouchModel: before },
      after: { overriddenTouchModel: null },
    });
    return { ok: true as const, value: customerId };
  });
}

/**
 * Erasure: an override's reason is free text that may name people; the override itself (a model
 * chosen by staff) stays. Returns how many reasons were erased.
 */
export async function eraseTouchModelReason(m: EntityManager, customerId: string): Promise<number> {
  const result: [unknown, number] = await m.query(
    `UPDATE customer_touch_model_override SET reason = $2 WHERE customer_id = $1 AND reason <> $2`,
    [customerId, ERASED_TEXT],
  );
  return result[1];
}
