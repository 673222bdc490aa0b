import type { ContractTerm, LifecycleStage } from '@kizuna/domain';
import type { Queryable } from '../../db/queryable';
import type { SubscriptionStatus } from '../subscriptions/subscription.entity';

/** A customer's contract as provisioning sees it: stage, subscription, plan and option codes. */
export interface SubscriptionState {
  customerId: string;
  stage: LifecycleStage;
  customerVersion: number;
  trialEndsAt: Date | null;
  /** Extra trial days granted so far (at most 30 per trial). */
  trialExtendedDays: number;
  /** Trials the customer has had. */
  trialCount: number;
  subscription: {
    id: string;
    status: SubscriptionStatus;
    version: number;
    planCode: string;
    optionCodes: string[];
    contractTerm: ContractTerm;
  } | null;
}

/** Load the state; with `lock`, row-lock customer and subscription until the transaction ends. */
export async function loadSubscriptionState(
  db: Queryable,
  customerId: string,
  { lock = false }: { lock?: boolean } = {},
): Promise<SubscriptionState | null> {
  const forUpdate = lock ? 'FOR UPDATE' : '';
  const [customer]: {
    id: string;
    stage: LifecycleStage;
    version: number;
    trial_ends_at: Date | null;
    trial_extended_days: number;
    trial_count: number;
  }[] = await db.query(
    `SELECT id, stage, version, trial_ends_at, trial_extended_days, trial_count FROM customer WHERE id = $1 ${forUpdate}`,
    [customerId],
  );
  if (!customer) return null;
  const [subscription]: {
    id: string;
    status: SubscriptionStatus;
    version: number;
    plan_code: string;
    contract_term: ContractTerm;
  }[] = await db.query(
    `SELECT s.id, s.status, s.version, p.code AS plan_code, s.contract_term
       FROM subscription s JOIN plan p ON p.id = s.plan_id
      WHERE s.customer_id = $1 ${lock ? 'FOR UPDATE OF s' : ''}`,
    [customerId],
  );
  const optionCodes: { code: string }[] = subscription
    ? await db.query(
        `SELECT o.code FROM subscription_option so JOIN catalog_option o ON o.id = so.option_id
          WHERE so.subscription_id = $1 ORDER BY o.code`,
        [subscription.id],
      )
    : [];
  return {
    customerId: customer.id,
    stage: customer.stage,
    customerVersion: customer.version,
    trialEndsAt: customer.trial_ends_at,
    trialExtendedDays: customer.trial_extended_days,
    trialCount: customer.trial_count,
    subscription: subscription
      ? {
          id: subscription.id,
          status: subscription.status,
          version: subscription.version,
          planCode: subscription.plan_code,
          optionCodes: optionCodes.map((o) => o.code),
          contractTerm: subscription.contract_term,
        }
      : null,
  };
}

export interface CatalogSnapshot {
  plans: { id: string; code: string; monthlyFeeYen: number; active: boolean }[];
  options: {
    id: string;
    code: string;
    monthlyFeeYen: number;
    active: boolean;
    kind: 'MFA' | 'STORAGE' | 'FEATURE' | 'SUPPORT';
    factorCategory: 'KNOWLEDGE' | 'POSSESSION' | 'INHERENCE' | null;
    optionGroup: string | null;
  }[];
}

export async function loadCatalog(db: Queryable): Promise<CatalogSnapshot> {
  const [plans, options] = await Promise.all([
    db.query(`SELECT id, code, monthly_fee_yen AS "monthlyFeeYen", active FROM plan`),
    db.query(
      `SELECT id, code, monthly_fee_yen AS "monthlyFeeYen", active, kind,
              factor_category AS "factorCategory", option_group AS "optionGroup" FROM catalog_option`,
    ),
  ]);
  return { plans, options };
}
