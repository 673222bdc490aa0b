import type { DataSource, EntityManager } from 'typeorm';
import {
  trialEndsAt,
  trialOptionCodes,
  userError,
  validateStartTrial,
  type StartTrialDraft,
  type UserErrorData,
} from '@kizuna/domain';
import type { Actor } from '../../graphql/context';
import { err, ok, type Result } from '@kizuna/domain';
import { recordAudit } from '../audit/audit.service';

const UNIQUE_VIOLATION = '23505';

/**
 * Sign a prospect up for a free trial: customer, primary contact and a trial subscription with
 * every active option, on the top plan, all in one transaction.
 */
export async function startTrial(
  dataSource: DataSource,
  draft: StartTrialDraft,
  actor: Actor,
  requestId: string,
): Promise<Result<string, UserErrorData[]>> {
  const valid = validateStartTrial(draft);
  if (!valid.ok) return valid;
  const input = valid.value;
  try {
    const customerId = await dataSource.transaction(async (m) => {
      const now = new Date();
      const [customer] = await m.query(
        `INSERT INTO customer (name, name_kana, corporate_number, stage, trial_started_at, trial_ends_at)
         VALUES ($1, $2, $3, 'TRIAL', $4, $5) RETURNING id`,
        [input.name, input.nameKana, input.corporateNumber, now, trialEndsAt(now)],
      );
      const id: string = customer.id;
      await m.query(
        `INSERT INTO customer_stage_change (customer_id, from_stage, to_stage, note) VALUES ($1, 'LEAD', 'TRIAL', 'startTrial')`,
        [id],
      );
      const c = input.contact;
      await m.query(
        `INSERT INTO customer_contact (customer_id, family_name, given_name, family_name_kana, given_name_kana, email, phone, is_primary)
         VALUES ($1, $2, $3, $4, $5, $6, $7, true)`,
        [id, c.familyName, c.givenName, c.familyNameKana, c.givenNameKana, c.email, c.phone],
      );
      const subscription = await createTrialSubscription(m, id, actor.id);
      await recordAudit(m, {
        actor,
        requestId,
        action: 'customer.trialStarted',
        entityType: 'Customer',
        entityId: id,
        before: null,
        // Corporate data only: personal data never enters the audit trail.
        after: {
          name: input.name,
          corporateNumber: input.corporateNumber,
          stage: 'TRIAL',
          ...subscription,
        },
      });
      return id;
    });
    return ok(customerId);
  } catch (e) {
    if ((e as { code?: string }).code === UNIQUE_VIOLATION) {
      return err([userError('DUPLICATE', 'corporateNumber')]);
    }
    throw e;
  }
}

/** Trial subscription on the top active plan with every active option (trials try everything). */
async function createTrialSubscription(m: EntityManager, customerId: string, actorId: string) {
  const [plan]: { id: string; code: string }[] = await m.query(
    `SELECT id, code FROM plan WHERE active ORDER BY sort_order DESC, monthly_fee_yen DESC LIMIT 1`,
  );
  if (!plan) throw new Error('the catalog has no active plan');
  const options: { id: string; code: string; active: boolean }[] = await m.query(
    `SELECT id, code, active FROM catalog_option`,
  );
  const codes = trialOptionCodes(options);
  const [subscription] = await m.query(
    `INSERT INTO subscription (customer_id, plan_id, status) VALUES ($1, $2, 'TRIAL') RETURNING id`,
    [customerId, plan.id],
  );
  await m.query(
    `INSERT INTO subscription_option (subscription_id, option_id)
     SELECT $1, id FROM catalog_option WHERE code = ANY($2::text[])`,
    [subscription.id, codes],
  );
  await m.query(
    `INSERT INTO subscription_history (subscription_id, change_kind, status_after, plan_code_after, option_codes_after, actor_id)
     VALUES ($1, 'TRIAL_STARTED', 'TRIAL', $2, $3, $4)`,
    [subscription.id, plan.code, codes, actorId],
  );
  return { planCode: plan.code, optionCodes: codes };
}
