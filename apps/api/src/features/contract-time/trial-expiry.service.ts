import type { DataSource } from 'typeorm';
import { isoDateJst, type Clock } from '@kizuna/domain';
import { toGlobalId } from '../../graphql/relay';
import { recordAudit } from '../audit/audit.service';
import { enqueueOutbox } from '../outbox/outbox.service';
import { recordFeeChange } from '../revenue/fee-history';

/**
 * Expire one trial whose end has passed without a conversion, in one transaction: subscription
 * EXPIRED with every option off, customer back to LEAD with a stage change (TRIAL_EXPIRED — an
 * expired trial is not churn), history, audit and outbox. A trial with a scheduled conversion
 * keeps running until that conversion applies. Concurrent workers skip each other's rows.
 * Returns the customer's id, or null when no trial is due.
 */
export async function expireNextDueTrial(
  dataSource: DataSource,
  clock: Clock,
): Promise<string | null> {
  return dataSource.transaction(async (m) => {
    const now = clock.now();
    const [customer]: { id: string; trial_ends_at: Date }[] = await m.query(
      `SELECT c.id, c.trial_ends_at FROM customer c
        WHERE c.stage = 'TRIAL' AND c.trial_ends_at <= $1
          AND NOT EXISTS (SELECT 1 FROM provisioning_request r
                           WHERE r.customer_id = c.id AND r.status = 'SCHEDULED' AND r.kind = 'CONVERSION')
        ORDER BY c.trial_ends_at, c.id
        LIMIT 1 FOR UPDATE OF c SKIP LOCKED`,
      [now],
    );
    if (!customer) return null;
    const [sub]: { id: string; status: string; plan_code: string; version: number }[] =
      await m.query(
        `SELECT s.id, s.status, p.code AS plan_code, s.version FROM subscription s JOIN plan p ON p.id = s.plan_id
          WHERE s.customer_id = $1 FOR UPDATE OF s`,
        [customer.id],
      );
    // A DELETE through TypeORM answers [rows, affected count].
    const [removed]: [{ code: string }[], number] = sub
      ? await m.query(
          `DELETE FROM subscription_option so USING catalog_option o
            WHERE so.subscription_id = $1 AND o.id = so.option_id RETURNING o.code`,
          [sub.id],
        )
      : [[], 0];
    const optionCodes = removed.map((r) => r.code).sort();
    if (sub) {
      await m.query(
        `UPDATE subscription SET status = 'EXPIRED', version = version + 1, updated_at = now() WHERE id = $1`,
        [sub.id],
      );
      await m.query(
        `INSERT INTO subscription_history (subscription_id, changed_at, change_kind, status_before, status_after,
                                           plan_code_before, plan_code_after, option_codes_before, option_codes_after)
         VALUES ($1, $2, 'TRIAL_EXPIRED', $3, 'EXPIRED', $4, $4, $5, '{}')`,
        [sub.id, now, sub.status, sub.plan_code, optionCodes],
      );
      // Not churn: the fee was 0 and stays 0, from the day the trial ended (ADR 0018).
      await recordFeeChange(m, {
        subscriptionId: sub.id,
        customerId: customer.id,
        effectiveFrom: isoDateJst(customer.trial_ends_at),
        status: 'EXPIRED',
        planCode: sub.plan_code,
        optionCodes: [],
        monthlyFeeExclTax: 0,
        changeKind: 'TRIAL_EXPIRED',
      });
    }
    await m.query(
      `UPDATE customer SET stage = 'LEAD', trial_expired_at = $2, version = version + 1, updated_at = now() WHERE id = $1`,
      [customer.id, now],
    );
    await m.query(
      `INSERT INTO customer_stage_change (customer_id, from_stage, to_stage, changed_at, note)
       VALUES ($1, 'TRIAL', 'LEAD', $2, 'TRIAL_EXPIRED')`,
      [customer.id, now],
    );
    await enqueueOutbox(m, {
      type: 'customer.trial_expired',
      aggregateType: 'Customer',
      aggregateId: customer.id,
      occurredAt: now,
      payload: {
        customerId: toGlobalId('Customer', customer.id),
        subscriptionId: sub ? toGlobalId('Subscription', sub.id) : null,
        trialEndedAt: customer.trial_ends_at.toISOString(),
        removedOptionCodes: optionCodes,
      },
    });
    await recordAudit(m, {
      actor: null,
      requestId: null,
      action: 'customer.trialExpired',
      entityType: 'Customer',
      entityId: customer.id,
      before: { stage: 'TRIAL', subscriptionStatus: sub?.status ?? null, optionCodes },
      after: { stage: 'LEAD', subscriptionStatus: sub ? 'EXPIRED' : null, optionCodes: [] },
    });
    return customer.id;
  });
}
