import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  isoDateJst,
  userError,
  validateActiveUsers,
  validateStorageGb,
  validateUsageDate,
  type UserErrorData,
} from '@kizuna/domain';
import type { Actor } from '../../graphql/context';
import { logger } from '../../observability/logger';
import { recordAudit } from '../audit/audit.service';
import { lookUpCustomers, matchCustomer, type CustomerLookup } from '../imports/import-customers';
import {
  finishImport,
  IMPORT_MAX_REPORTED_ERRORS,
  importActor,
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
import { detectEncoding } from '../imports/import-reader';
import { ensureUsagePartitions, upsertDailyUsage, type DailyUsageRow } from './daily-usage.store';
import {
  usageFileItems,
  usageFileRowCount,
  UsageFileError,
  type UsageFileFormat,
  type UsageFileItem,
} from './usage-file.reader';

/** Rows per transaction (one multi-row upsert); progress is reported after each batch. */
export const USAGE_IMPORT_BATCH_SIZE = 5000;

const USAGE_QUEUE: ImportQueue = {
  table: 'usage_import',
  chunkTable: 'usage_import_chunk',
  inlineContent: false,
};

/** Queue a usage file (CSV or NDJSON); any replica's worker picks it up. */
export function queueUsageImport(
  dataSource: DataSource,
  actor: Actor | null,
  fileName: string,
  format: UsageFileFormat,
  content: Buffer | AsyncIterable<Uint8Array>,
) {
  return queueImport(dataSource, USAGE_QUEUE, actor, fileName, content, { format });
}

/** Test seam: stop as a killed process would (leaving it RUNNING) once this many rows committed. */
export interface UsageImportRunOptions {
  stopAfterRows?: number;
  /** Rows per batch (tests: several batches from a small file). */
  batchSize?: number;
}

const runNext = importRunner(USAGE_QUEUE, (error, importId) =>
  logger.error({ err: error, importId }, 'usage import failed'),
);

/**
 * Claim the oldest queued usage import (or one whose worker died) and process it; one at a time
 * per process. Returns the id processed, or null.
 */
export function processNextUsageImport(
  dataSource: DataSource,
  now: () => Date = () => new Date(),
  onlyId: string | null = null,
  options: UsageImportRunOptions = {},
): Promise<string | null> {
  return runNext(dataSource, (id) => runImport(dataSource, id, now, options), onlyId);
}

interface Progress {
  processed: number;
  imported: number;
  errorRows: number;
  errors: ImportRowError[];
}

/** The file's column (CSV) or key (NDJSON) a domain field is reported under. */
const FIELDS: Record<UsageFileFormat, Record<string, string>> = {
  CSV: { date: 'date', activeUsers: 'active_users', storageGb: 'storage_gb' },
  NDJSON: { date: 'date', activeUsers: 'activeUsers', storageGb: 'storageGb' },
};

/**
 * Read the file piece by piece and upsert its rows a batch at a time. Each batch commits with
 * the progress that counts it, so an import resumed after a crash skips the rows it already
 * counted (processed_rows); a row stored twice would only replace itself, never count twice.
 */
async function runImport(
  dataSource: DataSource,
  importId: string,
  now: () => Date,
  options: UsageImportRunOptions,
) {
  const [job]: ({ file_name: string; format: UsageFileFormat } & ImportUploader & {
      processed_rows: number;
      imported_rows: number;
      error_rows: number;
      errors: ImportRowError[];
    })[] = await dataSource.query(
    `SELECT i.file_name, i.format, ${UPLOADER_SELECT}, i.processed_rows, i.imported_rows,
            i.error_rows, i.errors
       FROM usage_import i ${UPLOADER_JOINS} WHERE i.id = $1`,
    [importId],
  );
  if (!job) throw new Error('import vanished');
  const chunks = () => importChunks(dataSource, USAGE_QUEUE, importId);
  const fail = (e: UserErrorData, encoding: string | null = null) =>
    finishImport(
      dataSource,
      USAGE_QUEUE,
      importId,
      `status = 'FAILED', encoding = $2, failure = $3, errors = $4`,
      [encoding, e.message.en, JSON.stringify([rowError(1, e)])],
    );

  const encoding = await detectEncoding(chunks);
  if (!encoding || (job.format === 'NDJSON' && encoding === 'Shift_JIS'))
    return fail(userError('INVALID_FILE', 'file', { reason: 'not UTF-8' }));
  let rows: number;
  try {
    rows = await usageFileRowCount(chunks(), job.format, encoding);
  } catch (error) {
    if (!(error instanceof UsageFileError)) throw error;
    return fail(error.error, encoding);
  }
  await dataSource.query(`UPDATE usage_import SET encoding = $2, total_rows = $3 WHERE id = $1`, [
    importId,
    encoding,
    rows,
  ]);

  const progress: Progress = {
    processed: job.processed_rows,
    imported: job.imported_rows,
    errorRows: job.error_rows,
    errors: job.errors,
  };
  const fields = FIELDS[job.format];
  let seen = 0;
  let batch: UsageFileItem[] = [];
  // While one batch is written, the next is read: the file's parsing overlaps PostgreSQL's work.
  // Batches still commit one after the other, each with the progress that counts it.
  let writing: Promise<void> = Promise.resolve();
  const stopped = () =>
    options.stopAfterRows !== undefined && progress.processed >= options.stopAfterRows;
  for await (const items of usageFileItems(chunks(), job.format, encoding)) {
    for (const item of items) {
      // Rows 1..processed were committed before a crash: counted already.
      if (++seen <= job.processed_rows) continue;
      batch.push(item);
      if (batch.length < (options.batchSize ?? USAGE_IMPORT_BATCH_SIZE)) continue;
      await writing;
      if (stopped()) return;
      const full = batch;
      writing = storeBatch(dataSource, importId, full, fields, progress, now);
      writing.catch(() => undefined); // awaited (and thrown) before the next batch or the end
      batch = [];
    }
  }
  await writing;
  if (stopped()) return;
  if (batch.length > 0) await storeBatch(dataSource, importId, batch, fields, progress, now);

  await dataSource.transaction(async (m) => {
    await finishImport(m, USAGE_QUEUE, importId, `status = 'DONE'`);
    // One event per file, not per row; the file name may name a person: its digest only.
    await recordAudit(m, {
      // The staff member or API key who uploaded the file; the worker only carried it out.
      actor: importActor(job),
      requestId: null,
      action: 'usageImport.completed',
      entityType: 'UsageImport',
      entityId: importId,
      before: null,
      after: {
        fileNameSha256: createHash('sha256').update(job.file_name, 'utf8').digest('hex'),
        format: job.format,
        encoding,
        rows,
        imported: progress.imported,
        errorRows: progress.errorRows,
        requestedBy: job.created_by,
      },
    });
  });
}

/**
 * One transaction per batch: its days (one upsert) and the progress that counts them commit
 * together. A customer-day named twice in a batch keeps its last value, as if sent twice.
 */
async function storeBatch(
  dataSource: DataSource,
  importId: string,
  batch: readonly UsageFileItem[],
  fields: Record<string, string>,
  progress: Progress,
  now: () => Date,
) {
  const readable = batch.filter(
    (item): item is Exclude<UsageFileItem, { error: unknown }> => !('error' in item),
  );
  const lookup = await lookUpCustomers(dataSource, readable);
  const check = rowChecker(lookup, isoDateJst(now()), fields);
  const good = new Map<string, DailyUsageRow>();
  let errorRows = 0;
  const errors: ImportRowError[] = [];
  for (const item of batch) {
    const result = 'error' in item ? { ok: false as const, errors: [item.error] } : check(item);
    if (result.ok) {
      good.set(`${result.row.customerId}|${result.row.date}`, result.row);
      continue;
    }
    errorRows += 1;
    for (const e of result.errors)
      if (progress.errors.length + errors.length < IMPORT_MAX_REPORTED_ERRORS)
        errors.push(rowError(item.line, e));
  }
  const rows = [...good.values()];
  await ensureUsagePartitions(dataSource, rows);
  const stored = batch.length - errorRows;
  const next = await dataSource.transaction(async (m) => {
    // Not waiting for the WAL flush is safe here: a batch lost in a crash of PostgreSQL is lost
    // with the progress that counted it, and the resumed import writes it again.
    await m.query(`SET LOCAL synchronous_commit = off`);
    await upsertDailyUsage(m, rows);
    const after: Progress = {
      processed: progress.processed + batch.length,
      imported: progress.imported + stored,
      errorRows: progress.errorRows + errorRows,
      errors: errors.length > 0 ? [...progress.errors, ...errors] : progress.errors,
    };
    await m.query(
      `UPDATE usage_import SET processed_rows = $2, imported_rows = $3, error_rows = $4,
              heartbeat_at = now()${errors.length > 0 ? ', errors = $5' : ''}
        WHERE id = $1`,
      [
        importId,
        after.processed,
        after.imported,
        after.errorRows,
        ...(errors.length > 0 ? [JSON.stringify(after.errors)] : []),
      ],
    );
    return after;
  });
  Object.assign(progress, next);
}

/**
 * Checks a row against the domain's rules; the day's check is remembered (a batch holds few
 * distinct days). Refusals name the file's columns.
 */
function rowChecker(lookup: CustomerLookup, today: string, fields: Record<string, string>) {
  const dates = new Map<string, ReturnType<typeof validateUsageDate>>();
  return (
    row: Exclude<UsageFileItem, { error: unknown }>,
  ): { ok: true; row: DailyUsageRow } | { ok: false; errors: UserErrorData[] } => {
    const errors: UserErrorData[] = [];
    const customer = matchCustomer(row, lookup);
    if (!customer.ok) errors.push(customer.error);
    let date = dates.get(row.date);
    if (!date) {
      date = validateUsageDate(row.date, today, fields.date);
      dates.set(row.date, date);
    }
    if (!date.ok) errors.push(date.error);
    const users = numberCell(row.activeUsers, fields.activeUsers!, validateActiveUsers);
    if (!users.ok) errors.push(users.error);
    const storage = numberCell(row.storageGb, fields.storageGb!, validateStorageGb);
    if (!storage.ok) errors.push(storage.error);
    if (!customer.ok || !date.ok || !users.ok || !storage.ok) return { ok: false, errors };
    return {
      ok: true,
      row: {
        customerId: customer.customerId,
        date: date.value,
        activeUsers: users.value,
        storageGb: storage.value,
      },
    };
  };
}

/** A number cell: REQUIRED when empty, OUT_OF_RANGE when not a number, else the domain rule. */
function numberCell(
  value: number | string | null,
  field: string,
  rule: (
    v: number,
    field: string,
  ) => { ok: true; value: number } | { ok: false; error: UserErrorData },
): { ok: true; value: number } | { ok: false; error: UserErrorData } {
  if (value === null) return { ok: false, error: userError('REQUIRED', field) };
  if (typeof value === 'string')
    return { ok: false, error: userError('OUT_OF_RANGE', field, { value }) };
  return rule(value, field);
}
