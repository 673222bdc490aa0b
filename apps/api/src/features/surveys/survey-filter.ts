import { parseIsoDate, SURVEY_KINDS, SURVEY_SCORE_RANGES, type SurveyKind } from '@kizuna/domain';
import { badUserInput } from '../../graphql/errors';
import { parseGlobalId } from '../../graphql/relay';
import type { SurveyReportFilter } from './survey-report.type';
import type { ReportScope } from './survey-report.query';
import type { ResponseFilter } from './survey.queries';
import type { SurveyCommentFilter } from './survey.type';

/** Matches no row: what an id of the wrong type or shape stands for in a filter. */
const NONE = '00000000-0000-0000-0000-000000000000';

/** Global ids in a filter → database ids; an id of the wrong type matches nothing. */
function ids(globalIds: string[] | null | undefined, type: string): string[] | null {
  return globalIds?.length ? globalIds.map((g) => parseGlobalId(g, type) ?? NONE) : null;
}

/**
 * A filter date: a real calendar date (domain `parseIsoDate`: YYYY-MM-DD, also YYYY/M/D or
 * full-width), as YYYY-MM-DD. Anything else is refused, never ignored or handed to SQL.
 */
export function filterDate(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const parsed = parseIsoDate(value, field);
  if (!parsed.ok) throw badUserInput(`${field} must be a date YYYY-MM-DD (got "${value}").`);
  return parsed.value;
}

/** `prefix` names the fields in refusals: `filter.` in GraphQL, nothing in a query string. */
function dateRange(filter: SurveyReportFilter | undefined, prefix = 'filter.') {
  const from = filterDate(filter?.from, `${prefix}from`);
  const to = filterDate(filter?.to, `${prefix}to`);
  if (from && to && from > to) throw badUserInput(`${prefix}from must not be after ${prefix}to.`);
  return { from, to };
}

/** The report filter (npsReport, csatReport, cesReport) from its GraphQL form. */
export function reportScope(kind: SurveyKind, filter: SurveyReportFilter | undefined): ReportScope {
  return {
    kind,
    surveyIds: ids(filter?.surveyIds, 'Survey'),
    ...dateRange(filter),
    planCodes: filter?.planCodes,
    stages: filter?.stages,
    customerIds: ids(filter?.customerIds, 'Customer'),
  };
}

/** The scale of `kind`, or the widest of all kinds (NPS 0–10) when the filter names none. */
function scaleOf(kind: SurveyKind | null | undefined) {
  if (kind) return SURVEY_SCORE_RANGES[kind];
  const scales = SURVEY_KINDS.map((k) => SURVEY_SCORE_RANGES[k]);
  return {
    min: Math.min(...scales.map((r) => r.min)),
    max: Math.max(...scales.map((r) => r.max)),
  };
}

/** A score bound of the filter: a whole number within the scale, else refused. */
function filterScore(
  value: number | null | undefined,
  kind: SurveyKind | null | undefined,
  field: string,
): number | null {
  if (value === null || value === undefined) return null;
  const { min, max } = scaleOf(kind);
  if (!Number.isInteger(value) || value < min || value > max)
    throw badUserInput(`${field} must be a whole number ${min}–${max}${kind ? ` (${kind})` : ''}.`);
  return value;
}

/** The comments / export filter from its GraphQL (or query-string) form. */
export function commentFilter(
  filter: SurveyCommentFilter | undefined,
  withComment: boolean,
  fieldPrefix = 'filter.',
): ResponseFilter {
  return {
    kind: filter?.kind ?? null,
    surveyIds: ids(filter?.surveyIds, 'Survey'),
    customerIds: ids(filter?.customerIds, 'Customer'),
    scoreCategory: filter?.scoreCategory,
    scoreMin: filterScore(filter?.scoreMin, filter?.kind, `${fieldPrefix}scoreMin`),
    scoreMax: filterScore(filter?.scoreMax, filter?.kind, `${fieldPrefix}scoreMax`),
    planCodes: filter?.planCodes,
    stages: filter?.stages,
    ...dateRange(filter, fieldPrefix),
    search: filter?.search,
    withComment,
  };
}
