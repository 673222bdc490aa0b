import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  isoDateJst,
  monthlyFee,
  nextRenewalDate,
  renewalAmount,
  type TaxedAmount,
} from '@kizuna/domain';
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

/** The monthly fee at the catalog's prices: 0 unless ACTIVE. */
async function feeOf(subscription: SubscriptionType, ctx: GraphQLContext): Promise<TaxedAmount> {
  if (subscription.status !== 'ACTIVE') return monthlyFee(null, []);
  const [plan, options] = await Promise.all([
    ctx.loaders.catalog.planById.load(subscription.planId),
    loadSubscriptionOptions(ctx, subscription.dbId),
  ]);
  return monthlyFee(plan, options);
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
    return toTaxedAmountType(await feeOf(subscription, ctx));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'YYYY-MM-DD (Asia/Tokyo): the next renewal of an ACTIVE contract — the first day one more term (month or year) after the day it started, counted from that day; null unless ACTIVE.',
  })
  renewsAt(@Root() subscription: SubscriptionType, @Ctx() ctx: GraphQLContext): string | null {
    if (subscription.status !== 'ACTIVE') return null;
    return nextRenewalDate(
      isoDateJst(subscription.startedAt),
      subscription.contractTerm,
      isoDateJst(ctx.clock.now()),
    );
  }

  @FieldResolver(() => TaxedAmountType, {
    nullable: true,
    description:
      'What the next term costs at today’s fee: the monthly fee × 1 or × 12, taxed once on the total; null unless ACTIVE.',
  })
  async renewalAmount(
    @Root() subscription: SubscriptionType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TaxedAmountType | null> {
    if (subscription.status !== 'ACTIVE') return null;
    const fee = await feeOf(subscription, ctx);
    return toTaxedAmountType(renewalAmount(fee.excludingTax, subscription.contractTerm));
  }

  @FieldResolver(() => [SubscriptionChangeType], { description: 'Applied changes, newest first.' })
  history(
    @Root() subscription: SubscriptionType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SubscriptionChangeType[]> {
    return ctx.loaders.subscriptions.historyBySubscriptionId.load(subscription.dbId);
  }
}
