import type { GraphQLContext } from '../../graphql/context';
import type { CustomerType } from '../customers/customer.type';
import { optionsInCatalogOrder } from './subscription.options';
import { toSubscriptionType } from './subscription.mapper';
import type { SubscriptionType } from './subscription.type';
import type { OptionType } from '../catalog/catalog.type';

export interface SubscriptionPreload {
  plan: boolean;
  options: boolean;
}

/**
 * Load the subscriptions of a page of customers — and, when selected, their plans and options —
 * through the same DataLoaders (so the same statements) the field resolvers use, and attach them
 * to the rows. The nested fields then resolve synchronously, instead of with a chain of promises
 * per row and field that keeps every page alive across garbage collections.
 */
export async function preloadSubscriptions(
  ctx: GraphQLContext,
  customers: CustomerType[],
  want: SubscriptionPreload,
): Promise<void> {
  const rows = await ctx.loaders.subscriptions.byCustomerId.loadMany(customers.map((c) => c.dbId));
  const subscriptions: SubscriptionType[] = [];
  customers.forEach((customer, i) => {
    const row = rows[i];
    if (row === undefined || row instanceof Error) return; // the field resolver reports it
    const subscription = row && toSubscriptionType(row);
    customer.preloadedSubscription = subscription;
    if (subscription) subscriptions.push(subscription);
  });
  if (want.plan || want.options) await preloadCatalogFields(ctx, subscriptions, want);
}

/**
 * Plans and options straight from the request's catalog snapshot, whose GraphQL objects are
 * built once per snapshot. Subscriptions with the same option ids (every trial has them all)
 * share one list.
 */
async function preloadCatalogFields(
  ctx: GraphQLContext,
  subscriptions: SubscriptionType[],
  want: SubscriptionPreload,
) {
  const idLists = want.options
    ? await ctx.loaders.subscriptions.optionIdsBySubscriptionId.loadMany(
        subscriptions.map((s) => s.dbId),
      )
    : [];
  const snapshot = await ctx.loaders.catalog.covering(
    want.plan ? subscriptions.map((s) => s.planId) : [],
    idLists.flatMap((ids) => (Array.isArray(ids) ? ids : [])),
  );
  const planTypes = snapshot.planTypes[ctx.locale];
  const optionTypes = snapshot.optionTypes[ctx.locale];
  const listsByIds = new Map<string, OptionType[]>();
  subscriptions.forEach((subscription, i) => {
    if (want.plan) subscription.preloadedPlan = planTypes.get(subscription.planId);
    const ids = idLists[i];
    if (!want.options || !ids || ids instanceof Error) return;
    const key = ids.join();
    let list = listsByIds.get(key);
    if (!list) {
      list = Object.freeze(
        optionsInCatalogOrder(ids, snapshot.optionsById).map((o) => optionTypes.get(o.id)!),
      ) as OptionType[];
      listsByIds.set(key, list);
    }
    subscription.preloadedOptions = list;
  });
}
