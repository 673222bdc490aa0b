import DataLoader from 'dataloader';
import type { ContractTerm } from '@kizuna/domain';
import type { GraphQLContext } from '../../graphql/context';
import { taxedAmount } from '../../graphql/money.type';
import { groupBy } from '../../shared/group-by';
import type { SubscriptionFeeType } from './subscription-fee.type';

// Kept beside the request's other loaders (one per request).
const loaders = new WeakMap<object, DataLoader<string, SubscriptionFeeType[]>>();

/**
 * The fee history of subscriptions, newest first (the order in force: by effective date, then
 * by id), batched: a page of customers asking for it costs one statement.
 */
export function feeHistoryLoader(ctx: GraphQLContext): DataLoader<string, SubscriptionFeeType[]> {
  let loader = loaders.get(ctx.loaders);
  if (loader) return loader;
  loader = new DataLoader(async (ids: readonly string[]) => {
    const rows: {
      subscription_id: string;
      from: string;
      to: string | null;
      status: SubscriptionFeeType['status'];
      plan_code: string;
      option_codes: string[];
      contract_term: ContractTerm;
      fee: number;
      change_kind: string;
    }[] = await ctx.dataSource.query(
      `SELECT subscription_id, to_char(effective_from, 'YYYY-MM-DD') AS "from",
              to_char(effective_to, 'YYYY-MM-DD') AS "to", status, plan_code, option_codes, contract_term,
              monthly_fee_excl_tax AS fee, change_kind
         FROM subscription_fee WHERE subscription_id = ANY($1::uuid[])
        ORDER BY subscription_id, effective_from DESC, id DESC`,
      [ids],
    );
    const bySubscription = groupBy(rows, (r) => r.subscription_id);
    return ids.map((id) =>
      (bySubscription.get(id) ?? []).map((r) => ({
        effectiveFrom: r.from,
        effectiveTo: r.to,
        status: r.status,
        planCode: r.plan_code,
        optionCodes: r.option_codes,
        contractTerm: r.contract_term,
        monthlyFee: taxedAmount(r.fee),
        changeKind: r.change_kind,
      })),
    );
  });
  loaders.set(ctx.loaders, loader);
  return loader;
}
