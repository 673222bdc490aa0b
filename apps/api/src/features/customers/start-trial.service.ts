import type { DataSource, EntityManager } from 'typeorm';
import {
  canStartTrial,
  err,
  isoDateJst,
  ok,
  trialEndsAt,
  userError,
  validateStartTrial,
  type Clock,
  type LifecycleStage,
  type Result,
  type StartTrialDraft,
  type UserErrorData,
  type ValidStartTrial,
} from '@kizuna/domain';
import type { Actor } from '../../graphql/context';
import { toGlobalId } from '../../graphql/relay';
import { recordAudit } from '../audit/audit.service';
import { enqueueOutbox } from '../outbox/outbox.service';
import { recordFeeChange } from '../revenue/fee-history';
import { CONTACT_FIELD_COLUMNS, contactValues } from './contact.service';
import { hasActivePlan, trialContract } from './trial-contract';

const UNIQUE_VIOLATION = '23505';

type StartOutcome = Promise<Result<string, UserErrorData[]>>;

/** Corporate record and primary contact of a new customer, in the caller's transaction. */
async function insertCustomer(
  m: EntityManager,
  input: ValidStartTrial,
  stage: 'LEAD' | 'TRIAL',
  now: Date,
): Promise<string> {
  const trial = stage === 'TRIAL';
  const [customer] = await m.query(
    `INSERT INTO customer (name, name_kana, corporate_number, stage, trial_started_at, trial_ends_at, trial_count)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      input.name,
      input.nameKana,
      input.corporateNumber,
      stage,
      trial ? now : null,
      trial ? trialEndsAt(now) : null,
      trial ? 1 : 0,
    ],
  );
  const id: string = customer.id;
  await m.query(
    `INSERT INTO customer_stage_change (customer_id, from_stage, to_stage, changed_at, note) VALUES ($1, $2, $3, $4, $5)`,
    [id, trial ? 'LEAD' : null, stage, now, trial ? 'TRIAL_STARTED' : 'LEAD_CREATED'],
  );
  await m.query(
    `INSERT INTO customer_contact (customer_id, ${CONTACT_FIELD_COLUMNS}, is_primary)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, true)`,
    [id, ...contactValues(input.contact)],
  );
  return id;
}

/** A duplicate corporate number is the caller's error, not a fault. */
async function refusingDuplicates(work: () => Promise<string>): StartOutcome {
  try {
    return ok(await work());
  } catch (e) {
    if ((e as { code?: string }).code === UNIQUE_VIOLATION) {
      return err([userError('DUPLICATE', 'corporateNumber')]);
    }
    throw e;
  }
}

/** Validate a new customer's data, then insert it and do the rest in one transaction. */
async function registerCustomer(
  dataSource: DataSource,
  draft: StartTrialDraft,
  stage: 'LEAD' | 'TRIAL',
  now: Date,
  rest: (m: EntityManager, id: string, input: ValidStartTrial) => Promise<void>,
): StartOutcome {
  const valid = validateStartTrial(draft);
  if (!valid.ok) return valid;
  const input = valid.value;
  return refusingDuplicates(() =>
    dataSource.transaction(async (m) => {
      const id = await insertCustomer(m, input, stage, now);
      await rest(m, id, input);
      return id;
    }),
  );
}

/** Register a prospect (LEAD) without a trial: corporate record and primary contact. */
export function createLead(
  dataSource: DataSource,
  draft: StartTrialDraft,
  actor: Actor,
  requestId: string,
  clock: Clock,
): StartOutcome {
  const now = clock.now();
  return registerCustomer(dataSource, draft, 'LEAD', now, async (m, id, input) => {
    await enqueueOutbox(m, {
      type: 'customer.lead_created',
      aggregateType: 'Customer',
      aggregateId: id,
      occurredAt: now,
      payload: { customerId: toGlobalId('Customer', id) },
    });
    await recordAudit(m, {
      actor,
      requestId,
      action: 'customer.leadCreated',
      entityType: 'Customer',
      entityId: id,
      before: null,
      // Corporate data only: personal data never enters the audit trail.
      after: { name: input.name, corporateNumber: input.corporateNumber, stage: 'LEAD' },
    });
  });
}

/**
 * Sign a prospect up for a free trial: customer, primary contact and a trial subscription with
 * every active option, on the top plan, all in one transaction.
 */
export async function startTrial(
  dataSource: DataSource,
  draft: StartTrialDraft,
  actor: Actor,
  requestId: string,
  clock: Clock,
): StartOutcome {
  const now = clock.now();
  if (!(await hasActivePlan(dataSource))) return err([userError('NO_ACTIVE_PLAN', null)]);
  return registerCustomer(dataSource, draft, 'TRIAL', now, async (m, id, input) => {
    const subscription = await createTrialSubscription(m, id, actor.id, now);
    await recordTrialStart(m, actor, requestId, id, now, subscription, {
      name: input.name,
      corporateNumber: input.corporateNumber,
    });
  });
}

/** Start the first trial of an existing LEAD. A lead whose trial ended needs a SECOND_TRIAL request. */
export async function startTrialForLead(
  dataSource: DataSource,
  customerId: string | null,
  actor: Actor,
  requestId: string,
  clock: Clock,
): StartOutcome {
  if (!customerId) return err([userError('NOT_FOUND', 'customerId')]);
  if (!(await hasActivePlan(dataSource))) return err([userError('NO_ACTIVE_PLAN', null)]);
  return dataSource.transaction(async (m) => {
    const [lead]: { stage: LifecycleStage; trial_count: number }[] = await m.query(
      `SELECT stage, trial_count FROM customer WHERE id = $1 FOR UPDATE`,
      [customerId],
    );
    if (!lead) return err([userError('NOT_FOUND', 'customerId')]);
    const may = canStartTrial({ stage: lead.stage, trialCount: lead.trial_count });
    if (!may.ok) return err([may.error]);
    const now = clock.now();
    await m.query(
      `UPDATE customer SET stage = 'TRIAL', trial_started_at = $2, trial_ends_at = $3, trial_count = 1,
              version = version + 1, updated_at = now() WHERE id = $1`,
      [customerId, now, trialEndsAt(now)],
    );
    await m.query(
      `INSERT INTO customer_stage_change (customer_id, from_stage, to_stage, changed_at, note)
       VALUES ($1, 'LEAD', 'TRIAL', $2, 'TRIAL_STARTED')`,
      [customerId, now],
    );
    const subscription = await createTrialSubscription(m, customerId, actor.id, now);
    await recordTrialStart(m, actor, requestId, customerId, now, subscription, {});
    return ok(customerId);
  });
}

type TrialSubscription = Awaited<ReturnType<typeof createTrialSubscription>>;

/** The first trial's event and audit; `corporate` is what the audit adds about a new customer. */
async function recordTrialStart(
  m: EntityManager,
  actor: Actor,
  requestId: string,
  customerId: string,
  now: Date,
  { id: subscriptionId, ...contract }: TrialSubscription,
  corporate: Record<string, unknown>,
): Promise<void> {
  await enqueueOutbox(m, {
    type: 'customer.trial_started',
    aggregateType: 'Customer',
    aggregateId: customerId,
    occurredAt: now,
    payload: {
      customerId: toGlobalId('Customer', customerId),
      subscriptionId: toGlobalId('Subscription', subscriptionId),
      provisioningRequestId: null,
      trialNumber: 1,
      ...contract,
      trialEndsAt: trialEndsAt(now).toISOString(),
    },
  });
  await recordAudit(m, {
    actor,
    requestId,
    action: 'customer.trialStarted',
    entityType: 'Customer',
    entityId: customerId,
    before: null,
    after: { ...corporate, stage: 'TRIAL', ...contract },
  });
}

/** Trial subscription on the top active plan with every active option (trials try everything). */
async function createTrialSubscription(
  m: EntityManager,
  customerId: string,
  actorId: string,
  now: Date,
) {
  const trial = await trialContract(m);
  const [subscription] = await m.query(
    `INSERT INTO subscription (customer_id, plan_id, status) VALUES ($1, $2, 'TRIAL') RETURNING id`,
    [customerId, trial.planId],
  );
  await m.query(
    `INSERT INTO subscription_option (subscription_id, option_id)
     SELECT $1, id FROM catalog_option WHERE code = ANY($2::text[])`,
    [subscription.id, trial.optionCodes],
  );
  await m.query(
    `INSERT INTO subscription_history (subscription_id, change_kind, status_after, plan_code_after, option_codes_after, actor_id)
     VALUES ($1, 'TRIAL_STARTED', 'TRIAL', $2, $3, $4)`,
    [subscription.id, trial.planCode, trial.optionCodes, actorId],
  );
  await recordFeeChange(m, {
    subscriptionId: subscription.id,
    customerId,
    effectiveFrom: isoDateJst(now),
    status: 'TRIAL',
    planCode: trial.planCode,
    optionCodes: trial.optionCodes,
    monthlyFeeExclTax: 0,
    changeKind: 'TRIAL_STARTED',
  });
  return {
    id: subscription.id as string,
    planCode: trial.planCode,
    optionCodes: trial.optionCodes,
  };
}
