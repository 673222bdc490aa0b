import type { LifecycleStage, SurveyKind } from '@kizuna/domain';
import { Conditions } from '../../db/keyset-page';
import type { Queryable } from '../../db/queryable';
import { ReportGroupBy } from './survey-report.type';

export interface ReportScope {
  /** Only surveys of this kind; null for every kind. */
  kind: SurveyKind | null;
  surveyIds?: string[] | null;
  from?: string | null;
  to?: string | null;
  planCodes?: string[] | null;
  stages?: LifecycleStage[] | null;
  customerIds?: string[] | null;
}

/** The filter every survey query shares (reports, comments, export). */
export function responseConditions(scope: ReportScope, alias = 'r'): Conditions {
  const c = new Conditions();
  if (scope.surveyIds?.length) {
    c.add((p) => `${alias}.survey_id = ANY(${p}::uuid[])`, scope.surveyIds);
  }
  if (scope.kind)
    c.add((p) => `${alias}.survey_id IN (SELECT id FROM survey WHERE kind = ${p})`, scope.kind);
  if (scope.from)
    c.add(
      (p) => `${alias}.answered_at >= (${p}::date)::timestamp AT TIME ZONE 'Asia/Tokyo'`,
      scope.from,
    );
  if (scope.to)
    c.add(
      (p) => `${alias}.answered_at < ((${p}::date + 1)::timestamp AT TIME ZONE 'Asia/Tokyo')`,
      scope.to,
    );
  if (scope.planCodes?.length)
    c.add((p) => `${alias}.plan_code = ANY(${p}::text[])`, scope.planCodes);
  if (scope.stages?.length) c.add((p) => `${alias}.stage = ANY(${p}::text[])`, scope.stages);
  if (scope.customerIds?.length)
    c.add((p) => `${alias}.customer_id = ANY(${p}::uuid[])`, scope.customerIds);
  return c;
}

/** Where the counts come from: the responses, or their daily rollup (same figures, far fewer rows). */
export type CountSource = 'responses' | 'rollup';

/** The rollup's filter: the same conditions on (survey, Tokyo day, plan, stage). */
function rollupConditions(scope: ReportScope): Conditions {
  const c = new Conditions();
  if (scope.surveyIds?.length) c.add((p) => `r.survey_id = ANY(${p}::uuid[])`, scope.surveyIds);
  if (scope.kind)
    c.add((p) => `r.survey_id IN (SELECT id FROM survey WHERE kind = ${p})`, scope.kind);
  if (scope.from) c.add((p) => `r.day >= ${p}::date`, scope.from);
  if (scope.to) c.add((p) => `r.day <= ${p}::date`, scope.to);
  if (scope.planCodes?.length) c.add((p) => `r.plan_code = ANY(${p}::text[])`, scope.planCodes);
  if (scope.stages?.length) c.add((p) => `r.stage = ANY(${p}::text[])`, scope.stages);
  return c;
}

/** SQL for the group key; time buckets come back as the first day of the bucket (YYYY-MM-DD). */
function groupKeySql(
  groupBy: ReportGroupBy,
  c: Conditions,
  fiscalYearStartMonth: number,
  source: CountSource,
): string {
  const local = source === 'rollup' ? 'r.day' : `(r.answered_at AT TIME ZONE 'Asia/Tokyo')`;
  const shift = () => {
    c.params.push(fiscalYearStartMonth - 1);
    return `(${local} - make_interval(months => $${c.params.length}::int))`;
  };
  switch (groupBy) {
    case ReportGroupBy.PLAN:
      return source === 'rollup'
        ? `CASE r.plan_code WHEN '' THEN 'NONE' ELSE r.plan_code END`
        : `COALESCE(r.plan_code, 'NONE')`;
    case ReportGroupBy.STAGE:
      return 'r.stage';
    case ReportGroupBy.MONTH:
      return `date_trunc('month', ${local})::date`;
    case ReportGroupBy.QUARTER:
      return `date_trunc('quarter', ${shift()})::date`;
    case ReportGroupBy.FISCAL_YEAR:
      return `date_trunc('year', ${shift()})::date`;
  }
}

