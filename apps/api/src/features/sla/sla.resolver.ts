import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isSlaBreached, parseSlaMonth } from '@kizuna/domain';
import type { GraphQLContext } from '../../graphql/context';
import { badUserInput } from '../../graphql/errors';
import { toUserErrors } from '../../graphql/user-error.type';
import { CustomerType } from '../customers/customer.type';
import { recordAvailability } from './record-availability.service';
import { slaLoaders } from './service-credit.loaders';
import { loadCreditTiers, replaceCreditTiers } from './sla-credit-tiers';
import { slaPlanRows } from './sla-report.query';
import { RecordAvailabilityInput, ReplaceSlaCreditTiersInput } from './sla.inputs';
import {
  RecordAvailabilityPayload,
  ReplaceSlaCreditTiersPayload,
  ServiceCreditType,
  SlaAvailabilityType,
  SlaCreditTierType,
  SlaReportType,
} from './sla.type';

const who = (ctx: GraphQLContext) => ({ actor: ctx.actor!, requestId: ctx.requestId });

/** SLA availability, the credit table and the monthly report (ADR 0020). */
@Resolver()
export class SlaResolver {
  @Authorized('sla:write')
  @Mutation(() => RecordAvailabilityPayload, {
    description:
      'Record (or record again) what monitoring measured for a month and plan. Below the plan’s SLA target, one double-checked SERVICE_CREDIT request is raised per customer ACTIVE on the plan that month; recording again revises or withdraws the open ones, and is refused once a credit of the month was applied.',
  })
  async recordAvailability(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: RecordAvailabilityInput,
  ): Promise<RecordAvailabilityPayload> {
    const outcome = await recordAvailability(ctx.dataSource, who(ctx), input, ctx.clock.now());
    if (!outcome.ok)
      return {
        availability: null,
        creditRequestsRaised: 0,
        creditRequestsUpdated: 0,
        creditRequestsWithdrawn: 0,
        userErrors: toUserErrors(outcome.errors, ctx.locale),
      };
    const [row]: Omit<SlaAvailabilityType, 'breached'>[] = await ctx.dataSource.query(
      `SELECT to_char(month, 'YYYY-MM') AS month, plan_code AS "planCode",
              availability_percent::float8 AS "availabilityPercent", target_percent::float8 AS "targetPercent",
              incident_note AS "incidentNote", version, recorded_at AS "recordedAt"
         FROM sla_availability WHERE id = $1`,
      [outcome.availabilityId],
    );
    return {
      availability: row
        ? { ...row, breached: isSlaBreached(row.targetPercent, row.availabilityPercent) }
        : null,
      creditRequestsRaised: outcome.requests.raised,
      creditRequestsUpdated: outcome.requests.updated,
      creditRequestsWithdrawn: outcome.requests.withdrawn,
      userErrors: [],
    };
  }

  @Authorized('catalog:read')
  @Query(() => [SlaCreditTierType], {
    description: 'The service credit table: the target step first, then deeper breaches.',
  })
  slaCreditTiers(@Ctx() ctx: GraphQLContext): Promise<SlaCreditTierType[]> {
    return loadCreditTiers(ctx.dataSource);
  }

  @Authorized('catalog:write')
  @Mutation(() => ReplaceSlaCreditTiersPayload, {
    description:
      'Replace the whole service credit table (catalog data). Requests already raised keep their amounts.',
  })
  async replaceSlaCreditTiers(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: ReplaceSlaCreditTiersInput,
  ): Promise<ReplaceSlaCreditTiersPayload> {
    const tiers = input.tiers.map((t) => ({
      belowPercent: t.belowPercent ?? null,
      creditPercent: t.creditPercent,
    }));
    const outcome = await replaceCreditTiers(ctx.dataSource, who(ctx), tiers);
    return outcome.ok
      ? { tiers: outcome.tiers, userErrors: [] }
      : { tiers: null, userErrors: toUserErrors(outcome.errors, ctx.locale) };
  }

  @Authorized('revenue:read')
  @Query(() => SlaReportType, {
    description:
      'Every plan in a Tokyo month: its SLA target, the availability measured, whether it was breached, the customers affected and the credits applied (税抜).',
  })
  async slaReport(
    @Ctx() ctx: GraphQLContext,
    @Arg('month', { description: 'YYYY-MM' }) month: string,
  ): Promise<SlaReportType> {
    const parsed = parseSlaMonth(month);
    if (!parsed.ok) throw badUserInput('month must be YYYY-MM.');
    const rows = await slaPlanRows(ctx.dataSource, parsed.value);
    return {
      month: parsed.value.month,
      plans: rows.map((r) => {
        const breached =
          r.measuredPercent !== null && isSlaBreached(r.targetPercent, r.measuredPercent);
        return {
          planCode: r.planCode,
          targetPercent: r.targetPercent,
          measuredPercent: r.measuredPercent,
          breached,
          creditPercent: breached ? r.creditPercent : null,
          customersAffected: breached ? r.customersActive : 0,
          creditTotalYen: r.creditTotalYen,
          creditRequestsOpen: r.creditRequestsOpen,
          incidentNote: r.incidentNote,
        };
      }),
    };
  }
}

@Resolver(() => CustomerType)
export class CustomerServiceCreditsResolver {
  @Authorized('customers:read')
  @FieldResolver(() => [ServiceCreditType], {
    description: 'Service credits granted to the customer, the newest month first.',
  })
  serviceCredits(
    @Root() customer: CustomerType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ServiceCreditType[]> {
    return slaLoaders(ctx).creditsByCustomer.load(customer.dbId);
  }
}
