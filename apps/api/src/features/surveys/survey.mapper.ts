import {
  computeCes,
  computeCsat,
  computeNps,
  npsCategory,
  tallyNpsScoreCounts,
  SURVEY_SCORE_RANGES,
  type LifecycleStage,
  type Locale,
  type PersonalDataKind,
  type SurveyChannel,
  type SurveyKind,
  type UserErrorCode,
} from '@kizuna/domain';
import { toGlobalId } from '../../graphql/relay';
import type { ImportRowError } from './survey-import.service';
import type { ScoreCounts } from './survey-report.query';
import type { NpsFiguresType, ShareFiguresType } from './survey-report.type';
import type { SurveyResponseRow, SurveyRow } from './survey.queries';
import { SurveyImportType, SurveyResponseType, SurveyType } from './survey.type';

export function toSurveyType(s: SurveyRow, locale: Locale): SurveyType {
  const range = SURVEY_SCORE_RANGES[s.kind];
  return Object.assign(new SurveyType(), {
    id: toGlobalId('Survey', s.id),
    dbId: s.id,
    code: s.code,
    kind: s.kind,
    title: locale === 'en' ? s.title_en : s.title_ja,
    titleJa: s.title_ja,
    titleEn: s.title_en,
    question: locale === 'en' ? s.question_en : s.question_ja,
    questionJa: s.question_ja,
    questionEn: s.question_en,
    minScore: range.min,
    maxScore: range.max,
    active: s.active,
    createdAt: s.created_at,
  });
}

/**
 * A response as this caller may see it: without personal-data access, the comment is the
 * masked text (placeholders) and the respondent is withheld.
 */
export function toSurveyResponseType(r: SurveyResponseRow, masked: boolean): SurveyResponseType {
  // An erased customer's raw comment is gone; everyone sees the masked copy that was kept.
  const maskedComment = masked || (r.comment === null && r.comment_masked !== null);
  return Object.assign(new SurveyResponseType(), {
    id: toGlobalId('SurveyResponse', r.id),
    dbId: r.id,
    surveyDbId: r.survey_id,
    customerDbId: r.customer_id,
    score: r.score,
    npsCategory: r.kind === 'NPS' ? npsCategory(r.score) : null,
    comment: maskedComment ? r.comment_masked : r.comment,
    maskedPersonalData: maskedComment ? (r.comment_masked_kinds as PersonalDataKind[]) : [],
    channel: r.channel as SurveyChannel,
    answeredAt: r.answered_at,
    planCode: r.plan_code,
    stage: r.stage as LifecycleStage,
    respondent:
      masked || (r.respondent_name === null && r.respondent_email === null)
        ? null
        : { name: r.respondent_name, email: r.respondent_email },
  });
}

/** Counts per score as a dense array indexed by score (0…max). */
export function toDistribution(counts: Map<number, number>, kind: SurveyKind): number[] {
  const { max } = SURVEY_SCORE_RANGES[kind];
  return Array.from({ length: max + 1 }, (_, score) => counts.get(score) ?? 0);
}

export function npsFigures(counts: Map<number, number>): NpsFiguresType {
  return computeNps(tallyNpsScoreCounts(counts));
}

export function shareFigures(counts: Map<number, number>, kind: 'CSAT' | 'CES'): ShareFiguresType {
  const distribution = toDistribution(counts, kind);
  if (kind === 'CSAT') {
    const r = computeCsat(distribution);
    return {
      responses: r.responses,
      mean: r.mean,
      share: r.satisfiedShare,
      marginOfError: r.satisfiedShareMarginOfError,
      smallSample: r.smallSample,
    };
  }
  const r = computeCes(distribution);
  return {
    responses: r.responses,
    mean: r.mean,
    share: r.easyShare,
    marginOfError: r.easyShareMarginOfError,
    smallSample: r.smallSample,
  };
}

/** Score → count rows for every score of the scale, zeros included. */
export function distributionOf(counts: ScoreCounts, kind: SurveyKind) {
  const { min } = SURVEY_SCORE_RANGES[kind];
  return toDistribution(counts.overall, kind)
    .map((count, score) => ({ score, count }))
    .filter((d) => d.score >= min);
}

export interface SurveyImportRow {
  id: string;
  file_name: string;
  encoding: string | null;
  status: SurveyImportType['status'];
  total_rows: number;
  processed_rows: number;
  imported_rows: number;
  duplicate_rows: number;
  error_rows: number;
  errors: ImportRowError[];
  failure: string | null;
  created_at: Date;
  finished_at: Date | null;
  uploader_name: string | null;
}

export function toSurveyImportType(i: SurveyImportRow, locale: Locale): SurveyImportType {
  const done = i.status === 'DONE' || i.status === 'FAILED';
  return Object.assign(new SurveyImportType(), {
    id: toGlobalId('SurveyImport', i.id),
    fileName: i.file_name,
    encoding: i.encoding,
    status: i.status,
    totalRows: i.total_rows,
    processedRows: i.processed_rows,
    importedRows: i.imported_rows,
    duplicateRows: i.duplicate_rows,
    errorRows: i.error_rows,
    progress: done ? 1 : i.total_rows > 0 ? i.processed_rows / i.total_rows : 0,
    errors: i.errors.map((e) => ({
      line: e.line,
      row: e.row ?? e.line,
      code: e.code as UserErrorCode,
      field: e.field,
      column: e.column ?? e.field,
      message: e.message[locale],
    })),
    failure: i.status === 'FAILED' ? (i.errors[0]?.message[locale] ?? i.failure) : null,
    createdAt: i.created_at,
    finishedAt: i.finished_at,
    uploadedBy: i.uploader_name,
  });
}
