import type { GraphQLContext } from '../../graphql/context';
import type { CustomerType } from '../customers/customer.type';
import { toSubscriptionType } from './subscription.mapper';
import type { SubscriptionType } from './subscription.type';
import type { CatalogSnapshot } from '../catalog/catalog.loaders';
import { optionsInCatalogOrder } from './subscription.options';
import type { OptionType } from '../catalog/catalog.type';
import type { SubscriptionWithOptionIdsModel } from './subscription.model';

export interface SubscriptionPreload {
  plan: boolean;
  options: boolean;
}

/**
 * Attach the subscriptions of a page of customers — as the page's own statement read them, with
 * their option ids, in the customers' order — and, when selected, their plans and options to the
 * rows. The nested fields then resolve synchronously, instead of with a chain of promises per row
 * and field that keeps every page alive across garbage collections.
 */
export async function preloadSubscriptions(
  ctx: GraphQLContext,
  customers: CustomerType[],
  read: readonly (SubscriptionWithOptionIdsModel | null)[],
  want: SubscriptionPreload,
): Promise<void> {
  const subscriptions: SubscriptionType[] = [];
  const optionIds: (readonly string[])[] = [];
  customers.forEach((customer, i) => {
    const row = read[i] ?? null;
    const subscription = row && toSubscriptionType(row);
    customer.preloadedSubscription = subscription;
    if (!row || !subscription) return;
    subscriptions.push(subscription);
    optionIds.push(row.optionIds);
  });
  if (want.plan || want.options) {
    await preloadCatalogFields(ctx, subscriptions, want.options ? optionIds : [], want.plan);
  }
}

/**
 * Plans and options straight from the request's catalog snapshot, whose GraphQL objects are
 * built once per snapshot. Subscriptions with the same set of options (every trial has them all)
 * share one frozen list, found by the set's bitmask of catalog positions — no sort, no string key.
 * When the snapshot lacks an id (a change not yet notified), the request's snapshot is read again
 * once; whatever is still missing is left to the field resolvers.
 */
async function preloadCatalogFields(
  ctx: GraphQLContext,
  subscriptions: SubscriptionType[],
  /** Each subscription's option ids; empty when options are not selected. */
  optionIds: readonly (readonly string[])[],
  withPlan: boolean,
) {
  const attach = (snapshot: CatalogSnapshot): boolean => {
    const planTypes = snapshot.planTypes[ctx.locale];
    const optionsOf = optionLists(snapshot, snapshot.optionTypes[ctx.locale]);
    let complete = true;
    for (let i = 0; i < subscriptions.length; i += 1) {
      const subscription = subscriptions[i]!;
      if (withPlan) {
        subscription.preloadedPlan = planTypes.get(subscription.planId);
        if (!subscription.preloadedPlan) complete = false;
      }
      const ids = optionIds[i];
      if (!ids) continue;
      subscription.preloadedOptions = optionsOf(ids);
      if (!subscription.preloadedOptions) complete = false;
    }
    return complete;
  };
  if (attach(await ctx.loaders.catalog.snapshot())) return;
  attach(
    await ctx.loaders.catalog.covering(
      withPlan ? subscriptions.map((s) => s.planId) : [],
      optionIds.flat(),
    ),
  );
}

/** Sets of options as bitmasks of catalog positions while they fit a small integer. */
const MAX_MASKED_OPTIONS = 30;

/**
 * The GraphQL options of a set of option ids, in catalog order; undefined when the snapshot
 * lacks one of them. Equal sets get the same frozen list.
 */
export function optionLists(
  snapshot: CatalogSnapshot,
  types: ReadonlyMap<string, OptionType>,
): (ids: readonly string[]) => OptionType[] | undefined {
  const { options, optionsById } = snapshot;
  if (options.length > MAX_MASKED_OPTIONS) {
    return (ids) =>
      ids.every((id) => optionsById.has(id))
        ? optionsInCatalogOrder(ids, optionsById).map((o) => types.get(o.id)!)
        : undefined;
  }
  const listsByMask = new Map<number, OptionType[]>();
  return (ids) => {
    let mask = 0;
    for (const id of ids) {
      const entry = optionsById.get(id);
      if (!entry) return undefined;
      mask |= 1 << entry.position;
    }
    let list = listsByMask.get(mask);
    if (!list) {
      const selected: OptionType[] = [];
      options.forEach((o, position) => {
        if (mask & (1 << position)) selected.push(types.get(o.id)!);
      });
      list = Object.freeze(selected) as OptionType[];
      listsByMask.set(mask, list);
    }
    return list;
  };
}
