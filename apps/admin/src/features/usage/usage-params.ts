import type { UsageReportFilter } from '../../gql/graphql';
import {
  parseReportRange,
  reportRangeFilter,
  reportRangeSearchParams,
  type ReportRange,
} from '../../shared/report-range-params';

/** What the customer ranking sorts by: DAU ÷ MAU (the default), DAU, or storage. */
export const USAGE_RANK_BYS = ['STICKINESS', 'DAU', 'STORAGE'] as const;
export type UsageRankBy = (typeof USAGE_RANK_BYS)[number];
export const DEFAULT_RANK_BY: UsageRankBy = 'STICKINESS';

/** The usage page's state, kept in the URL so that a view can be shared. */
export interface UsageParams extends ReportRange {
  rankBy: UsageRankBy;
}

export const EMPTY_USAGE_PARAMS: UsageParams = {
  from: null,
  to: null,
  planCodes: [],
  rankBy: DEFAULT_RANK_BY,
};

const isRankBy = (v: string | null): v is UsageRankBy =>
  (USAGE_RANK_BYS as readonly (string | null)[]).includes(v);

/** URL → state; unknown or malformed values are dropped rather than sent. */
export function parseUsageParams(search: URLSearchParams): UsageParams {
  const rankBy = search.get('rankBy');
  return {
    ...parseReportRange(search),
    rankBy: isRankBy(rankBy) ? rankBy : DEFAULT_RANK_BY,
  };
}

/** State → URL (only what differs from the defaults). */
export function usageSearchParams(params: UsageParams): URLSearchParams {
  const out = reportRangeSearchParams(params);
  if (params.rankBy !== DEFAULT_RANK_BY) out.set('rankBy', params.rankBy);
  return out;
}

/** State → the report's UsageReportFilter (only what is set). */
export function usageReportFilter(params: UsageParams): UsageReportFilter {
  return reportRangeFilter(params);
}
