import type { RequestHandler, Response } from 'express';
import { getOperationAST, parse, print, type DocumentNode } from 'graphql';
import type { DataSource } from 'typeorm';
import {
  idempotencyKeyHash,
  openResponse,
  requestHash,
  sealResponse,
  type IdempotencyCaller,
} from '../features/idempotency/idempotency-crypto';
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  extendIdempotencyLease,
  IDEMPOTENCY_LEASE_SECONDS,
  releaseIdempotencyKey,
  type IdempotencySlot,
} from '../features/idempotency/idempotency.store';
import { requestDataSource } from '../db/request-data-source';
import { logger } from '../observability/logger';
import { scopeOf } from '../observability/request-scope';
import { callerOf } from './caller';

/** Stripe's limit: up to 255 characters, printable ASCII. */
const VALID_KEY = /^[\x20-\x7e]{1,255}$/;

/** Error codes of this middleware (`extensions.code`), with their HTTP status. */
const REFUSALS = {
  IDEMPOTENCY_KEY_INVALID: {
    status: 400,
    message: 'Idempotency-Key must be 1 to 255 printable ASCII characters.',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    message:
      'This Idempotency-Key was used within the last 24 hours for a different request (query, variables or operation name). Use a new key for a new request.',
  },
  IDEMPOTENCY_KEY_IN_FLIGHT: {
    status: 409,
    message:
      'A request with this Idempotency-Key is still running. Retry later to receive its response.',
  },
} as const;

/** Only the content type goes with a replayed body; the request id and the like are the replay's own. */
const CONTENT_TYPE = 'content-type';

/**
 * `Idempotency-Key` on GraphQL mutations (Stripe's semantics, ADR 0016): the first request with a
 * key runs and its response is kept for 24 hours; a retry with the same key and the same request
 * gets that response again (`Idempotent-Replayed: true`) without running; the same key with a
 * different request is refused (422), and so is one while the first still runs (409). Keys are per
 * caller, so the caller is authenticated first; anonymous requests (login) ignore the header.
 * Queries ignore it too. A fault (5xx, or an INTERNAL_SERVER_ERROR in the body) is not kept, so a
 * retry runs again.
 */
export function idempotency(dataSource: DataSource): RequestHandler {
  return async (req, res, next) => {
    const key = req.header('idempotency-key');
    if (key === undefined || req.method !== 'POST') return next();
    if (!VALID_KEY.test(key)) return refuse(res, 'IDEMPOTENCY_KEY_INVALID');
    const body = req.body as unknown;
    const mutation = mutationOf(body);
    if (!mutation) return next();
    const scope = scopeOf(res)!;
    const actor = await callerOf(
      res,
      requestDataSource(dataSource, scope),
      req.header('authorization'),
    );
    if (!actor) return next();

    const caller: IdempotencyCaller = { kind: actor.kind, id: actor.id };
    const slot: IdempotencySlot = { caller, keyHash: idempotencyKeyHash(caller, key) };
    const hash = requestHash({
      query: print(mutation),
      variables: (body as { variables?: unknown }).variables,
      operationName: (body as { operationName?: unknown }).operationName,
    });
    const claim = await claimIdempotencyKey(dataSource, slot, hash);
    switch (claim.kind) {
      case 'reused':
        return refuse(res, 'IDEMPOTENCY_KEY_REUSED');
      case 'in-flight':
        res.setHeader('retry-after', '1');
        return refuse(res, 'IDEMPOTENCY_KEY_IN_FLIGHT');
      case 'completed': {
        const stored = openResponse(caller, key, slot.keyHash, claim.response);
        res.locals.signedIn = true;
        res.statusCode = claim.status;
        if (stored.contentType) res.setHeader(CONTENT_TYPE, stored.contentType);
        res.setHeader('idempotent-replayed', 'true');
        res.setHeader('content-length', Buffer.byteLength(stored.body));
        res.end(stored.body);
        return;
      }
      case 'claimed':
        break;
    }

    const { owner } = claim;
    const heartbeat = setInterval(
      () =>
        void extendIdempotencyLease(dataSource, slot, owner).catch((error: unknown) =>
          logger.error(
            { err: error, requestId: scope.requestId },
            'idempotency lease not extended',
          ),
        ),
      (IDEMPOTENCY_LEASE_SECONDS * 1000) / 3,
    );
    heartbeat.unref();
    // Kept (or released) before the client has the response: a retry sent the moment it
    // arrives finds the response, never the claim still in flight.
    beforeEnd(res, async (responseBody) => {
      clearInterval(heartbeat);
      try {
        if (responseBody !== undefined && isReplayable(res.statusCode, responseBody)) {
          const contentType = res.getHeader(CONTENT_TYPE);
          const sealed = sealResponse(caller, key, slot.keyHash, {
            contentType: typeof contentType === 'string' ? contentType : null,
            body: responseBody,
          });
          await completeIdempotencyKey(dataSource, slot, owner, res.statusCode, sealed);
        } else {
          await releaseIdempotencyKey(dataSource, slot, owner);
        }
      } catch (error) {
        // The claim lapses with its lease; a retry after that runs the request again.
        logger.error({ err: error, requestId: scope.requestId }, 'idempotency key not recorded');
      }
    });
    next();
  };
}

/** The document when the body is one GraphQL request whose operation is a mutation. */
function mutationOf(body: unknown): DocumentNode | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const { query, operationName } = body as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return null;
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch {
    return null; // Apollo answers the syntax error; nothing runs
  }
  const operation = getOperationAST(
    document,
    typeof operationName === 'string' ? operationName : undefined,
  );
  return operation?.operation === 'mutation' ? document : null;
}

/**
 * Whether a response is the result of the request, to be replayed: a 2xx whose body reports no
 * fault. Refusals before execution (400: syntax, validation, cost) and faults are not kept.
 */
function isReplayable(status: number, body: string): boolean {
  if (status < 200 || status > 299) return false;
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[] };
    return !(parsed.errors ?? []).some(
      (error) => (error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') === 'INTERNAL_SERVER_ERROR',
    );
  } catch {
    return false;
  }
}

/**
 * Run `hook` with the complete response body before it is sent (undefined when it was streamed
 * in chunks); the response is sent when the hook has finished.
 */
function beforeEnd(res: Response, hook: (body: string | undefined) => Promise<void>): void {
  let streamed = false;
  const write = res.write;
  res.write = function (this: Response, ...args: Parameters<typeof write>) {
    streamed = true;
    return write.apply(this, args);
  } as typeof write;
  const end = res.end;
  res.end = function (this: Response, ...args: unknown[]) {
    const chunk = typeof args[0] === 'function' ? undefined : args[0];
    const body =
      streamed || chunk === undefined || chunk === null
        ? undefined
        : Buffer.isBuffer(chunk) || chunk instanceof Uint8Array
          ? Buffer.from(chunk).toString('utf8')
          : String(chunk);
    void hook(body).finally(() => (end as (...a: unknown[]) => Response).apply(this, args));
    return this;
  } as typeof end;
}

function refuse(res: Response, code: keyof typeof REFUSALS): void {
  const { status, message } = REFUSALS[code];
  res.status(status).json({
    errors: [{ message, extensions: { code, requestId: scopeOf(res)?.requestId } }],
  });
}
