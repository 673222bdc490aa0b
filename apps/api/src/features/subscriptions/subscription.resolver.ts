import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { monthlyFee } from '@kizuna/domain';
import type { GraphQLContext } from '../../graphql/context';
import { TaxedAmountType, toTaxedAmountType } from '../../graphql/money.type';
import { toOptionType, toPlanType } from '../catalog/catalog.mapper';
import type { OptionModel } from '../catalog/catalog.model';
import { OptionType, PlanType } from '../catalog/catalog.type';
import { SubscriptionChangeType, SubscriptionType } from './subscription.type';

/** The options of a subscription, in catalog order. */
export async function loadSubscriptionOptions(
  ctx: GraphQLContext,
  subscriptionId: string,
): Promise<OptionModel[]> {
  const ids = await ctx.loaders.subscriptions.optionIdsBySubscriptionId.load(subscriptionId);
  const options = await ctx.loaders.catalog.optionById.loadMany(ids);
  return options
    .filter((o): o is OptionModel => o !== null && !(o instanceof Error))
    .sort((a, b) => a.sortOrder - b.sortOrder || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

@Resolver(() => SubscriptionType)
export class SubscriptionResolver {
  @FieldResolver(() => PlanType)
  async plan(
    @Root() subscription: SubscriptionType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanType> {
    const plan = await ctx.loaders.catalog.planById.load(subscription.planId);
    if (!plan) throw new Error(`plan ${subscription.planId} missing`);
    return toPlanType(plan, ctx.locale);
  }

  @FieldResolver(() => [OptionType])
  async options(
    @Root() subscription: SubscriptionType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OptionType[]> {
    const options = await loadSubscriptionOptions(ctx, subscription.dbId);
    return options.map((o) => toOptionType(o, ctx.locale));
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
