import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { TouchModel } from '@kizuna/domain';
import type { GraphQLContext } from '../../graphql/context';
import { badUserInput } from '../../graphql/errors';
import type { Outcome } from '../../graphql/outcome';
import { parseGlobalId } from '../../graphql/relay';
import { toUserErrors } from '../../graphql/user-error.type';
import { toCustomerType } from '../customers/customer.mapper';
import { CustomerType } from '../customers/customer.type';
import { updateHealthSettings } from './health-settings.service';
import {
  ClearTouchModelOverrideInput,
  SetTouchModelInput,
  SetTouchModelPayload,
  UpdateHealthSettingsInput,
} from './health.inputs';
import { healthHistoryLoader, healthLoaders, requestHealthSettings } from './health.loaders';
import {
  toCompanyNpsType,
  toHealthScoreType,
  toHealthSettingsType,
  toTouchModelAssessment,
} from './health.mapper';
import {
  CompanyNpsType,
  CustomerHealthSummaryType,
  CustomerSegmentMapType,
  HealthMonthType,
  HealthScoreType,
  HealthSettingsType,
  TouchModelAssessmentType,
  TouchModelEnum,
  UpdateHealthSettingsPayload,
} from './health.type';
import {
  customerSegmentCells,
  healthBandCounts,
  healthScoreHistogram,
  touchModelCounts,
} from './segment-map.query';
import { clearTouchModelOverride, setTouchModel } from './touch-model.service';

const who = (ctx: GraphQLContext) => ({ actor: ctx.actor!, requestId: ctx.requestId });
const HISTORY_MAX_MONTHS = 120;

/** Health settings, the 9-cell map and the analyst summary; touch-model overrides (ADR 0022). */
@Resolver()
export class HealthResolver {
  @Authorized('customers:read')
  @Query(() => HealthSettingsType, {
    description: 'Weights and band thresholds of the health score, and touch-model thresholds.',
  })
  async healthSettings(@Ctx() ctx: GraphQLContext): Promise<HealthSettingsType> {
    return toHealthSettingsType(await requestHealthSettings(ctx), ctx.locale);
  }

  @Authorized('health-settings:write')
  @Mutation(() => UpdateHealthSettingsPayload, {
    description:
      'Replace the health settings (admins). Every score is recomputed with them within about 15 seconds.',
  })
  async updateHealthSettings(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: UpdateHealthSettingsInput,
  ): Promise<UpdateHealthSettingsPayload> {
    const w = input.weights;
    const outcome = await updateHealthSettings(
      ctx.dataSource,
      who(ctx),
      {
        version: input.version,
        health: {
          weights: {
            USAGE: w.usage,
            SURVEYS: w.surveys,
            SLA: w.sla,
            OPTION_ADOPTION: w.optionAdoption,
            OPEN_ISSUES: w.openIssues,
            RENEWAL: w.renewal,
          },
          goodAtLeast: input.goodAtLeast,
          watchAtLeast: input.watchAtLeast,
        },
        touchModel: { ...input.touchModel },
      },
      ctx.clock.now(),
    );
    if (!outcome.ok)
      return { healthSettings: null, userErrors: toUserErrors(outcome.errors, ctx.locale) };
    return { healthSettings: toHealthSettingsType(outcome.value, ctx.locale), userErrors: [] };
  }

  @Authorized('customers:write')
  @Mutation(() => SetTouchModelPayload, {
    description:
      'Set a customer’s touch model by hand, with a reason; it stays until cleared (clearTouchModelOverride).',
  })
  async setTouchModel(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: SetTouchModelInput,
  ): Promise<SetTouchModelPayload> {
    const outcome = await setTouchModel(
      ctx.dataSource,
      who(ctx),
      {
        customerId: parseGlobalId(input.customerId, 'Customer'),
        touchModel: input.touchModel,
        reason: input.reason,
      },
      ctx.clock.now(),
    );
    return this.payload(ctx, outcome);
  }

  @Authorized('customers:write')
  @Mutation(() => SetTouchModelPayload, {
    description: 'Back to the touch model the rule derives from the company profile.',
  })
  async clearTouchModelOverride(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: ClearTouchModelOverrideInput,
  ): Promise<SetTouchModelPayload> {
    const outcome = await clearTouchModelOverride(
      ctx.dataSource,
      who(ctx),
      parseGlobalId(input.customerId, 'Customer'),
    );
    return this.payload(ctx, outcome);
  }

