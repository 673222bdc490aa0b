import type { Queryable } from '../../db/queryable';

/** What a subscription costs from a Tokyo date: one row of `subscription_fee` (ADR 0018). */
export interface FeeChange {
  subscriptionId: string;
  customerId: string;
  /** YYYY-MM-DD (Asia/Tokyo): the day the change takes effect. */
  effectiveFrom: string;
  status: string;
  planCode: string;
  optionCodes: readonly string[];
  /** 税抜, whole yen; 0 unless ACTIVE. */
  monthlyFeeExclTax: number;
  /** The provisioning kind, TRIAL_STARTED, TRIAL_EXPIRED or PRICE_CHANGE. */
  changeKind: string;
}

/**
 * Record a subscription's fee from a date, closing the row in force until then — one statement,
 * inside the caller's transaction (which holds the subscription's lock). The row takes the
 * subscription's contract term as it is now: call it after the change is written.
 */
export async function recordFeeChange(db: Queryable, f: FeeChange): Promise<void> {
  await db.query(
    `WITH closed AS (
       UPDATE subscription_fee SET effective_to = $3::date
        WHERE subscription_id = $1 AND effective_to IS NULL RETURNING id)
     INSERT INTO subscription_fee (subscription_id, customer_id, effective_from, status, plan_code, option_codes,
                                   monthly_fee_excl_tax, change_kind, contract_term)
     SELECT $1, $2, $3::date, $4, $5, $6::text[], $7, $8, s.contract_term FROM subscription s WHERE s.id = $1`,
    [
      f.subscriptionId,
      f.customerId,
      f.effectiveFrom,
      f.status,
      f.planCode,
      f.optionCodes,
      f.status === 'ACTIVE' ? f.monthlyFeeExclTax : 0,
      f.changeKind,
    ],
  );
}

/**
 * After a catalog price became current: every ACTIVE subscription holding the plan or option
 * costs what the catalog now says from `effectiveFrom` (Subscription.monthlyFee reads the
 * catalog, so existing customers pay the new price from its date). Rows only where the fee
 * changed. Returns how many subscriptions it recorded.
 */
export async function recordPriceChange(
  db: Queryable,
  item: { table: 'plan' | 'catalog_option'; id: string },
  effectiveFrom: string,
): Promise<number> {
  const holds =
    item.table === 'plan'
      ? `s.plan_id = $1`
      : `EXISTS (SELECT 1 FROM subscription_option so WHERE so.subscription_id = s.id AND so.option_id = $1)`;
  const rows: unknown[] = await db.query(
    `WITH now_costs AS (
       SELECT s.id AS subscription_id, s.customer_id, p.code AS plan_code, s.contract_term,
              ARRAY(SELECT o.code FROM subscription_option so JOIN catalog_option o ON o.id = so.option_id
                     WHERE so.subscription_id = s.id ORDER BY o.code) AS option_codes,
              p.monthly_fee_yen + COALESCE((SELECT sum(o.monthly_fee_yen) FROM subscription_option so
                     JOIN catalog_option o ON o.id = so.option_id WHERE so.subscription_id = s.id), 0)::int AS fee
         FROM subscription s JOIN plan p ON p.id = s.plan_id
        WHERE s.status = 'ACTIVE' AND ${holds}
     ), changed AS (
       SELECT n.* FROM now_costs n JOIN subscription_fee f
           ON f.subscription_id = n.subscription_id AND f.effective_to IS NULL
        WHERE f.monthly_fee_excl_tax <> n.fee
     ), closed AS (
       UPDATE subscription_fee f SET effective_to = $2::date FROM changed c
        WHERE f.subscription_id = c.subscription_id AND f.effective_to IS NULL RETURNING f.id
     )
     INSERT INTO subscription_fee (subscription_id, customer_id, effective_from, status, plan_code, option_codes,
                                   monthly_fee_excl_tax, change_kind, contract_term)
     SELECT subscription_id, customer_id, $2::date, 'ACTIVE', plan_code, option_codes, fee, 'PRICE_CHANGE', contract_term
       FROM changed RETURNING id`,
    [item.id, effectiveFrom],
  );
  return rows.length;
}
