import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { revenueFigures, revenuePeriods, type RevenueGroupBy } from '@kizuna/domain';
import { loadConfig } from '../../config';
import type { GraphQLContext } from '../../graphql/context';
import { periodOf } from '../churn/churn-report.resolver';
import { countMrrChanges, countTrialEnds } from './revenue-report.query';
import {
  RevenueGroupByEnum,
  RevenueReportFilter,
  RevenuePeriodType,
  RevenueReportType,
} from './revenue-report.type';
import { creditsByPeriod } from './service-credits';

const FISCAL_YEAR_START = loadConfig().fiscalYearStartMonth;

@Resolver(() => RevenueReportType)
export class RevenueReportResolver {
  @Authorized('revenue:read')
  @Query(() => RevenueReportType, {
    description:
      'MRR and its movements, retention, ARPA, trial conversion and LTV per period, from the fee history (whole yen, 税抜; dates in Asia/Tokyo). Conventions: ADR 0018.',
  })
  async revenueReport(
    @Ctx() ctx: GraphQLContext,
    @Arg('groupBy', () => RevenueGroupByEnum) groupBy: RevenueGroupBy,
    @Arg('filter', () => RevenueReportFilter, { nullable: true }) filter?: RevenueReportFilter,
  ): Promise<RevenueReportType> {
    const range = periodOf(filter, ctx.clock.now());
    const planCodes = filter?.planCodes?.length ? filter.planCodes : null;
    const periods = revenuePeriods(groupBy, range, FISCAL_YEAR_START);
    const [changes, trials, credits] = await Promise.all([
      countMrrChanges(ctx.dataSource, periods, planCodes),
      countTrialEnds(ctx.dataSource, periods, planCodes),
      creditsByPeriod(ctx.dataSource, periods, planCodes),
    ]);
    return {
      periods: periods.map((p): RevenuePeriodType => {
        const trial = trials.find((t) => t.key === p.key);
        const figures = revenueFigures({
          months: p.months,
          changes: changes.filter((c) => c.key === p.key),
          trialsEnded: trial?.ended ?? 0,
          trialsConverted: trial?.converted ?? 0,
          creditsYen: credits.get(p.key) ?? 0,
        });
        return { period: p.key, from: p.from, to: p.to, ...figures };
      }),
    };
  }
}
