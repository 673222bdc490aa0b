import { parseIsoDate, REVENUE_GROUP_BYS } from '@kizuna/domain';
import type { RevenueGroupBy, RevenueReportFilter } from '../../gql/graphql';

export const DEFAULT_GROUP_BY: RevenueGroupBy = 'MONTH';

/** The economics page's state, kept in the URL so that a view can be shared. */
export interface EconomicsParams {
  /** YYYY-MM-DD (JST), inclusive; null: the API's default (the twelve months up to today). */
  from: string | null;
  to: string | null;
  planCodes: string[];
  groupBy: RevenueGroupBy;
}

export const EMPTY_ECONOMICS_PARAMS: EconomicsParams = {
  from: null,
  to: null,
  planCodes: [],
  groupBy: DEFAULT_GROUP_BY,
};

const date = (v: string | null) => {
  if (!v) return null;
  const parsed = parseIsoDate(v);
  return parsed.ok ? parsed.value : null;
};
/** Plan codes are catalog data: accept anything code-shaped (BASIC, PLAN_2…). */
const PLAN_CODE = /^[A-Za-z0-9_-]{1,40}$/;
const isGroupBy = (v: string | null): v is RevenueGroupBy =>
  (REVENUE_GROUP_BYS as readonly (string | null)[]).includes(v);

/** URL → state; unknown or malformed values are dropped rather than sent. */
export function parseEconomicsParams(search: URLSearchParams): EconomicsParams {
  const groupBy = search.get('groupBy');
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
    groupBy: isGroupBy(groupBy) ? groupBy : DEFAULT_GROUP_BY,
  };
}

/** State → URL (only what differs from the defaults). */
export function economicsSearchParams(params: EconomicsParams): URLSearchParams {
  const out = new URLSearchParams();
  if (params.from) out.set('from', params.from);
  if (params.to) out.set('to', params.to);
  if (params.planCodes.length) out.set('plans', params.planCodes.join(','));
  if (params.groupBy !== DEFAULT_GROUP_BY) out.set('groupBy', params.groupBy);
  return out;
}

/** State → the report's RevenueReportFilter (only what is set). */
export function revenueReportFilter(params: EconomicsParams): RevenueReportFilter {
  return {
    ...(params.from ? { from: params.from } : {}),
    ...(params.to ? { to: params.to } : {}),
    ...(params.planCodes.length ? { planCodes: params.planCodes } : {}),
  };
}
