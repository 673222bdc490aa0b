import type { DataSource } from 'typeorm';
import {
  parseCsv,
  readSurveyCsvHeader,
  readSurveyCsvRow,
  userError,
  validateCorporateNumber,
  validateSurveyResponse,
  type Locale,
  type SurveyCsvRow,
  type SurveyKind,
  type UserErrorData,
} from '@kizuna/domain';
import type { Actor } from '../../graphql/context';
import { fromGlobalId } from '../../graphql/relay';
import { logger } from '../../observability/logger';
import { recordAudit } from '../audit/audit.service';
import { insertSurveyResponses, type NewSurveyResponse } from './survey-response.store';

/** Rows per transaction; progress is reported after each batch. */
export const IMPORT_BATCH_SIZE = 500;
/** The largest file accepted (bytes). */
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;
/** Bad rows kept in the import's report; the count of all of them is kept regardless. */
export const IMPORT_MAX_REPORTED_ERRORS = 1000;
/** A RUNNING import whose worker has not reported for this long is taken over by another. */
const ABANDONED_AFTER = '2 minutes';

export type ImportEncoding = 'UTF-8' | 'UTF-8 (BOM)' | 'Shift_JIS';

/**
 * Text of an uploaded file: UTF-8 with or without BOM, else Shift_JIS (what Japanese Excel
 * writes as "CSV"). A file that is neither is refused rather than read as mojibake.
 */
export function decodeCsvFile(
  bytes: Uint8Array,
): { ok: true; text: string; encoding: ImportEncoding } | { ok: false; reason: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return {
      ok: true,
      text: new TextDecoder('utf-8').decode(bytes.subarray(3)),
      encoding: 'UTF-8 (BOM)',
    };
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'UTF-8',
    };
  } catch {
    try {
      return {
        ok: true,
        text: new TextDecoder('shift_jis', { fatal: true }).decode(bytes),
        encoding: 'Shift_JIS',
      };
    } catch {
      return { ok: false, reason: 'neither UTF-8 nor Shift_JIS' };
    }
  }
}

/** A bad row as reported to the user: its line in the file and why, in both languages. */
export interface ImportRowError {
  line: number;
  code: string;
  field: string | null;
  message: { ja: string; en: string };
}

const rowError = (line: number, e: UserErrorData): ImportRowError => ({
  line,
  code: e.code,
  field: e.field,
  message: e.message,
});

