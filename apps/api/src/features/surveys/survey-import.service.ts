import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  readSurveyCsvHeader,
  readSurveyCsvRow,
  surveyCsvHeading,
  userError,
  validateSurveyResponse,
  type CsvRecord,
  type Locale,
  type SurveyCsvColumnMap,
  type SurveyCsvRow,
  type SurveyKind,
  type UserErrorData,
} from '@kizuna/domain';
import type { Queryable } from '../../db/queryable';
import type { Actor } from '../../graphql/context';
import { logger } from '../../observability/logger';
import { recordAudit } from '../audit/audit.service';
import {
  finishImport,
  importActor,
  IMPORT_CHUNK_BYTES,
  IMPORT_MAX_BYTES,
  IMPORT_MAX_REPORTED_ERRORS,
  importChunks,
  importRunner,
  queueImport,
  rowError,
  UPLOADER_JOINS,
  UPLOADER_SELECT,
  type ImportQueue,
  type ImportRowError,
  type ImportUploader,
} from '../imports/import-queue';
import { lookUpCustomers, matchCustomer, type CustomerLookup } from '../imports/import-customers';
import { csvRecords, CsvSyntaxError, detectEncoding } from '../imports/import-reader';
import {
  insertSurveyResponses,
  responseUuid,
  storedResponseIds,
  recordResponsesCreated,
  type NewSurveyResponse,
} from './survey-response.store';

export type { ImportEncoding } from './survey-import.reader';

/** Rows per transaction; progress is reported after each batch. */
export const IMPORT_BATCH_SIZE = 500;
export { IMPORT_CHUNK_BYTES, IMPORT_MAX_BYTES, IMPORT_MAX_REPORTED_ERRORS };
export type { ImportRowError };

const SURVEY_QUEUE: ImportQueue = {
  table: 'survey_import',
  chunkTable: 'survey_import_chunk',
  inlineContent: true,
};

/**
 * Queue a file for import; any worker (any replica) picks it up. The file is stored in pieces
 * (`survey_import_chunk`) as it is read: the import and its pieces commit together, so no
 * worker ever sees half a file.
 */
export async function queueSurveyImport(
  dataSource: DataSource,
  actor: Actor | null,
  fileName: string,
  content: Buffer | AsyncIterable<Uint8Array>,
): Promise<{ ok: true; id: string } | { ok: false; errors: UserErrorData[] }> {
  return queueImport(dataSource, SURVEY_QUEUE, actor, fileName, content);
}

/** Test seam: stop as a killed process would (leaving it RUNNING) once this many rows committed. */
export interface ImportRunOptions {
  stopAfterRows?: number;
}

/**
 * Claim the oldest queued import (or one whose worker died) and process it. Several workers
 * may call this at once: FOR UPDATE SKIP LOCKED hands each import to exactly one of them, and a
 * process already running an import claims none. Returns the id processed, or null when there
 * was nothing to do (or this process was busy).
 */
export async function processNextSurveyImport(
  dataSource: DataSource,
  now: () => Date = () => new Date(),
  onlyId: string | null = null,
  options: ImportRunOptions = {},
): Promise<string | null> {
  return runNext(dataSource, (importId) => runImport(dataSource, importId, now, options), onlyId);
}

const runNext = importRunner(SURVEY_QUEUE, (error, importId) =>
  logger.error({ err: error, importId }, 'survey import failed'),
);

/** End an import: its file (inline or in pieces) is not kept. */
const finish = (db: Queryable, importId: string, set: string, params: unknown[] = []) =>
  finishImport(db, SURVEY_QUEUE, importId, set, params);

interface ImportJob extends ImportUploader {
  file_name: string;
  processed_rows: number;
  imported_rows: number;
  duplicate_rows: number;
  error_rows: number;
  errors: ImportRowError[];
}

/** The file's header and its number of data rows, read once through (CSV syntax checked). */
async function surveyHeader(
  chunks: () => AsyncIterable<Uint8Array>,
  encoding: Parameters<typeof csvRecords>[1],
): Promise<{ header: CsvRecord | null; rows: number }> {
  let header: CsvRecord | null = null;
  let rows = 0;
  for await (const records of csvRecords(chunks(), encoding)) {
    for (const record of records) {
      if (header) rows++;
      else header = record;
    }
  }
  return { header, rows };
}

/**
 * Read the file piece by piece and store its rows a batch at a time. Each batch commits with the
 * progress that counts it, so an import resumed after a crash skips the rows it already
 * counted (processed_rows) and carries its counters on: its own rows are never reported as
 * duplicates, and progress never goes back.
 */
