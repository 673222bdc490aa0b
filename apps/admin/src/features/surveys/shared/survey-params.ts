import {
  LIFECYCLE_STAGES,
  NPS_CATEGORIES,
  parseIsoDate,
  type LifecycleStage,
  type NpsCategory,
  type SurveyKind,
} from '@kizuna/domain';
import type { ReportGroupBy, SurveyCommentFilter, SurveyReportFilter } from '../../../gql/graphql';
import { customerFilterParam } from '../../../shared/customer-filter-param';

export const REPORT_GROUP_BYS: readonly ReportGroupBy[] = [
  'PLAN',
  'STAGE',
  'MONTH',
  'QUARTER',
  'FISCAL_YEAR',
];
export const DEFAULT_GROUP_BY: ReportGroupBy = 'PLAN';

/** A survey dashboard's filters, kept in the URL so that a view can be shared. */
export interface SurveyParams {
  /** YYYY-MM-DD (JST), inclusive. */
  from: string | null;
  to: string | null;
  planCodes: string[];
  stages: LifecycleStage[];
  /** A customer's global id: the answers of one company (linked from its page). */
  customer: string | null;
  groupBy: ReportGroupBy;
  /** Comments table only (NPS). */
  category: NpsCategory | null;
  /** Comments table only. */
  search: string | null;
}

export const EMPTY_SURVEY_PARAMS: SurveyParams = {
  from: null,
  to: null,
  planCodes: [],
  stages: [],
  customer: null,
  groupBy: DEFAULT_GROUP_BY,
  category: null,
  search: null,
};

const oneOf = <T extends string>(list: readonly T[], v: string | null): T | null =>
  v !== null && (list as readonly string[]).includes(v) ? (v as T) : null;
const date = (v: string | null) => {
  if (!v) return null;
  const parsed = parseIsoDate(v);
  return parsed.ok ? parsed.value : null;
};
/** Comma-separated list, deduplicated, in the given order. */
const csv = (v: string | null) => [
  ...new Set(
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  ),
];
/** Plan codes are catalog data: accept anything code-shaped (BASIC, PLAN_2…). */
const PLAN_CODE = /^[A-Za-z0-9_-]{1,40}$/;

/** URL → filters; unknown or malformed values are dropped rather than sent. */
export function parseSurveyParams(search: URLSearchParams): SurveyParams {
  const text = search.get('q')?.trim();
  return {
    from: date(search.get('from')),
    to: date(search.get('to')),
    planCodes: csv(search.get('plans')).filter((c) => PLAN_CODE.test(c)),
    stages: csv(search.get('stages')).filter((s): s is LifecycleStage =>
      (LIFECYCLE_STAGES as readonly string[]).includes(s),
    ),
    customer: customerFilterParam(search.get('customer')),
    groupBy: oneOf(REPORT_GROUP_BYS, search.get('groupBy')) ?? DEFAULT_GROUP_BY,
    category: oneOf(NPS_CATEGORIES, search.get('category')),
    search: text ? text : null,
  };
}

/** Filters → URL (only the ones that differ from the defaults). */
export function surveySearchParams(params: SurveyParams): URLSearchParams {
  const out = new URLSearchParams();
  if (params.from) out.set('from', params.from);
  if (params.to) out.set('to', params.to);
  if (params.planCodes.length) out.set('plans', params.planCodes.join(','));
  if (params.stages.length) out.set('stages', params.stages.join(','));
  if (params.customer) out.set('customer', params.customer);
  if (params.groupBy !== DEFAULT_GROUP_BY) out.set('groupBy', params.groupBy);
  if (params.category) out.set('category', params.category);
  if (params.search) out.set('q', params.search);
  return out;
}

/** Filters → the reports' SurveyReportFilter (only the ones set). */
export function reportFilter(params: SurveyParams): SurveyReportFilter {
  return {
    ...(params.from ? { from: params.from } : {}),
    ...(params.to ? { to: params.to } : {}),
    ...(params.planCodes.length ? { planCodes: params.planCodes } : {}),
    ...(params.stages.length ? { stages: params.stages } : {}),
    ...(params.customer ? { customerIds: [params.customer] } : {}),
  };
}

/** Filters → the comments' SurveyCommentFilter; the NPS category applies to NPS only. */
export function commentFilter(kind: SurveyKind, params: SurveyParams): SurveyCommentFilter {
  return {
    kind,
    ...reportFilter(params),
    ...(kind === 'NPS' && params.category ? { scoreCategory: params.category } : {}),
    ...(params.search ? { search: params.search } : {}),
  };
}

/** Filters → the query string of GET /exports/survey-responses.csv (what the comments table shows). */
export function exportQuery(kind: SurveyKind, params: SurveyParams): string {
  const filter = commentFilter(kind, params);
  const out = new URLSearchParams({ kind });
  if (filter.planCodes) out.set('planCodes', filter.planCodes.join(','));
  if (filter.stages) out.set('stages', filter.stages.join(','));
  if (filter.customerIds) out.set('customerIds', filter.customerIds.join(','));
  if (filter.from) out.set('from', filter.from);
  if (filter.to) out.set('to', filter.to);
  if (filter.scoreCategory) out.set('scoreCategory', filter.scoreCategory);
  if (filter.search) out.set('search', filter.search);
  out.set('withComment', 'true');
  return out.toString();
}
