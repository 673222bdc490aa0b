import { REVENUE_GROUP_BYS } from '@kizuna/domain';
import type { RevenueGroupBy, RevenueReportFilter } from '../../gql/graphql';
import {
  parseReportRange,
  reportRangeFilter,
  reportRangeSearchParams,
  type ReportRange,
} from '../../shared/report-range-params';

export const DEFAULT_GROUP_BY: RevenueGroupBy = 'MONTH';

/** The economics page's state, kept in the URL so that a view can be shared. */
export interface EconomicsParams extends ReportRange {
  groupBy: RevenueGroupBy;
}

export const EMPTY_ECONOMICS_PARAMS: EconomicsParams = {
  from: null,
  to: null,
  planCodes: [],
  groupBy: DEFAULT_GROUP_BY,
};

const isGroupBy = (v: string | null): v is RevenueGroupBy =>
  (REVENUE_GROUP_BYS as readonly (string | null)[]).includes(v);

/** URL → state; unknown or malformed values are dropped rather than sent. */
export function parseEconomicsParams(search: URLSearchParams): EconomicsParams {
  const groupBy = search.get('groupBy');
  return {
    ...parseReportRange(search),
    groupBy: isGroupBy(groupBy) ? groupBy : DEFAULT_GROUP_BY,
  };
}

/** State → URL (only what differs from the defaults). */
export function economicsSearchParams(params: EconomicsParams): URLSearchParams {
  const out = reportRangeSearchParams(params);
  if (params.groupBy !== DEFAULT_GROUP_BY) out.set('groupBy', params.groupBy);
  return out;
}

/** State → the report's RevenueReportFilter (only what is set). */
export function revenueReportFilter(params: EconomicsParams): RevenueReportFilter {
  return reportRangeFilter(params);
}
