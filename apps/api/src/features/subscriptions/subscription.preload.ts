import type { GraphQLContext } from '../../graphql/context';
import type { CustomerType } from '../customers/customer.type';
import { optionsInCatalogOrder } from './subscription.options';
import { toSubscriptionType } from './subscription.mapper';
import type { SubscriptionType } from './subscription.type';

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
  await Promise.all([
    want.plan && preloadPlans(ctx, subscriptions),
    want.options && preloadOptions(ctx, subscriptions),
  ]);
}

async function preloadPlans(ctx: GraphQLContext, subscriptions: SubscriptionType[]) {
  const { catalog } = ctx.loaders;
  const plans = await catalog.planById.loadMany(subscriptions.map((s) => s.planId));
  subscriptions.forEach((subscription, i) => {
    const plan = plans[i];
    if (plan && !(plan instanceof Error)) {
      subscription.preloadedPlan = catalog.planType(plan, ctx.locale);
    }
  });
}

async function preloadOptions(ctx: GraphQLContext, subscriptions: SubscriptionType[]) {
  const { catalog } = ctx.loaders;
  const [idLists, byId] = await Promise.all([
    ctx.loaders.subscriptions.optionIdsBySubscriptionId.loadMany(subscriptions.map((s) => s.dbId)),
    catalog.optionsById(),
  ]);
  subscriptions.forEach((subscription, i) => {
    const ids = idLists[i];
    if (!ids || ids instanceof Error) return;
    subscription.preloadedOptions = optionsInCatalogOrder(ids, byId).map((o) =>
      catalog.optionType(o, ctx.locale),
    );
  });
}
