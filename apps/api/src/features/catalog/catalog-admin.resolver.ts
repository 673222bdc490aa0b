import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { userError } from '@kizuna/domain';
import type { Outcome } from '../../graphql/outcome';
import type { GraphQLContext } from '../../graphql/context';
import { parseGlobalId } from '../../graphql/relay';
import { toUserErrors } from '../../graphql/user-error.type';
import {
  createOption,
  createPlan,
  schedulePrice,
  updateOption,
  updatePlan,
} from './catalog-admin.service';
import {
  CreateOptionInput,
  CreateOptionPayload,
  CreatePlanInput,
  CreatePlanPayload,
  SchedulePriceInput,
  SchedulePricePayload,
  UpdateOptionInput,
  UpdateOptionPayload,
  UpdatePlanInput,
  UpdatePlanPayload,
} from './catalog-admin.inputs';
import type { PricedItem } from './catalog-price';
import { toOptionType, toPlanType } from './catalog.mapper';
import type { OptionModel, PlanModel } from './catalog.model';
import { CatalogPriceType, OptionType, PlanType } from './catalog.type';

const who = (ctx: GraphQLContext) => ({ actor: ctx.actor!, requestId: ctx.requestId });

/** Catalog administration (ADMIN, catalog:write): plans, options and their dated prices. */
@Resolver()
export class CatalogAdminResolver {
  @Authorized('catalog:write')
  @Mutation(() => CreatePlanPayload, { description: 'Add a plan to the catalog.' })
  async createPlan(@Ctx() ctx: GraphQLContext, @Arg('input') input: CreatePlanInput) {
    return planPayload(ctx, await createPlan(ctx.dataSource, who(ctx), input));
  }

  @Authorized('catalog:write')
  @Mutation(() => UpdatePlanPayload, { description: 'Rename, reorder or (de)activate a plan.' })
  async updatePlan(@Ctx() ctx: GraphQLContext, @Arg('input') input: UpdatePlanInput) {
    const id = parseGlobalId(input.planId, 'Plan');
    return planPayload(ctx, await updatePlan(ctx.dataSource, who(ctx), id, input));
  }

  @Authorized('catalog:write')
  @Mutation(() => CreateOptionPayload, { description: 'Add an option to the catalog.' })
  async createOption(@Ctx() ctx: GraphQLContext, @Arg('input') input: CreateOptionInput) {
    return optionPayload(ctx, await createOption(ctx.dataSource, who(ctx), input));
  }

  @Authorized('catalog:write')
  @Mutation(() => UpdateOptionPayload, {
    description: 'Rename, regroup, reorder or (de)activate an option.',
  })
  async updateOption(@Ctx() ctx: GraphQLContext, @Arg('input') input: UpdateOptionInput) {
    const id = parseGlobalId(input.optionId, 'Option');
    return optionPayload(ctx, await updateOption(ctx.dataSource, who(ctx), id, input));
  }

  @Authorized('catalog:write')
  @Mutation(() => SchedulePricePayload, {
    description:
      'A new monthly fee of a plan or an option from validFrom (00:00 Asia/Tokyo); today applies at once.',
  })
  async schedulePrice(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: SchedulePriceInput,
  ): Promise<SchedulePricePayload> {
    const none = { plan: null, option: null };
    if (input.planId && input.optionId)
      return {
        ...none,
        userErrors: toUserErrors(
          [userError('OUT_OF_RANGE', 'optionId', { value: 'planId and optionId' })],
          ctx.locale,
        ),
      };
    const planId = input.planId ? parseGlobalId(input.planId, 'Plan') : null;
    const optionId = input.optionId ? parseGlobalId(input.optionId, 'Option') : null;
    if ((input.planId && !planId) || (input.optionId && !optionId)) {
      const field = input.planId ? 'planId' : 'optionId';
      return { ...none, userErrors: toUserErrors([userError('NOT_FOUND', field)], ctx.locale) };
    }
    const item: PricedItem | null = planId
      ? { table: 'plan', id: planId }
      : optionId
        ? { table: 'catalog_option', id: optionId }
        : null;
    const outcome = await schedulePrice(ctx.dataSource, who(ctx), item, input, ctx.clock);
    if (!outcome.ok) return { ...none, userErrors: toUserErrors(outcome.errors, ctx.locale) };
    ctx.loaders.catalog.changed();
    const { table, id } = outcome.value;
    const snapshot = await ctx.loaders.catalog.snapshot();
    const plan = table === 'plan' ? snapshot.planById.get(id) : undefined;
    const option = table === 'catalog_option' ? snapshot.optionsById.get(id)?.option : undefined;
    return {
      plan: plan ? toPlanType(plan, ctx.locale) : null,
      option: option ? toOptionType(option, ctx.locale) : null,
      userErrors: [],
    };
  }
}

/** `prices` of plans and options: every scheduled price, by date (one statement per request). */
@Resolver(() => PlanType)
export class PlanPricesResolver {
  @FieldResolver(() => [CatalogPriceType], { description: 'Prices by date, past and scheduled.' })
  async prices(@Root() plan: PlanType, @Ctx() ctx: GraphQLContext): Promise<CatalogPriceType[]> {
    const id = parseGlobalId(plan.id, 'Plan');
    return id ? ctx.loaders.catalog.plansPrices.load(id) : [];
  }
}

@Resolver(() => OptionType)
export class OptionPricesResolver {
  @FieldResolver(() => [CatalogPriceType], { description: 'Prices by date, past and scheduled.' })
  async prices(
    @Root() option: OptionType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CatalogPriceType[]> {
    const id = parseGlobalId(option.id, 'Option');
    return id ? ctx.loaders.catalog.optionsPrices.load(id) : [];
  }
}

function planPayload(ctx: GraphQLContext, outcome: Outcome<PlanModel>) {
  if (!outcome.ok) return { plan: null, userErrors: toUserErrors(outcome.errors, ctx.locale) };
  ctx.loaders.catalog.changed();
  return { plan: toPlanType(outcome.value, ctx.locale), userErrors: [] };
}

function optionPayload(ctx: GraphQLContext, outcome: Outcome<OptionModel>) {
  if (!outcome.ok) return { option: null, userErrors: toUserErrors(outcome.errors, ctx.locale) };
  ctx.loaders.catalog.changed();
  return { option: toOptionType(outcome.value, ctx.locale), userErrors: [] };
}
