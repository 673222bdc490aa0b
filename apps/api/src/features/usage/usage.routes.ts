import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { systemClock, type Clock } from '@kizuna/domain';
import { toUserErrors } from '../../graphql/user-error.type';
import { localeFromHeader } from '../../http/locale';
import { logger } from '../../observability/logger';
import { IMPORT_CHUNK_BYTES, IMPORT_MAX_BYTES } from '../imports/import-queue';
import {
  caller,
  routeErrors,
  spoolUpload,
  tooLarge,
  uploadFileName,
} from '../imports/import-upload';
import type { UsageFileFormat } from './usage-file.reader';
import { processNextUsageImport, queueUsageImport } from './usage-import.service';
import { loadUsageImport } from './usage.mapper';

/** The file's format from its Content-Type, or null for one this endpoint does not read. */
function formatOf(contentType: string | undefined): UsageFileFormat | null {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/csv') return 'CSV';
  if (type === 'application/x-ndjson' || type === 'application/ndjson') return 'NDJSON';
  return null;
}

/**
 * POST /imports/usage — a usage file as the body: CSV (`text/csv`; UTF-8, UTF-8 with BOM or
 * Shift_JIS) or NDJSON (`application/x-ndjson`, UTF-8), `X-File-Name` naming it; scope
 * usage:write. Answers 202 with the import to poll (`usageImport`), like the survey import.
 */
export function usageRoutes(dataSource: DataSource, clock: Clock = systemClock): Router {
  const router = Router();

  router.post('/imports/usage', async (req, res, next) => {
    // Until the body has been read, a refusal closes the connection (ADR 0012).
    res.setHeader('connection', 'close');
    let file: string | null = null;
    try {
      const actor = await caller(dataSource, req, res, 'usage:write');
      if (!actor) return;
      const format = formatOf(req.header('content-type'));
      if (!format) {
        res.status(415).json({
          error: {
            code: 'BAD_USER_INPUT',
            message: 'Send text/csv or application/x-ndjson.',
          },
        });
        return;
      }
      const fileName = uploadFileName(req.header('x-file-name'));
      if (Number(req.header('content-length') ?? 0) > IMPORT_MAX_BYTES) throw tooLarge();
      const locale = localeFromHeader(req.header('accept-language'));
      file = await spoolUpload(req);
      res.removeHeader('connection');
      const queued = await queueUsageImport(
        dataSource,
        actor,
        fileName,
        format,
        createReadStream(file, { highWaterMark: IMPORT_CHUNK_BYTES }),
      );
      if (!queued.ok) {
        res.status(422).json({ import: null, userErrors: toUserErrors(queued.errors, locale) });
        return;
      }
      // Start at once on this replica unless it is busy; else a worker (any replica) takes it.
      void processNextUsageImport(dataSource, () => clock.now()).catch((error: unknown) =>
        logger.error({ err: error }, 'usage import worker failed'),
      );
      res.status(202).json({
        import: await loadUsageImport({ dataSource, locale }, queued.id),
        userErrors: [],
      });
    } catch (error) {
      next(error);
    } finally {
      if (file) await rm(dirname(file), { recursive: true, force: true });
    }
  });

  // Faults answer as JSON with the request id, never with a stack trace.
  router.use('/imports/usage', routeErrors('usage import route failed'));

  return router;
}
