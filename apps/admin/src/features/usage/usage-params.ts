import { parseIsoDate } from '@kizuna/domain';
import type { UsageReportFilter } from '../../gql/graphql';

/** What the customer ranking sorts by: DAU ÷ MAU (the default), DAU, or storage. */
export const USAGE_RANK_BYS = ['STICKINESS', 'DAU', 'STORAGE'] as const;
export type UsageRankBy = (typeof USAGE_RANK_BYS)[number];
export const DEFAULT_RANK_BY: UsageRankBy = 'STICKINESS';

/** The usage page's state, kept in the URL so that a view can be shared. */
export interface UsageParams {
  /** YYYY-MM-DD (JST), inclusive; null: the API's default (the twelve months up to today). */
  from: string | null;
  to: string | null;
  planCodes: string[];
  rankBy: UsageRankBy;
}

export const EMPTY_USAGE_PARAMS: UsageParams = {
  from: null,
  to: null,
  planCodes: [],
  rankBy: DEFAULT_RANK_BY,
};

const date = (v: string | null) => {
  if (!v) return null;
  const parsed = parseIsoDate(v);
  return parsed.ok ? parsed.value : null;
};
/** Plan codes are catalog data: accept anything code-shaped (BASIC, PLAN_2…). */
const PLAN_CODE = /^[A-Za-z0-9_-]{1,40}$/;
const isRankBy = (v: string | null): v is UsageRankBy =>
  (USAGE_RANK_BYS as readonly (string | null)[]).includes(v);

/** URL → state; unknown or malformed values are dropped rather than sent. */
export function parseUsageParams(search: URLSearchParams): UsageParams {
  const rankBy = search.get('rankBy');
  return {
    from: date(search.get('from')),
    to: date(search.get('to')),
    planCodes: [
      ...new Set(
        (search.get('plans') ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter((c) => PLAN_CODE.test(c)),
      ),
    ],
    rankBy: isRankBy(rankBy) ? rankBy : DEFAULT_RANK_BY,
  };
}

/** State → URL (only what differs from the defaults). */
export function usageSearchParams(params: UsageParams): URLSearchParams {
  const out = new URLSearchParams();
  if (params.from) out.set('from', params.from);
  if (params.to) out.set('to', params.to);
  if (params.planCodes.length) out.set('plans', params.planCodes.join(','));
  if (params.rankBy !== DEFAULT_RANK_BY) out.set('rankBy', params.rankBy);
  return out;
}

/** State → the report's UsageReportFilter (only what is set). */
export function usageReportFilter(params: UsageParams): UsageReportFilter {
  return {
    ...(params.from ? { from: params.from } : {}),
    ...(params.to ? { to: params.to } : {}),
    ...(params.planCodes.length ? { planCodes: params.planCodes } : {}),
  };
}
