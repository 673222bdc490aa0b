import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { authenticate } from '../features/auth/auth.service';
import type { Actor } from '../graphql/context';

/**
 * The caller of this request, authenticated once however many steps ask for it (the
 * idempotency middleware, then the GraphQL context).
 */
export function callerOf(
  res: Response,
  dataSource: DataSource,
  authorization: string | undefined,
): Promise<Actor | null> {
  const locals = res.locals as { caller?: Promise<Actor | null> };
  locals.caller ??= authenticate(dataSource, authorization);
  return locals.caller;
}
