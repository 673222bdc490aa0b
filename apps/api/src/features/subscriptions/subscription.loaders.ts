import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupBy } from '../../shared/group-by';
import type {
  SubscriptionHistoryModel,
  SubscriptionModel,
  SubscriptionWithOptionIdsModel,
} from './subscription.model';

/**
 * The subscription of the customer whose id is the SQL expression `customerId`, with its option
 * ids (unordered: `optionsInCatalogOrder` orders them by the catalog, cheaper than a join and a
 * sort per row in PostgreSQL), as one JSON value (null when it has none): one statement loads both
 * relations — for the loader below, and for a list that reads its page's subscriptions in the
 * page's own statement (see `listCustomers`).
 */
export const subscriptionOfCustomerSql = (customerId: string) => `(
  SELECT json_build_object('id', s.id, 'customerId', s.customer_id, 'planId', s.plan_id,
           'status', s.status, 'startedAt', s.started_at::text, 'cancelledAt', s.cancelled_at::text,
           'version', s.version, 'contractTerm', s.contract_term,
           'optionIds', ARRAY(SELECT so.option_id FROM subscription_option so
                               WHERE so.subscription_id = s.id))
    FROM subscription s WHERE s.customer_id = ${customerId})`;

/** Per-request batch loaders: one statement per relation, whatever the page size. */
export function createSubscriptionLoaders(dataSource: DataSource) {
  /** Option ids of each subscription, in no order (see `optionsInCatalogOrder`). */
  const optionIdsBySubscriptionId = new DataLoader<string, string[]>(async (subscriptionIds) => {
    const rows: { subscriptionId: string; optionId: string }[] = await dataSource.query(
      `SELECT subscription_id AS "subscriptionId", option_id AS "optionId"
         FROM subscription_option WHERE subscription_id = ANY($1::uuid[])`,
      [subscriptionIds],
    );
    const groups = groupBy(rows, (r) => r.subscriptionId);
    return subscriptionIds.map((id) => (groups.get(id) ?? []).map((r) => r.optionId));
  });
  /** Put a customer's subscription, read with its option ids, into both loaders. */
  const prime = (customerId: string, subscription: SubscriptionWithOptionIdsModel | null) => {
    byCustomerId.prime(customerId, subscription);
    if (subscription) optionIdsBySubscriptionId.prime(subscription.id, subscription.optionIds);
  };
  /** With their option ids, which prime `optionIdsBySubscriptionId`: one statement for both. */
  const byCustomerId = new DataLoader<string, SubscriptionModel | null>(async (customerIds) => {
    const rows: { customerId: string; subscription: SubscriptionWithOptionIdsModel | null }[] =
      await dataSource.query(
        `SELECT c.id AS "customerId", ${subscriptionOfCustomerSql('c.id')} AS subscription
           FROM unnest($1::uuid[]) AS c(id)`,
        [customerIds],
      );
    const byCustomer = new Map(rows.map((r) => [r.customerId, r.subscription]));
    return customerIds.map((id) => {
      const subscription = byCustomer.get(id) ?? null;
      if (subscription) {
        optionIdsBySubscriptionId.prime(subscription.id, subscription.optionIds);
      }
      return subscription;
    });
  });
  return {
    byCustomerId,
    optionIdsBySubscriptionId,
    prime,
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