/** Human-readable key: YYYY-MM for months, FY2025-Q1 / FY2025 for fiscal buckets. */
function formatKey(groupBy: ReportGroupBy, raw: string): string {
  if (groupBy === ReportGroupBy.MONTH) return raw.slice(0, 7);
  const year = raw.slice(0, 4);
  if (groupBy === ReportGroupBy.FISCAL_YEAR) return `FY${year}`;
  if (groupBy === ReportGroupBy.QUARTER)
    return `FY${year}-Q${Math.floor((Number(raw.slice(5, 7)) - 1) / 3) + 1}`;
  return raw;
}

const TIME_STEP_MONTHS: Partial<Record<ReportGroupBy, number>> = {
  [ReportGroupBy.MONTH]: 1,
  [ReportGroupBy.QUARTER]: 3,
  [ReportGroupBy.FISCAL_YEAR]: 12,
};

/**
 * Time buckets from the first to the last with answers, the empty ones included (no responses,
 * no score), so that a trend shows a gap rather than joining across it. `first` and `last` are
 * the raw keys (first day of the bucket, YYYY-MM-DD).
 */
function withEmptyBuckets(
  groupBy: ReportGroupBy,
  first: string,
  last: string,
  groups: Map<string, Map<number, number>>,
): Map<string, Map<number, number>> {
  const step = TIME_STEP_MONTHS[groupBy]!;
  const index = (raw: string) => Number(raw.slice(0, 4)) * 12 + Number(raw.slice(5, 7)) - 1;
  const filled = new Map<string, Map<number, number>>();
  for (let i = index(first); i <= index(last); i += step) {
    const raw = `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`;
    const key = formatKey(groupBy, raw);
    filled.set(key, groups.get(key) ?? new Map());
  }
  return filled;
}

export interface ScoreCounts {
  /** Overall responses per score. */
  overall: Map<number, number>;
  /** Per group key (in key order), responses per score. */
  groups: Map<string, Map<number, number>>;
}

/**
 * Count responses per group and score in SQL: the responses never leave the database, only at
 * most (groups × scores) counts do; the overall counts are their sums. The daily rollup serves
 * every filter but customers (it has no customer column); `source` forces one for tests.
 */
export async function countScores(
  db: Queryable,
  scope: ReportScope,
  groupBy: ReportGroupBy | null,
  fiscalYearStartMonth: number,
  source: CountSource = scope.customerIds?.length ? 'responses' : 'rollup',
): Promise<ScoreCounts> {
  if (source === 'rollup' && scope.customerIds?.length)
    throw new Error('the rollup cannot filter by customer');
  const c = source === 'rollup' ? rollupConditions(scope) : responseConditions(scope);
  const key = groupBy ? groupKeySql(groupBy, c, fiscalYearStartMonth, source) : `''`;
  const where = c.where.length ? `WHERE ${c.where.join(' AND ')}` : '';
  const count = source === 'rollup' ? 'sum(r.responses)' : 'count(*)';
  const table = source === 'rollup' ? 'survey_response_daily' : 'survey_response';
  const rows: { key: string; score: number; n: number }[] = await db.query(
    `SELECT (${key})::text AS key, r.score, ${count}::int AS n FROM ${table} r ${where}
      GROUP BY 1, 2 HAVING ${count} > 0 ORDER BY 1, 2`,
    c.params,
  );
  const result: ScoreCounts = { overall: new Map(), groups: new Map() };
  for (const row of rows) {
    result.overall.set(row.score, (result.overall.get(row.score) ?? 0) + row.n);
    if (!groupBy) continue;
    const k = formatKey(groupBy, row.key);
    const group = result.groups.get(k) ?? new Map<number, number>();
    group.set(row.score, (group.get(row.score) ?? 0) + row.n);
    result.groups.set(k, group);
  }
  if (groupBy && TIME_STEP_MONTHS[groupBy] && rows.length > 0)
    result.groups = withEmptyBuckets(
      groupBy,
      rows[0]!.key,
      rows[rows.length - 1]!.key,
      result.groups,
    );
  return result;
}
