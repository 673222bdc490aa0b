import { isChurnReason, parseIsoDate, type ChurnReason } from '@kizuna/domain';
import type { ChurnGroupBy, ChurnReportFilter } from '../../gql/graphql';

/** The groupings the chart offers over time. */
export const CHURN_TIME_GROUP_BYS = [
  'MONTH',
  'QUARTER',
  'FISCAL_YEAR',
] as const satisfies readonly ChurnGroupBy[];
export type ChurnTimeGroupBy = (typeof CHURN_TIME_GROUP_BYS)[number];
export const DEFAULT_TIME_GROUP_BY: ChurnTimeGroupBy = 'MONTH';

/** The churn page's state, kept in the URL so that a view can be shared. */
export interface ChurnParams {
  /** YYYY-MM-DD (JST), inclusive; null: the API's default (the twelve months up to today). */
  from: string | null;
  to: string | null;
  planCodes: string[];
  /** The chart's time buckets. */
  timeGroupBy: ChurnTimeGroupBy;
  /** Notes narrowed to one reason. */
  reason: ChurnReason | null;
}

export const EMPTY_CHURN_PARAMS: ChurnParams = {
  from: null,
  to: null,
  planCodes: [],
  timeGroupBy: DEFAULT_TIME_GROUP_BY,
  reason: null,
};

const date = (v: string | null) => {
  if (!v) return null;
  const parsed = parseIsoDate(v);
  return parsed.ok ? parsed.value : null;
};
/** Plan codes are catalog data: accept anything code-shaped (BASIC, PLAN_2…). */
const PLAN_CODE = /^[A-Za-z0-9_-]{1,40}$/;
const isTimeGroupBy = (v: string | null): v is ChurnTimeGroupBy =>
  (CHURN_TIME_GROUP_BYS as readonly (string | null)[]).includes(v);

/** URL → state; unknown or malformed values are dropped rather than sent. */
export function parseChurnParams(search: URLSearchParams): ChurnParams {
  const groupBy = search.get('groupBy');
  const reason = search.get('reason');
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
    timeGroupBy: isTimeGroupBy(groupBy) ? groupBy : DEFAULT_TIME_GROUP_BY,
    reason: isChurnReason(reason) ? reason : null,
  };
}

/** State → URL (only what differs from the defaults). */
export function churnSearchParams(params: ChurnParams): URLSearchParams {
  const out = new URLSearchParams();
  if (params.from) out.set('from', params.from);
  if (params.to) out.set('to', params.to);
  if (params.planCodes.length) out.set('plans', params.planCodes.join(','));
  if (params.timeGroupBy !== DEFAULT_TIME_GROUP_BY) out.set('groupBy', params.timeGroupBy);
  if (params.reason) out.set('reason', params.reason);
  return out;
}

/** State → the report's ChurnReportFilter (only what is set). */
export function churnReportFilter(params: ChurnParams): ChurnReportFilter {
  return {
    ...(params.from ? { from: params.from } : {}),
    ...(params.to ? { to: params.to } : {}),
    ...(params.planCodes.length ? { planCodes: params.planCodes } : {}),
  };
}