async function runImport(
  dataSource: DataSource,
  importId: string,
  now: () => Date,
  options: ImportRunOptions,
) {
  const [job]: ImportJob[] = await dataSource.query(
    `SELECT i.file_name, ${UPLOADER_SELECT}, i.processed_rows, i.imported_rows, i.duplicate_rows,
            i.error_rows, i.errors
       FROM survey_import i ${UPLOADER_JOINS} WHERE i.id = $1`,
    [importId],
  );
  if (!job) throw new Error('import vanished');
  const chunks = () => importChunks(dataSource, SURVEY_QUEUE, importId);
  const fail = (e: UserErrorData, encoding: string | null = null) =>
    finish(dataSource, importId, `status = 'FAILED', encoding = $2, failure = $3, errors = $4`, [
      encoding,
      e.message.en,
      JSON.stringify([rowError(1, e, { row: 1 })]),
    ]);

  const encoding = await detectEncoding(chunks);
  if (!encoding)
    return fail(userError('INVALID_FILE', 'file', { reason: 'neither UTF-8 nor Shift_JIS' }));
  let file: { header: CsvRecord | null; rows: number };
  try {
    file = await surveyHeader(chunks, encoding);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    return fail(userError('INVALID_FILE', 'file', { reason: error.message }), encoding);
  }
  if (!file.header) return fail(userError('INVALID_FILE', 'file', { reason: 'no header row' }));
  const columns = readSurveyCsvHeader(file.header.fields);
  if (!columns.ok) return fail(columns.error[0]!, encoding);
  await dataSource.query(`UPDATE survey_import SET encoding = $2, total_rows = $3 WHERE id = $1`, [
    importId,
    encoding,
    file.rows,
  ]);

  const surveys = await loadSurveys(dataSource);
  const progress = {
    processed: job.processed_rows,
    imported: job.imported_rows,
    duplicates: job.duplicate_rows,
    errorRows: job.error_rows,
    errors: job.errors,
  };
  // Errors name the column as the file's header does (スコア in a Japanese file, score otherwise).
  const header = file.header.fields;
  const heading = (field: string | null) => surveyCsvHeading(field, header, columns.value);
  const store = (batch: SurveyCsvRow[]) =>
    storeBatch(dataSource, importId, batch, surveys, progress, now, heading);
  let seen = -1; // the header is record 0
  let batch: SurveyCsvRow[] = [];
  for await (const records of csvRecords(chunks(), encoding)) {
    for (const record of records) {
      seen++;
      // Rows 1..processed were committed before a crash: counted already.
      if (seen === 0 || seen <= job.processed_rows) continue;
      batch.push(readSurveyCsvRow(record, columns.value as SurveyCsvColumnMap));
      if (batch.length < IMPORT_BATCH_SIZE) continue;
      await store(batch);
      batch = [];
      if (options.stopAfterRows !== undefined && progress.processed >= options.stopAfterRows)
        return;
    }
  }
  if (batch.length > 0) await store(batch);

  await dataSource.transaction(async (m) => {
    await finish(m, importId, `status = 'DONE'`);
    await recordAudit(m, {
      // The staff member (or key) who uploaded the file; the worker only carried it out.
      actor: importActor(job),
      requestId: null,
      action: 'surveyImport.completed',
      entityType: 'SurveyImport',
      entityId: importId,
      before: null,
      // A file name can name a person (山田様回答.csv): the audit keeps its digest, the import
      // row keeps the name where erasure can clear it.
      after: {
        fileNameSha256: createHash('sha256').update(job.file_name, 'utf8').digest('hex'),
        encoding,
        rows: file.rows,
        imported: progress.imported,
        duplicates: progress.duplicates,
        errorRows: progress.errorRows,
        requestedBy: job.created_by,
      },
    });
  });
}

interface ImportProgress {
  processed: number;
  imported: number;
  duplicates: number;
  errorRows: number;
  errors: ImportRowError[];
}

/**
 * One transaction per batch: its rows and the progress that counts them commit together, so a
 * crash resumes after the last committed batch, never counting a row twice.
 */
