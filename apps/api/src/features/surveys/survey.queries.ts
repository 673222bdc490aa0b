import type { NpsCategory, SurveyKind } from '@kizuna/domain';
import { Conditions, keysetPage } from '../../db/keyset-page';
import type { Queryable } from '../../db/queryable';
import { responseConditions, type ReportScope } from './survey-report.query';

export interface SurveyRow {
  id: string;
  code: string;
  kind: SurveyKind;
  title_ja: string;
  title_en: string;
  question_ja: string;
  question_en: string;
  active: boolean;
  created_at: Date;
}

const SURVEY_COLUMNS = `s.id::text, s.code, s.kind, s.title_ja, s.title_en, s.question_ja,
  s.question_en, s.active, s.created_at`;

/** Surveys, newest first, by keyset. */
export function listSurveys(
  db: Queryable,
  args: { first: number; after?: string | null; kind?: SurveyKind | null },
) {
  const c = new Conditions();
  if (args.kind) c.add((p) => `s.kind = ${p}`, args.kind);
  return keysetPage<SurveyRow>(db, {
    select: SURVEY_COLUMNS,
    from: 'survey s',
    where: c.where,
    params: c.params,
    sortColumn: 's.created_at',
    sortType: 'timestamptz',
    sortKeySql: `to_char(s.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    idColumn: 's.id',
    direction: 'DESC',
    first: args.first,
    after: args.after,
  });
}

export async function surveysByIds(db: Queryable, ids: readonly string[]): Promise<SurveyRow[]> {
  return db.query(`SELECT ${SURVEY_COLUMNS} FROM survey s WHERE s.id = ANY($1::uuid[])`, [ids]);
}

export interface ResponseFilter extends Omit<ReportScope, 'kind'> {
  kind?: SurveyKind | null;
  scoreCategory?: NpsCategory | null;
  scoreMin?: number | null;
  scoreMax?: number | null;
  search?: string | null;
  responseIds?: string[] | null;
  /** Only answers with a comment (the comments list); the export takes every answer. */
  withComment: boolean;
}

export interface SurveyResponseRow {
  id: string;
  survey_id: string;
  customer_id: string;
  score: number;
  comment: string | null;
  comment_masked: string | null;
  comment_masked_kinds: string[];
  channel: string;
  kind: SurveyKind;
  answered_at: Date;
  plan_code: string | null;
  stage: string;
  respondent_name: string | null;
  respondent_email: string | null;
}

const NPS_BANDS: Record<NpsCategory, [number, number]> = {
  PROMOTER: [9, 10],
  PASSIVE: [7, 8],
  DETRACTOR: [0, 6],
};

/**
 * The conditions of a comments list or export. `masked` callers search the masked comment
 * only, so a search can never reveal personal data they are not shown.
 */
export function responseFilterConditions(filter: ResponseFilter, masked: boolean): Conditions {
  const c = responseConditions({ ...filter, kind: filter.kind ?? null });
  if (filter.withComment) c.raw('r.comment IS NOT NULL');
  if (filter.responseIds) c.add((p) => `r.id = ANY(${p}::uuid[])`, filter.responseIds);
  if (filter.scoreCategory) {
    const [min, max] = NPS_BANDS[filter.scoreCategory];
    c.raw(`r.survey_id IN (SELECT id FROM survey WHERE kind = 'NPS')`);
    c.add((p) => `r.score >= ${p}`, min);
    c.add((p) => `r.score <= ${p}`, max);
  }
  if (filter.scoreMin !== null && filter.scoreMin !== undefined)
    c.add((p) => `r.score >= ${p}`, filter.scoreMin);
  if (filter.scoreMax !== null && filter.scoreMax !== undefined)
    c.add((p) => `r.score <= ${p}`, filter.scoreMax);
  const search = filter.search?.trim();
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    c.add((p) => `${masked ? 'r.comment_masked' : 'r.comment'} ILIKE ${p}`, pattern);
  }
  return c;
}

const RESPONSE_COLUMNS = `r.id::text, r.survey_id::text, r.customer_id::text, r.score, r.comment,
  r.comment_masked, r.comment_masked_kinds, r.channel, (SELECT kind FROM survey WHERE id = r.survey_id) AS kind, r.answered_at, r.plan_code, r.stage,
  rp.name AS respondent_name, rp.email AS respondent_email`;
const SORT_KEY = `to_char(r.answered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const RESPONSE_FROM = 'survey_response r LEFT JOIN survey_respondent rp ON rp.response_id = r.id';

/** Newest answer first, by keyset on (answered_at, id). */
const NEWEST_FIRST = {
  sortColumn: 'r.answered_at',
  sortType: 'timestamptz',
  sortKeySql: SORT_KEY,
  idColumn: 'r.id',
  direction: 'DESC',
} as const;

/** Answers (with comments, for the comments list), newest first, by keyset. */
export function listSurveyResponses(
  db: Queryable,
  args: { first: number; after?: string | null; filter: ResponseFilter; masked: boolean },
) {
  const c = responseFilterConditions(args.filter, args.masked);
  return keysetPage<SurveyResponseRow>(db, {
    ...NEWEST_FIRST,
    select: RESPONSE_COLUMNS,
    from: RESPONSE_FROM,
    where: c.where,
    params: c.params,
    first: args.first,
    after: args.after,
  });
}

/** An exported answer: with its survey's code, and its customer and plan as people read them. */
export type ExportRow = SurveyResponseRow & {
  survey_code: string;
  customer_name: string;
  corporate_number: string | null;
  /** The plan the answer's snapshot names (null: none, or a plan since removed). */
  plan_name_ja: string | null;
  plan_name_en: string | null;
};

/** Every answer matching the filter, in pages of `batch`, for streaming an export. */
export async function* streamSurveyResponses(
  db: Queryable,
  filter: ResponseFilter,
  masked: boolean,
  batch = 2000,
): AsyncGenerator<ExportRow[]> {
  const c = responseFilterConditions(filter, masked);
  let after: string | null = null;
  for (;;) {
    const page: Awaited<ReturnType<typeof keysetPage<ExportRow>>> = await keysetPage<ExportRow>(
      db,
      {
        select: `${RESPONSE_COLUMNS}, sv.code AS survey_code, cu.name AS customer_name,
          cu.corporate_number, pl.name_ja AS plan_name_ja, pl.name_en AS plan_name_en`,
        from: `${RESPONSE_FROM} JOIN survey sv ON sv.id = r.survey_id
          JOIN customer cu ON cu.id = r.customer_id LEFT JOIN plan pl ON pl.code = r.plan_code`,
        ...NEWEST_FIRST,
        where: c.where,
        params: c.params,
        first: batch,
        after,
      },
    );
    if (page.nodes.length > 0) yield page.nodes;
    if (!page.hasNextPage) return;
    after = page.cursorOf(page.nodes[page.nodes.length - 1]!);
  }
}
