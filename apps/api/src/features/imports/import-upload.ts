import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../graphql/context';
import { AppError, badUserInput } from '../../graphql/errors';
import { logger } from '../../observability/logger';
import { scopeOf } from '../../observability/request-scope';
import { authenticate } from '../auth/auth.service';
import type { Permission } from '../auth/permissions';
import { IMPORT_MAX_BYTES } from './import-queue';

// What the plain-HTTP upload endpoints (surveys, usage) share: the caller, checked before the
// body is read, the file's name, and the body spooled to a temporary file (ADR 0012).

/** The authenticated caller holding `permission`; otherwise answers 401/403 and returns null. */
export async function caller(
  dataSource: DataSource,
  req: Request,
  res: Response,
  permission: Permission,
): Promise<Actor | null> {
  const actor = await authenticate(dataSource, req.header('authorization'));
  if (!actor) {
    res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: 'Sign in first.' } });
    return null;
  }
  if (!actor.permissions.has(permission)) {
    res.status(403).json({ error: { code: 'FORBIDDEN', message: `Needs ${permission}.` } });
    return null;
  }
  return actor;
}

export const tooLarge = () => Object.assign(new Error('upload too large'), { status: 413 });

/**
 * The uploaded file's name (`X-File-Name`, percent-encoded UTF-8). A name that does not decode
 * or holds control characters (NUL…) is refused with 400, not stored.
 */
export function uploadFileName(raw: string | undefined): string {
  if (!raw) return 'upload.csv';
  let name: string;
  try {
    name = decodeURIComponent(raw);
  } catch {
    throw badUserInput('X-File-Name must be percent-encoded UTF-8 (encodeURIComponent).');
  }
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(name))
    throw badUserInput('X-File-Name must not contain control characters.');
  return name.trim() || 'upload.csv';
}

/** The request body in a temporary file, refused with 413 past IMPORT_MAX_BYTES. */
export async function spoolUpload(req: Request): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kizuna-upload-'));
  const path = join(dir, 'upload.csv');
  let bytes = 0;
  try {
    await pipeline(
      req,
      new Transform({
        transform(chunk: Buffer, _encoding, done) {
          bytes += chunk.length;
          done(bytes > IMPORT_MAX_BYTES ? tooLarge() : null, chunk);
        },
      }),
      createWriteStream(path),
    );
    return path;
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * The error handler of plain-HTTP file routes: refusals as 400/413 JSON, faults as 500 JSON with
 * the request id (logged once as `logMessage`), never a stack trace; a response already started
 * is cut off.
 */
export function routeErrors(logMessage: string) {
  return (error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = (error as { status?: number }).status;
    const requestId = scopeOf(res)?.requestId;
    if (error instanceof AppError && error.extensions.code === 'BAD_USER_INPUT') {
      res.status(400).json({ error: { code: 'BAD_USER_INPUT', message: error.message } });
      return;
    }
    if (status === 413) {
      res.status(413).json({
        error: { code: 'BAD_USER_INPUT', message: `The file is over ${IMPORT_MAX_BYTES} bytes.` },
      });
      return;
    }
    logger.error({ err: error, requestId }, logMessage);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.status(500).json({
      error: { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong.', requestId },
    });
  };
}
