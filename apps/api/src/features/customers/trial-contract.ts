import { trialOptionCodes, trialPlan } from '@kizuna/domain';
import type { Queryable } from '../../db/queryable';

/** Can a trial be started at all: does the catalog have an active plan? */
export async function hasActivePlan(db: Queryable): Promise<boolean> {
  const [row]: { exists: boolean }[] = await db.query(
    `SELECT EXISTS (SELECT 1 FROM plan WHERE active) AS exists`,
  );
  return row?.exists ?? false;
}

/** What a trial runs on: the top active plan with every active option (one per exclusive group). */
export async function trialContract(
  db: Queryable,
): Promise<{ planId: string; planCode: string; optionCodes: string[] }> {
  const plans: { id: string; code: string; sortOrder: number }[] = await db.query(
    `SELECT id, code, sort_order AS "sortOrder" FROM plan WHERE active ORDER BY sort_order, monthly_fee_yen`,
  );
  const plan = trialPlan(plans);
  if (!plan) throw new Error('the catalog has no active plan');
  const options: {
    code: string;
    active: boolean;
    optionGroup: string | null;
    monthlyFeeYen: number;
  }[] = await db.query(
    `SELECT code, active, option_group AS "optionGroup", monthly_fee_yen AS "monthlyFeeYen" FROM catalog_option`,
  );
  return { planId: plan.id, planCode: plan.code, optionCodes: trialOptionCodes(options) };
}
