import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import {
  CHURN_REASON_LABELS,
  churnActiveDates,
  churnGroupDates,
  churnReport,
  isChurnReason,
  isoDateJst,
  maskPersonalData,
  type ChurnGroupBy,
} from '@kizuna/domain';
import { loadConfig } from '../../config';
import { toConnection } from '../../graphql/connection.type';
import type { GraphQLContext } from '../../graphql/context';
import { badUserInput } from '../../graphql/errors';
import { pageSize, toGlobalId } from '../../graphql/relay';
import { filterDate } from '../surveys/survey-filter';
import { isMasked } from '../surveys/survey.resolver';
import { countActive, countChurns, listChurnNotes, type ChurnNoteRow } from './churn-report.query';
import {
  ChurnGroupByEnum,
  ChurnNoteConnection,
  ChurnNoteType,
  ChurnReportFilter,
  ChurnReportType,
} from './churn-report.type';

const FISCAL_YEAR_START = loadConfig().fiscalYearStartMonth;

/** The filter's days; by default the twelve months (Tokyo) up to today. */
export function periodOf(filter: ChurnReportFilter | undefined, now: Date) {
  const to = filterDate(filter?.to, 'filter.to') ?? isoDateJst(now);
  const yearBefore = new Date(Date.parse(`${to}T00:00:00Z`));
  yearBefore.setUTCFullYear(yearBefore.getUTCFullYear() - 1);
  yearBefore.setUTCDate(yearBefore.getUTCDate() + 1);
  const from = filterDate(filter?.from, 'filter.from') ?? yearBefore.toISOString().slice(0, 10);
  if (from > to) throw badUserInput('filter.from must not be after filter.to.');
  return { from, to };
}

/** A churn note as this caller may see it: masked without personal-data access. */
function toChurnNoteType(row: ChurnNoteRow, masked: boolean): ChurnNoteType {
  const m = masked ? maskPersonalData(row.note) : { text: row.note, masked: [] };
  return {
    id: toGlobalId('ChurnNote', row.id),
    customerId: toGlobalId('Customer', row.customer_id),
    customerName: row.customer_name,
    churnedAt: row.changed_at.toISOString(),
    reason: row.reason,
    planCode: row.plan_code,
    note: m.text,
    maskedPersonalData: m.masked,
  };
}

@Resolver(() => ChurnReportType)
export class ChurnReportResolver {
  @Authorized('customers:read')
  @Query(() => ChurnReportType, {
    description:
      'Customers lost (ACTIVE → CHURNED; expired trials are not churn) per reason, plan or period, with the monthly fees they ended, their share and the logo churn rate. Counted in SQL; dates in Asia/Tokyo.',
  })
  async churnReport(
    @Ctx() ctx: GraphQLContext,
    @Arg('groupBy', () => ChurnGroupByEnum) groupBy: ChurnGroupBy,
    @Arg('filter', () => ChurnReportFilter, { nullable: true }) filter?: ChurnReportFilter,
  ): Promise<ChurnReportType> {
    const period = periodOf(filter, ctx.clock.now());
    const planCodes = filter?.planCodes?.length ? filter.planCodes : null;
    const [counts, active, plans] = await Promise.all([
      countChurns(ctx.dataSource, { ...period, planCodes }),
      countActive(ctx.dataSource, churnActiveDates(groupBy, period, FISCAL_YEAR_START), planCodes),
      ctx.loaders.catalog.allPlans(),
    ]);
    const report = churnReport(groupBy, period, counts, active, FISCAL_YEAR_START);
    const label = (key: string) => {
      if (groupBy === 'REASON' && isChurnReason(key)) return CHURN_REASON_LABELS[key][ctx.locale];
      const plan = groupBy === 'PLAN' ? plans.find((p) => p.code === key) : undefined;
      if (plan) return ctx.locale === 'en' ? plan.nameEn : plan.nameJa;
      return key;
    };
    return {
      groups: report.groups.map(({ mrrLostYen, byReason, ...g }) => ({
        ...g,
        label: label(g.key),
        mrrLost: mrrLostYen,
        byReason: byReason.map((r) => ({
          reason: r.reason,
          label: CHURN_REASON_LABELS[r.reason][ctx.locale],
          customersLost: r.customersLost,
          mrrLost: r.mrrLostYen,
        })),
      })),
      totalCustomersLost: report.totalCustomersLost,
      totalMrrLost: report.totalMrrLostYen,
      logoChurnRate: report.logoChurnRate,
      activeAtStart: report.activeAtStart,
      smallSample: report.smallSample,
      ...period,
      scope: { groupBy, planCodes, fiscalYearStartMonth: FISCAL_YEAR_START },
    };
  }

  @FieldResolver(() => ChurnNoteConnection, {
    description:
      'Churns with a note, newest first; `group` narrows them to one group key of this report. Without personal-data access (analysts), notes come masked.',
  })
  async notes(
    @Root() report: ChurnReportType,
    @Ctx() ctx: GraphQLContext,
    @Arg('group', () => String, { nullable: true }) group?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const { groupBy, planCodes, fiscalYearStartMonth } = report.scope;
    let scope = { from: report.from, to: report.to, planCodes };
    if (group && (groupBy === 'MONTH' || groupBy === 'QUARTER' || groupBy === 'FISCAL_YEAR')) {
      const days = churnGroupDates(groupBy, group, scope, fiscalYearStartMonth);
      if (!days) throw badUserInput(`group "${group}" is not a ${groupBy} of this report.`);
      scope = { ...scope, ...days };
    }
    const page = await listChurnNotes(ctx.dataSource, {
      scope,
      reason: groupBy === 'REASON' ? group : null,
      planCode: groupBy === 'PLAN' ? group : null,
      first: pageSize(first),
      after,
    });
    const masked = isMasked(ctx);
    return toConnection(page, (row) => toChurnNoteType(row, masked));
  }
}
