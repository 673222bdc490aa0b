import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupBy } from '../../shared/group-by';
import type { SubscriptionHistoryModel, SubscriptionModel } from './subscription.model';

/** Per-request batch loaders: one statement per relation, whatever the page size. */
export function createSubscriptionLoaders(dataSource: DataSource) {
  return {
    byCustomerId: new DataLoader<string, SubscriptionModel | null>(async (customerIds) => {
      const rows: SubscriptionModel[] = await dataSource.query(
        `SELECT id, customer_id AS "customerId", plan_id AS "planId", status,
                started_at::text AS "startedAt", cancelled_at::text AS "cancelledAt", version
           FROM subscription WHERE customer_id = ANY($1::uuid[])`,
        [customerIds],
      );
      const byCustomer = new Map(rows.map((r) => [r.customerId, r]));
      return customerIds.map((id) => byCustomer.get(id) ?? null);
    }),
    /** Option ids of each subscription, in catalog order (sorted here once, not per field). */
    optionIdsBySubscriptionId: new DataLoader<string, string[]>(async (subscriptionIds) => {
      const rows: { subscriptionId: string; optionId: string }[] = await dataSource.query(
        `SELECT so.subscription_id AS "subscriptionId", so.option_id AS "optionId"
           FROM subscription_option so JOIN catalog_option o ON o.id = so.option_id
          WHERE so.subscription_id = ANY($1::uuid[])
          ORDER BY o.sort_order, o.code COLLATE "C"`,
        [subscriptionIds],
      );
      const groups = groupBy(rows, (r) => r.subscriptionId);
      return subscriptionIds.map((id) => (groups.get(id) ?? []).map((r) => r.optionId));
    }),
    historyBySubscriptionId: new DataLoader<string, SubscriptionHistoryModel[]>(
      async (subscriptionIds) => {
        const rows: SubscriptionHistoryModel[] = await dataSource.query(
          `SELECT id::text, subscription_id AS "subscriptionId", changed_at AS "changedAt", change_kind AS "changeKind",
                status_before AS "statusBefore", status_after AS "statusAfter",
                plan_code_before AS "planCodeBefore", plan_code_after AS "planCodeAfter",
                option_codes_before AS "optionCodesBefore", option_codes_after AS "optionCodesAfter"
           FROM subscription_history WHERE subscription_id = ANY($1::uuid[])
          ORDER BY changed_at DESC, subscription_history.id DESC`,
          [subscriptionIds],
        );
        const groups = groupBy(rows, (r) => r.subscriptionId);
        return subscriptionIds.map((id) => groups.get(id) ?? []);
      },
    ),
  };
}