async function storeBatch(
  dataSource: DataSource,
  importId: string,
  batch: readonly SurveyCsvRow[],
  surveys: Lookup['surveys'],
  progress: ImportProgress,
  now: () => Date,
  heading: (field: string | null) => string | null,
) {
  const lookup = { surveys, ...(await lookUpCustomers(dataSource, batch)) };
  const stored = await storedResponseIds(
    dataSource,
    batch.map((r) => r.responseId),
  );
  const good: NewSurveyResponse[] = [];
  let errorRows = 0;
  let alreadyStored = 0;
  const errors: ImportRowError[] = [];
  for (const row of batch) {
    const result = checkRow(row, lookup, now());
    if (result.ok) {
      // A row of an exported file names the answer it was exported from: it is that answer,
      // even though the file rounds its time to the minute (and masks its comment for some).
      const id = row.responseId ? responseUuid(row.responseId) : null;
      if (id && stored.has(id)) alreadyStored += 1;
      else good.push(result.value);
    } else {
      errorRows += 1;
      for (const e of result.errors)
        if (progress.errors.length + errors.length < IMPORT_MAX_REPORTED_ERRORS)
          errors.push(rowError(row.line, e, { row: row.row, column: heading(e.field) }));
    }
  }
  const next = await dataSource.transaction(async (m) => {
    const inserted = await insertSurveyResponses(m, good);
    await recordResponsesCreated(m, good, inserted, now(), 'CSV_IMPORT');
    const after: ImportProgress = {
      processed: progress.processed + batch.length,
      imported: progress.imported + inserted.size,
      duplicates: progress.duplicates + alreadyStored + good.length - inserted.size,
      errorRows: progress.errorRows + errorRows,
      errors: errors.length > 0 ? [...progress.errors, ...errors] : progress.errors,
    };
    await m.query(
      `UPDATE survey_import SET processed_rows = $2, imported_rows = $3, duplicate_rows = $4,
              error_rows = $5, heartbeat_at = now()${errors.length > 0 ? ', errors = $6' : ''}
        WHERE id = $1`,
      [
        importId,
        after.processed,
        after.imported,
        after.duplicates,
        after.errorRows,
        ...(errors.length > 0 ? [JSON.stringify(after.errors)] : []),
      ],
    );
    return after;
  });
  Object.assign(progress, next);
}

interface Lookup extends CustomerLookup {
  surveys: Map<string, { id: string; kind: SurveyKind }>;
}

/** Every survey, by upper-case code (a handful). */
async function loadSurveys(db: Queryable): Promise<Lookup['surveys']> {
  const surveys: { id: string; code: string; kind: SurveyKind }[] = await db.query(
    `SELECT id::text, code, kind FROM survey`,
  );
  return new Map(surveys.map((s) => [s.code.toUpperCase(), { id: s.id, kind: s.kind }]));
}

function checkRow(
  row: SurveyCsvRow,
  lookup: Lookup,
  now: Date,
): { ok: true; value: NewSurveyResponse } | { ok: false; errors: UserErrorData[] } {
  const errors: UserErrorData[] = [];
  const survey = lookup.surveys.get(row.surveyCode.toUpperCase());
  if (!survey) errors.push(userError(row.surveyCode ? 'NOT_FOUND' : 'REQUIRED', 'survey_code'));

  const customer = matchCustomer(row, lookup);
  if (!customer.ok) errors.push(customer.error);
  const customerId = customer.ok ? customer.customerId : null;

  if (row.score === null)
    errors.push(
      row.scoreText === ''
        ? userError('REQUIRED', 'score')
        : userError('OUT_OF_RANGE', 'score', { value: row.scoreText }),
    );
  const valid = validateSurveyResponse(
    {
      kind: survey?.kind ?? 'NPS',
      score: row.score ?? 0,
      comment: row.comment,
      channel: row.channel,
      answeredAt: row.answeredAt,
      respondent: { name: row.respondentName, email: row.respondentEmail },
    },
    now,
  );
  if (!valid.ok)
    errors.push(
      ...valid.error
        .filter((e) => e.field !== 'score' || (survey && row.score !== null))
        .map((e) => ({ ...e, field: CSV_FIELD[e.field ?? ''] ?? e.field })),
    );
  if (errors.length > 0 || !valid.ok || !survey || !customerId) return { ok: false, errors };
  return { ok: true, value: { surveyId: survey.id, customerId, response: valid.value } };
}

/** Domain field names → the file's column names, so that a message names the column. */
const CSV_FIELD: Record<string, string> = {
  answeredAt: 'answered_at',
  'respondent.name': 'respondent_name',
  'respondent.email': 'respondent_email',
};

/** Localised message of a stored row error. */
export const importErrorMessage = (e: ImportRowError, locale: Locale) => e.message[locale];
