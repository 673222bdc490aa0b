import type { DataSource } from 'typeorm';
import { userError, type UserErrorData } from '@kizuna/domain';
import type { Queryable } from '../../db/queryable';
import type { Actor } from '../../graphql/context';

/**
 * An uploaded file's queue (surveys, usage): the import rows (`<table>`: status, progress, bad
 * rows) and the file in pieces (`<table>_chunk`), claimed by any replica's worker with
 * FOR UPDATE SKIP LOCKED (ADR 0006, ADR 0012).
 */
export interface ImportQueue {
  table: 'survey_import' | 'usage_import';
  chunkTable: 'survey_import_chunk' | 'usage_import_chunk';
  /** Imports queued before chunked storage keep their file inline (`content`): surveys only. */
  inlineContent: boolean;
}

/** The largest file accepted (bytes): refused with 413 beyond, before it is stored. */
export const IMPORT_MAX_BYTES = 100 * 1024 * 1024;
/**
 * A file is stored and read in pieces of this size: never whole in memory, and small enough
 * that neither a piece nor its hex form in the driver lands in V8's large-object space (freed
 * only by full collections: 1 MB pieces made the process grow by ~400 MB on a 50 MB file).
 */
export const IMPORT_CHUNK_BYTES = 64 * 1024;
/** Bad rows kept in the import's report; the count of all of them is kept regardless. */
export const IMPORT_MAX_REPORTED_ERRORS = 1000;
/** A RUNNING import whose worker has not reported for this long is taken over by another. */
const ABANDONED_AFTER = '2 minutes';

/** A bad row as reported to the user: its line in the file and why, in both languages. */
export interface ImportRowError {
  line: number;
  /** The row as Excel numbers it (header = 1); absent in reports stored before it was kept. */
  row?: number;
  code: string;
  field: string | null;
  /** The column's heading as the file names it (スコア, score…); absent when unknown. */
  column?: string | null;
  message: { ja: string; en: string };
}

export const rowError = (
  line: number,
  e: UserErrorData,
  where: { row?: number; column?: string | null } = {},
): ImportRowError => ({
  line,
  ...(where.row !== undefined && { row: where.row }),
  code: e.code,
  field: e.field,
  ...(where.column !== undefined && { column: where.column }),
  message: e.message,
});

/** Who queued an import: the columns UPLOADER_SELECT reads. */
export interface ImportUploader {
  created_by: string | null;
  created_by_api_key: string | null;
  uploader_name: string | null;
}

/** The uploader of an import row aliased `i`, with UPLOADER_JOINS in its FROM. */
export const UPLOADER_SELECT = `i.created_by::text AS created_by, i.created_by_api_key::text AS created_by_api_key,
  coalesce(uploader_staff.display_name, uploader_key.name) AS uploader_name`;
export const UPLOADER_JOINS = `LEFT JOIN staff_user uploader_staff ON uploader_staff.id = i.created_by
  LEFT JOIN api_key uploader_key ON uploader_key.id = i.created_by_api_key`;

/**
 * The actor an import's audit event names: the staff member or API key that uploaded the file
 * (the worker only carries their request out), or null (system) when neither is known.
 */
export function importActor(
  job: ImportUploader,
): Pick<Actor, 'kind' | 'id' | 'displayName'> | null {
  const displayName = job.uploader_name ?? '';
  if (job.created_by) return { kind: 'STAFF', id: job.created_by, displayName };
  if (job.created_by_api_key) return { kind: 'API_KEY', id: job.created_by_api_key, displayName };
  return null;
}

/** Pieces of at most IMPORT_CHUNK_BYTES, whatever sizes the source yields. */
async function* rechunk(source: Buffer | AsyncIterable<Uint8Array>): AsyncGenerator<Buffer> {
  const pieces: AsyncIterable<Uint8Array> | Uint8Array[] = Buffer.isBuffer(source)
    ? [source]
    : source;
  let pending: Buffer[] = [];
  let size = 0;
  for await (const piece of pieces) {
    let rest = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    while (size + rest.length >= IMPORT_CHUNK_BYTES) {
      const take = IMPORT_CHUNK_BYTES - size;
      yield Buffer.concat([...pending, rest.subarray(0, take)]);
      rest = rest.subarray(take);
      pending = [];
      size = 0;
    }
    if (rest.length > 0) {
      pending.push(Buffer.from(rest)); // a copy: the source may reuse its memory
      size += rest.length;
    }
  }
  if (size > 0) yield Buffer.concat(pending);
}

/**
 * Queue a file; any worker (any replica) picks it up. The file is stored in pieces as it is
 * read: the import and its pieces commit together, so no worker ever sees half a file.
 * `columns` are further values of the import row (e.g. the usage file's format).
 */
