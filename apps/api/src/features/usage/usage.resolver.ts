import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  isoDateJst,
  planGroupLabel,
  USAGE_SERIES_MAX_DAYS,
  usageFigures,
  type UsageGroupBy,
} from '@kizuna/domain';
import { loadConfig } from '../../config';
import type { GraphQLContext } from '../../graphql/context';
import { badUserInput } from '../../graphql/errors';
import { parseGlobalId, toGlobalId } from '../../graphql/relay';
import { toUserErrors } from '../../graphql/user-error.type';
import { CustomerType } from '../customers/customer.type';
import { filterDate } from '../surveys/survey-filter';
import { recordDailyUsage } from './record-daily-usage.service';
import { usageGroupSums } from './usage-report.query';
import { usageSeriesLoader } from './usage.loaders';
import { loadUsageImport } from './usage.mapper';
import {
  DailyUsageType,
  RecordDailyUsageInput,
  RecordDailyUsagePayload,
  UsageGroupByEnum,
  UsageImportType,
  UsageReportFilter,
  UsageReportType,
} from './usage.type';

const FISCAL_YEAR_START = loadConfig().fiscalYearStartMonth;
/** The longest report period: ten years of months. */
const MAX_REPORT_DAYS = 3660;
/** Matches no row: what an id of the wrong type stands for in a filter. */
const NONE = '00000000-0000-0000-0000-000000000000';

/** The filter's days; by default the twelve months (Tokyo) up to today. */
function periodOf(filter: UsageReportFilter | undefined, now: Date) {
  const to = filterDate(filter?.to, 'filter.to') ?? isoDateJst(now);
  const yearBefore = new Date(Date.parse(`${to}T00:00:00Z`));
  yearBefore.setUTCFullYear(yearBefore.getUTCFullYear() - 1);
  yearBefore.setUTCDate(yearBefore.getUTCDate() + 1);
  const from = filterDate(filter?.from, 'filter.from') ?? yearBefore.toISOString().slice(0, 10);
  if (from > to) throw badUserInput('filter.from must not be after filter.to.');
  if (Date.parse(to) - Date.parse(from) > MAX_REPORT_DAYS * 86_400_000)
    throw badUserInput(`The period must not be longer than ${MAX_REPORT_DAYS} days.`);
  return { from, to };
}

@Resolver()
export class UsageResolver {
  @Authorized('usage:write')
  @Mutation(() => RecordDailyUsagePayload, {
    description:
      'Store one customer’s usage of one Tokyo day (integrators: scope usage:write). Sending a day again replaces it.',
  })
  async recordDailyUsage(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: RecordDailyUsageInput,
  ): Promise<RecordDailyUsagePayload> {
    const outcome = await recordDailyUsage(
      ctx.dataSource,
      ctx.actor!,
      ctx.requestId,
      { ...input, customerId: parseGlobalId(input.customerId, 'Customer') },
      ctx.clock.now(),
    );
    if (!outcome.ok)
      return { usage: null, replaced: false, userErrors: toUserErrors(outcome.errors, ctx.locale) };
    return { usage: outcome.usage, replaced: outcome.replaced, userErrors: [] };
  }

  @Authorized('usage:read')
  @Query(() => UsageImportType, {
    nullable: true,
    description: 'A usage import (POST /imports/usage) with its progress and bad rows.',
  })
  async usageImport(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
  ): Promise<UsageImportType | null> {
    const dbId = parseGlobalId(id, 'UsageImport');
    return dbId ? loadUsageImport(ctx, dbId) : null;
  }

  @Authorized('usage:read')
  @Query(() => UsageReportType, {
    description:
      'Daily and monthly active users, stickiness (DAU ÷ MAU) and storage per customer, plan or period. Computed in SQL over monthly partitions; dates in Asia/Tokyo.',
  })
  async usageReport(
    @Ctx() ctx: GraphQLContext,
    @Arg('groupBy', () => UsageGroupByEnum) groupBy: UsageGroupBy,
    @Arg('filter', () => UsageReportFilter, { nullable: true }) filter?: UsageReportFilter,
  ): Promise<UsageReportType> {
    const period = periodOf(filter, ctx.clock.now());
    const customerIds = filter?.customerIds?.length
      ? filter.customerIds.map((g) => parseGlobalId(g, 'Customer') ?? NONE)
      : null;
    const planCodes = filter?.planCodes?.length ? filter.planCodes : null;
    const [rows, plans] = await Promise.all([
      usageGroupSums(
        ctx.dataSource,
        { ...period, planCodes, customerIds },
        groupBy,
        FISCAL_YEAR_START,
      ),
      groupBy === 'PLAN' ? ctx.loaders.catalog.allPlans() : Promise.resolve([]),
    ]);
    return {
      ...period,
      groupBy,
      groups: rows.map((row) => {
        const figures = usageFigures(row);
        if (groupBy === 'CUSTOMER')
          return { ...figures, key: toGlobalId('Customer', row.key), label: row.name ?? row.key };
        const names = plans.map((p) => ({
          code: p.code,
          name: ctx.locale === 'en' ? p.nameEn : p.nameJa,
        }));
        return { ...figures, label: planGroupLabel(row.key, names, ctx.locale) };
      }),
    };
  }
}

@Resolver(() => CustomerType)
export class CustomerUsageResolver {
  @Authorized('usage:read')
  @FieldResolver(() => [DailyUsageType], {
    description:
      'The customer’s usage over the last `days` Tokyo days up to today (days without data are absent), oldest first.',
  })
  async usage(
    @Root() customer: CustomerType,
    @Ctx() ctx: GraphQLContext,
    @Arg('days', () => Int, { defaultValue: 90 }) days: number,
  ): Promise<DailyUsageType[]> {
    if (!Number.isInteger(days) || days < 1 || days > USAGE_SERIES_MAX_DAYS)
      throw badUserInput(`days must be 1–${USAGE_SERIES_MAX_DAYS}.`);
    return usageSeriesLoader(ctx, days).load(customer.dbId);
  }
}