/** Queue a file for import; any worker (any replica) picks it up. */
export async function queueSurveyImport(
  dataSource: DataSource,
  actor: Actor | null,
  fileName: string,
  content: Buffer,
): Promise<{ ok: true; id: string } | { ok: false; errors: UserErrorData[] }> {
  if (content.length === 0)
    return { ok: false, errors: [userError('INVALID_FILE', 'file', { reason: 'empty' })] };
  if (content.length > IMPORT_MAX_BYTES)
    return {
      ok: false,
      errors: [userError('INVALID_FILE', 'file', { reason: `over ${IMPORT_MAX_BYTES} bytes` })],
    };
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO survey_import (file_name, status, content, created_by, created_by_api_key)
     VALUES ($1, 'QUEUED', $2, $3, $4) RETURNING id::text`,
    [
      fileName.slice(0, 255) || 'upload.csv',
      content,
      actor?.kind === 'STAFF' ? actor.id : null,
      actor?.kind === 'API_KEY' ? actor.id : null,
    ],
  );
  return { ok: true, id: row!.id };
}

/**
 * Claim the oldest queued import (or one whose worker died) and process it. Several workers
 * may call this at once: FOR UPDATE SKIP LOCKED hands each import to exactly one of them.
 * Returns the id processed, or null when there was nothing to do.
 */
export async function processNextSurveyImport(
  dataSource: DataSource,
  now: () => Date = () => new Date(),
  onlyId: string | null = null,
): Promise<string | null> {
  // Wrapped in a SELECT: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.
  const [claimed]: { id: string }[] = await dataSource.query(
    `WITH claimed AS (
       UPDATE survey_import SET status = 'RUNNING', started_at = coalesce(started_at, now()),
              heartbeat_at = now()
        WHERE id = (SELECT id FROM survey_import
                     WHERE (status = 'QUEUED'
                        OR (status = 'RUNNING' AND heartbeat_at < now() - interval '${ABANDONED_AFTER}'))
                       AND ($1::uuid IS NULL OR id = $1::uuid)
                     ORDER BY created_at FOR UPDATE SKIP LOCKED LIMIT 1)
        RETURNING id::text)
     SELECT id FROM claimed`,
    [onlyId],
  );
  if (!claimed) return null;
  try {
    await runImport(dataSource, claimed.id, now);
  } catch (error) {
    logger.error({ err: error, importId: claimed.id }, 'survey import failed');
    await dataSource.query(
      `UPDATE survey_import SET status = 'FAILED', failure = 'internal error', finished_at = now(),
              content = NULL WHERE id = $1`,
      [claimed.id],
    );
  }
  return claimed.id;
}

interface Lookup {
  surveys: Map<string, { id: string; kind: SurveyKind }>;
  customersByNumber: Map<string, string>;
  customersById: Set<string>;
}

async function runImport(dataSource: DataSource, importId: string, now: () => Date) {
  const [job]: { content: Buffer; file_name: string; created_by: string | null }[] =
    await dataSource.query(
      `SELECT content, file_name, created_by::text FROM survey_import WHERE id = $1`,
      [importId],
    );
  if (!job?.content) throw new Error('import has no content');
  const fail = (e: UserErrorData, encoding: string | null = null) =>
    dataSource.query(
      `UPDATE survey_import SET status = 'FAILED', encoding = $2, failure = $3, errors = $4,
              finished_at = now(), content = NULL WHERE id = $1`,
      [importId, encoding, e.message.en, JSON.stringify([rowError(1, e)])],
    );

  const decoded = decodeCsvFile(job.content);
  if (!decoded.ok) return fail(userError('INVALID_FILE', 'file', { reason: decoded.reason }));
  const parsed = parseCsv(decoded.text);
  if (!parsed.ok)
    return fail(
      userError('INVALID_FILE', 'file', {
        reason: `line ${parsed.error.line}: ${parsed.error.reason}`,
      }),
      decoded.encoding,
    );
  const [header, ...records] = parsed.value;
  if (!header) return fail(userError('INVALID_FILE', 'file', { reason: 'no header row' }));
  const columns = readSurveyCsvHeader(header.fields);
  if (!columns.ok) return fail(columns.error[0]!, decoded.encoding);

  const rows = records.map((r) => readSurveyCsvRow(r, columns.value));
  await dataSource.query(`UPDATE survey_import SET encoding = $2, total_rows = $3 WHERE id = $1`, [
    importId,
    decoded.encoding,
    rows.length,
  ]);
  const lookup = await lookUp(dataSource, rows);

  const errors: ImportRowError[] = [];
  let errorRows = 0;
  let imported = 0;
  let duplicates = 0;
  let processed = 0;
  for (let start = 0; start < rows.length; start += IMPORT_BATCH_SIZE) {
    const batch = rows.slice(start, start + IMPORT_BATCH_SIZE);
    const good: NewSurveyResponse[] = [];
    for (const row of batch) {
      const result = checkRow(row, lookup, now());
      if (result.ok) good.push(result.value);
      else {
        errorRows += 1;
        for (const e of result.errors)
          if (errors.length < IMPORT_MAX_REPORTED_ERRORS) errors.push(rowError(row.line, e));
      }
    }
    processed += batch.length;
    // One transaction per batch: its rows and the progress that counts them commit together,
    // so a crash resumes without double counting (re-inserting is a no-op by dedupe key).
    await dataSource.transaction(async (m) => {
      const inserted = await insertSurveyResponses(m, good);
      imported += inserted.size;
      duplicates += good.length - inserted.size;
      await m.query(
        `UPDATE survey_import SET processed_rows = $2, imported_rows = $3, duplicate_rows = $4,
                error_rows = $5, heartbeat_at = now() WHERE id = $1`,
        [importId, processed, imported, duplicates, errorRows],
      );
    });
  }

  await dataSource.transaction(async (m) => {
    await m.query(
      `UPDATE survey_import SET status = 'DONE', errors = $2, finished_at = now(), content = NULL
        WHERE id = $1`,
      [importId, JSON.stringify(errors)],
    );
    await recordAudit(m, {
      actor: null,
      requestId: null,
      action: 'surveyImport.completed',
      entityType: 'SurveyImport',
      entityId: importId,
      before: null,
      after: {
        fileName: job.file_name,
        encoding: decoded.encoding,
        rows: rows.length,
        imported,
        duplicates,
        errorRows,
        requestedBy: job.created_by,
      },
    });
  });
}

/** Every survey and customer the file names, in two statements. */
async function lookUp(dataSource: DataSource, rows: readonly SurveyCsvRow[]): Promise<Lookup> {
  const surveys: { id: string; code: string; kind: SurveyKind }[] = await dataSource.query(
    `SELECT id::text, code, kind FROM survey`,
  );
  const numbers = new Set<string>();
  const ids = new Set<string>();
  for (const row of rows) {
    if (row.corporateNumber) {
      const n = normaliseCorporateNumber(row.corporateNumber);
      if (n) numbers.add(n);
    }
    const id = row.customerId ? customerUuid(row.customerId) : null;
    if (id) ids.add(id);
  }
  const customers: { id: string; corporate_number: string | null }[] = await dataSource.query(
    `SELECT id::text, corporate_number FROM customer
      WHERE stage <> 'ERASED' AND (corporate_number = ANY($1::text[]) OR id = ANY($2::uuid[]))`,
    [[...numbers], [...ids]],
  );
  return {
    surveys: new Map(surveys.map((s) => [s.code.toUpperCase(), { id: s.id, kind: s.kind }])),
    customersByNumber: new Map(
      customers.filter((c) => c.corporate_number).map((c) => [c.corporate_number!, c.id]),
    ),
    customersById: new Set(customers.map((c) => c.id)),
  };
}

/** The 13-digit corporate number with a valid check digit, or null. */
function normaliseCorporateNumber(raw: string): string | null {
  const r = validateCorporateNumber(raw);
  return r.ok ? r.value : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A customer column holds the API's global id or the bare uuid. */
function customerUuid(value: string): string | null {
  if (UUID.test(value)) return value.toLowerCase();
  const global = fromGlobalId(value);
  return global?.type === 'Customer' && UUID.test(global.id) ? global.id : null;
}

function checkRow(
  row: SurveyCsvRow,
  lookup: Lookup,
  now: Date,
): { ok: true; value: NewSurveyResponse } | { ok: false; errors: UserErrorData[] } {
  const errors: UserErrorData[] = [];
  const survey = lookup.surveys.get(row.surveyCode.toUpperCase());
  if (!survey) errors.push(userError(row.surveyCode ? 'NOT_FOUND' : 'REQUIRED', 'survey_code'));

  let customerId: string | null = null;
  if (row.customerId) {
    const id = customerUuid(row.customerId);
    customerId = id && lookup.customersById.has(id) ? id : null;
    if (!customerId) errors.push(userError('NOT_FOUND', 'customer_id'));
  } else if (row.corporateNumber) {
    const n = normaliseCorporateNumber(row.corporateNumber);
    customerId = n ? (lookup.customersByNumber.get(n) ?? null) : null;
    if (!n) errors.push(userError('INVALID_CORPORATE_NUMBER', 'corporate_number'));
    else if (!customerId) errors.push(userError('NOT_FOUND', 'corporate_number'));
  } else errors.push(userError('REQUIRED', 'corporate_number'));

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