export async function queueImport(
  dataSource: DataSource,
  queue: ImportQueue,
  actor: Actor | null,
  fileName: string,
  content: Buffer | AsyncIterable<Uint8Array>,
  columns: Record<string, string> = {},
): Promise<{ ok: true; id: string } | { ok: false; errors: UserErrorData[] }> {
  const tooLarge = new Error('over the limit');
  const empty = new Error('empty');
  const names = Object.keys(columns);
  try {
    return await dataSource.transaction(async (m) => {
      const [row]: { id: string }[] = await m.query(
        `INSERT INTO ${queue.table} (file_name, status, created_by, created_by_api_key${names.map((n) => `, ${n}`).join('')})
         VALUES ($1, 'QUEUED', $2, $3${names.map((_, i) => `, $${i + 4}`).join('')}) RETURNING id::text`,
        [
          fileName.slice(0, 255) || 'upload.csv',
          actor?.kind === 'STAFF' ? actor.id : null,
          actor?.kind === 'API_KEY' ? actor.id : null,
          ...Object.values(columns),
        ],
      );
      let seq = 0;
      let bytes = 0;
      for await (const chunk of rechunk(content)) {
        bytes += chunk.length;
        if (bytes > IMPORT_MAX_BYTES) throw tooLarge;
        await m.query(
          `INSERT INTO ${queue.chunkTable} (import_id, seq, data) VALUES ($1, $2, $3)`,
          [row!.id, seq++, chunk],
        );
      }
      if (bytes === 0) throw empty;
      return { ok: true as const, id: row!.id };
    });
  } catch (error) {
    const reason =
      error === empty ? 'empty' : error === tooLarge ? `over ${IMPORT_MAX_BYTES} bytes` : null;
    if (!reason) throw error;
    return { ok: false, errors: [userError('INVALID_FILE', 'file', { reason })] };
  }
}

/**
 * Claim the oldest queued import (or one whose worker died): FOR UPDATE SKIP LOCKED hands each
 * to exactly one worker. Returns its id, or null when there is nothing to do.
 */
export async function claimImport(
  dataSource: DataSource,
  queue: ImportQueue,
  onlyId: string | null,
): Promise<string | null> {
  // Wrapped in a SELECT: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.
  const [claimed]: { id: string }[] = await dataSource.query(
    `WITH claimed AS (
       UPDATE ${queue.table} SET status = 'RUNNING', started_at = coalesce(started_at, now()),
              heartbeat_at = now()
        WHERE id = (SELECT id FROM ${queue.table}
                     WHERE (status = 'QUEUED'
                        OR (status = 'RUNNING' AND heartbeat_at < now() - interval '${ABANDONED_AFTER}'))
                       AND ($1::uuid IS NULL OR id = $1::uuid)
                     ORDER BY created_at FOR UPDATE SKIP LOCKED LIMIT 1)
        RETURNING id::text)
     SELECT id FROM claimed`,
    [onlyId],
  );
  return claimed?.id ?? null;
}

/** End an import: its file is not kept. `set` assigns the ending columns ($2… are `params`). */
export async function finishImport(
  db: Queryable,
  queue: ImportQueue,
  importId: string,
  set: string,
  params: unknown[] = [],
) {
  await db.query(
    `UPDATE ${queue.table} SET ${set}, finished_at = now()${queue.inlineContent ? ', content = NULL' : ''}
      WHERE id = $1`,
    [importId, ...params],
  );
  await db.query(`DELETE FROM ${queue.chunkTable} WHERE import_id = $1`, [importId]);
}

/**
 * The stored file of an import, one piece (64 KB) at a time, in order: never the whole file in
 * memory. A survey import queued before chunked storage keeps its file in `content`.
 */
export async function* importChunks(
  db: Queryable,
  queue: ImportQueue,
  importId: string,
): AsyncGenerator<Buffer> {
  if (queue.inlineContent) {
    const [inline]: { content: Buffer | null }[] = await db.query(
      `SELECT content FROM ${queue.table} WHERE id = $1 AND content IS NOT NULL`,
      [importId],
    );
    if (inline?.content) {
      yield inline.content;
      return;
    }
  }
  for (let seq = 0; ; seq++) {
    const [chunk]: { data: Buffer }[] = await db.query(
      `SELECT data FROM ${queue.chunkTable} WHERE import_id = $1 AND seq = $2`,
      [importId, seq],
    );
    if (!chunk) return;
    yield chunk.data;
  }
}

/**
 * One import at a time per process and queue (each holds a piece of its file and a batch in
 * memory); the other replicas take the rest of the queue. The runner claims an import and hands
 * its id to `run`; a throw ends the import FAILED ('internal error'). It resolves to the id
 * processed, or null when there was nothing to do (or this process was busy).
 */
export function importRunner(queue: ImportQueue, onError: (error: unknown, id: string) => void) {
  let running = false;
  return async (
    dataSource: DataSource,
    run: (importId: string) => Promise<void>,
    onlyId: string | null = null,
  ): Promise<string | null> => {
    if (running) return null;
    running = true;
    try {
      const id = await claimImport(dataSource, queue, onlyId);
      if (!id) return null;
      try {
        await run(id);
      } catch (error) {
        onError(error, id);
        await finishImport(dataSource, queue, id, `status = 'FAILED', failure = 'internal error'`);
      }
      return id;
    } finally {
      running = false;
    }
  };
}
