import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { monthlyFee } from '@kizuna/domain';
import type { GraphQLContext } from '../../graphql/context';
import { TaxedAmountType, toTaxedAmountType } from '../../graphql/money.type';
import type { OptionModel } from '../catalog/catalog.model';
import { OptionType, PlanType } from '../catalog/catalog.type';
import { optionsInCatalogOrder } from './subscription.options';
import { SubscriptionChangeType, SubscriptionType } from './subscription.type';

/** The options of a subscription, in catalog order. */
export async function loadSubscriptionOptions(
  ctx: GraphQLContext,
  subscriptionId: string,
): Promise<OptionModel[]> {
  const ids = await ctx.loaders.subscriptions.optionIdsBySubscriptionId.load(subscriptionId);
  const { optionsById } = await ctx.loaders.catalog.covering([], ids);
  return optionsInCatalogOrder(ids, optionsById);
}

@Resolver(() => SubscriptionType)
export class SubscriptionResolver {
  /** plan and options: unless preloaded for the page (schema.ts: resolvePreloadedFirst). */
  @FieldResolver(() => PlanType)
  async plan(
    @Root() subscription: SubscriptionType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanType> {
    const plan = await ctx.loaders.catalog.planById.load(subscription.planId);
    if (!plan) throw new Error(`plan ${subscription.planId} missing`);
    return ctx.loaders.catalog.planType(plan, ctx.locale);
  }

  @FieldResolver(() => [OptionType])
  async options(
    @Root() subscription: SubscriptionType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OptionType[]> {
    const options = await loadSubscriptionOptions(ctx, subscription.dbId);
    return ctx.loaders.catalog.optionTypes(options, ctx.locale);
  }

  @FieldResolver(() => TaxedAmountType, {
    description: 'Monthly fee of plan and options; 0 during a trial.',
  })
  async monthlyFee(
    @Root() subscription: SubscriptionType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TaxedAmountType> {
    if (subscription.status !== 'ACTIVE') return toTaxedAmountType(monthlyFee(null, []));
    const [plan, options] = await Promise.all([
      ctx.loaders.catalog.planById.load(subscription.planId),
      loadSubscriptionOptions(ctx, subscription.dbId),
    ]);
    return toTaxedAmountType(monthlyFee(plan, options));
  }

  @FieldResolver(() => [SubscriptionChangeType], { description: 'Applied changes, newest first.' })
  history(
    @Root() subscription: SubscriptionType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SubscriptionChangeType[]> {
    return ctx.loaders.subscriptions.historyBySubscriptionId.load(subscription.dbId);
  }
}
