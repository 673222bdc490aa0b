import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { toOptionType, toPlanType } from './catalog.mapper';
import { OptionType, PlanType } from './catalog.type';

@Resolver()
export class CatalogResolver {
  @Authorized('catalog:read')
  @Query(() => [PlanType], { description: 'Plans of the catalog, cheapest first.' })
  async plans(
    @Ctx() ctx: GraphQLContext,
    @Arg('includeInactive', { defaultValue: false }) includeInactive: boolean,
  ): Promise<PlanType[]> {
    const plans = await ctx.loaders.catalog.allPlans();
    return plans.filter((p) => includeInactive || p.active).map((p) => toPlanType(p, ctx.locale));
  }

  @Authorized('catalog:read')
  @Query(() => [OptionType], { description: 'Add-on options of the catalog.' })
  async options(
    @Ctx() ctx: GraphQLContext,
    @Arg('includeInactive', { defaultValue: false }) includeInactive: boolean,
  ): Promise<OptionType[]> {
    const options = await ctx.loaders.catalog.allOptions();
    return options
      .filter((o) => includeInactive || o.active)
      .map((o) => toOptionType(o, ctx.locale));
  }
}
