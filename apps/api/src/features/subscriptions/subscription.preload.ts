import type { GraphQLContext } from '../../graphql/context';
import type { CustomerType } from '../customers/customer.type';
import { toSubscriptionType } from './subscription.mapper';
import type { SubscriptionType } from './subscription.type';
import type { CatalogSnapshot } from '../catalog/catalog.loaders';
import { optionsInCatalogOrder } from './subscription.options';
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
 * built once per snapshot. Subscriptions with the same set of options (every trial has them all)
 * share one list, found by the set's bitmask of catalog positions — no sort, no string key.
 * When the snapshot lacks an id (a change not yet notified), the request's snapshot is read again
 * once; whatever is still missing is left to the field resolvers.
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
  const optionIds = (i: number) => {
    const ids = idLists[i];
    return Array.isArray(ids) ? (ids as string[]) : null;
  };
  const attach = (snapshot: CatalogSnapshot): boolean => {
    const planTypes = snapshot.planTypes[ctx.locale];
    const optionTypes = snapshot.optionTypes[ctx.locale];
    const listsByMask = new Map<number, OptionType[]>();
    let complete = true;
    subscriptions.forEach((subscription, i) => {
      if (want.plan) {
        subscription.preloadedPlan = planTypes.get(subscription.planId);
        if (!subscription.preloadedPlan) complete = false;
      }
      const ids = want.options ? optionIds(i) : null;
      if (!ids) return;
      if (!ids.every((id) => snapshot.optionsById.has(id))) {
        complete = false;
        return;
      }
      const mask = positionMask(ids, snapshot);
      if (mask === null) {
        subscription.preloadedOptions = optionsInCatalogOrder(ids, snapshot.optionsById).map((o) =>
          optionTypes.get(o.id)!,
        );
        return;
      }
      let list = listsByMask.get(mask);
      if (!list) {
        list = Object.freeze(
          snapshot.options
            .filter((_, position) => Math.floor(mask / 2 ** position) % 2 === 1)
            .map((o) => optionTypes.get(o.id)!),
        ) as OptionType[];
        listsByMask.set(mask, list);
      }
      subscription.preloadedOptions = list;
    });
    return complete;
  };
  if (attach(await ctx.loaders.catalog.snapshot())) return;
  attach(
    await ctx.loaders.catalog.covering(
      want.plan ? subscriptions.map((s) => s.planId) : [],
      subscriptions.flatMap((_, i) => optionIds(i) ?? []),
    ),
  );
}

/**
 * A set of (known) options as the sum of 2^position over the catalog: exact up to 53 options
 * (the catalog has about a dozen); null for a larger catalog.
 */
function positionMask(ids: readonly string[], snapshot: CatalogSnapshot): number | null {
  if (snapshot.options.length > 53) return null;
  let mask = 0;
  for (const id of ids) {
    mask += 2 ** snapshot.optionsById.get(id)!.position; // unique per subscription (primary key)
  }
  return mask;
}