  private async payload(
    ctx: GraphQLContext,
    outcome: Outcome<string>,
  ): Promise<SetTouchModelPayload> {
    if (!outcome.ok)
      return { customer: null, userErrors: toUserErrors(outcome.errors, ctx.locale) };
    const customer = await ctx.loaders.customers.byId.load(outcome.value);
    return { customer: customer && toCustomerType(customer, ctx.clock.now()), userErrors: [] };
  }

  @Authorized('customers:read')
  @Query(() => CustomerSegmentMapType, {
    description:
      'The 9-cell map: lifecycle stage × company NPS band, with moves since last month’s end.',
  })
  async customerSegmentMap(@Ctx() ctx: GraphQLContext): Promise<CustomerSegmentMapType> {
    const map = await customerSegmentCells(ctx.dataSource, ctx.clock.now());
    return {
      comparedWith: map.comparedWith,
      cells: map.cells.map((c) => ({ ...c, npsBand: c.npsBand ?? 'NO_NPS' })),
    };
  }

  @Authorized('customers:read')
  @Query(() => CustomerHealthSummaryType, {
    description:
      'Health band distribution, score histogram and touch-model split of customers in trial or under contract.',
  })
  async customerHealthSummary(@Ctx() ctx: GraphQLContext): Promise<CustomerHealthSummaryType> {
    const settings = await requestHealthSettings(ctx);
    const [bands, touchModels, scoreHistogram] = await Promise.all([
      healthBandCounts(ctx.dataSource),
      touchModelCounts(ctx.dataSource, settings.touchModel),
      healthScoreHistogram(ctx.dataSource),
    ]);
    return { ...bands, touchModels, scoreHistogram };
  }
}

/** Customer.health, healthHistory, companyNps, touchModel: batched per page (health.loaders.ts). */
@Resolver(() => CustomerType)
export class CustomerHealthResolver {
  @Authorized('customers:read')
  @FieldResolver(() => HealthScoreType, {
    nullable: true,
    description:
      'The stored health score and why (components). Null for leads and former customers, and before the first computation.',
  })
  async health(
    @Root() customer: CustomerType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<HealthScoreType | null> {
    return toHealthScoreType(await healthLoaders(ctx).current.load(customer.dbId), ctx.locale);
  }

  @Authorized('customers:read')
  @FieldResolver(() => CompanyNpsType, {
    nullable: true,
    description: 'The company’s NPS from its respondents, stored with the health score.',
  })
  async companyNps(
    @Root() customer: CustomerType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CompanyNpsType | null> {
    return toCompanyNpsType(await healthLoaders(ctx).current.load(customer.dbId));
  }

  @Authorized('customers:read')
  @FieldResolver(() => [HealthMonthType], {
    description:
      'Monthly health (the last score of each Tokyo month), oldest first, over the last `months` months including this one.',
  })
  async healthHistory(
    @Root() customer: CustomerType,
    @Ctx() ctx: GraphQLContext,
    @Arg('months', () => Int, { defaultValue: 12 }) months: number,
  ): Promise<HealthMonthType[]> {
    if (!Number.isInteger(months) || months < 1 || months > HISTORY_MAX_MONTHS)
      throw badUserInput(`months must be 1–${HISTORY_MAX_MONTHS}.`);
    return healthHistoryLoader(ctx, months).load(customer.dbId);
  }

  @Authorized('customers:read')
  @FieldResolver(() => TouchModelEnum, {
    description:
      'Staff’s override if any, else derived from annual revenue, current ratio and engagement (HealthSettings.touchModel).',
  })
  async touchModel(
    @Root() customer: CustomerType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TouchModel> {
    return (await this.touchModelAssessment(customer, ctx)).touchModel;
  }

  @Authorized('customers:read')
  @FieldResolver(() => TouchModelAssessmentType, {
    description: 'The touch model with the rule’s reason and the override.',
  })
  async touchModelAssessment(
    @Root() customer: CustomerType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TouchModelAssessmentType> {
    const [settings, override] = await Promise.all([
      requestHealthSettings(ctx),
      healthLoaders(ctx).override.load(customer.dbId),
    ]);
    return toTouchModelAssessment(customer, override, settings.touchModel, ctx.locale);
  }
}
