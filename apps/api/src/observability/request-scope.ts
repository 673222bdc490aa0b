import { randomUUID } from 'node:crypto';
import type { Response } from 'express';

/** Per-request facts visible to code deep below the resolvers (SQL counter, request id). */
export interface RequestScope {
  requestId: string;
  sqlStatements: number;
}

/** A new scope: the caller's `x-request-id` when it is sane, else a fresh UUID. */
export function newRequestScope(incomingRequestId: string | undefined): RequestScope {
  const requestId =
    incomingRequestId && /^[\w-]{1,64}$/.test(incomingRequestId) ? incomingRequestId : randomUUID();
  return { requestId, sqlStatements: 0 };
}

/** The scope the HTTP middleware attached to this response. */
export function scopeOf(res: Response): RequestScope | undefined {
  return (res.locals as { requestScope?: RequestScope }).requestScope;
}

// Errors remember the request they happened in, so that the one place that logs them (Apollo's
// formatError, which gets no context) can name it.
const errorRequestIds = new WeakMap<object, string>();

/** Remember that `error` (and the error it wraps) happened in request `requestId`. */
export function tagErrorWithRequestId(error: unknown, requestId: string): void {
  if (typeof error !== 'object' || error === null) return;
  errorRequestIds.set(error, requestId);
  const original = (error as { originalError?: unknown }).originalError;
  if (typeof original === 'object' && original !== null) errorRequestIds.set(original, requestId);
}

/** The request id an error was tagged with, if any. */
export function requestIdOfError(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const original = (error as { originalError?: unknown }).originalError;
  return (
    errorRequestIds.get(error) ??
    (typeof original === 'object' && original !== null ? errorRequestIds.get(original) : undefined)
  );
}
