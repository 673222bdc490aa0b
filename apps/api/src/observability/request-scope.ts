import { AsyncLocalStorage } from 'node:async_hooks';

/** Per-request facts visible to code deep below the resolvers (SQL counter, request id). */
export interface RequestScope {
  requestId: string;
  sqlStatements: number;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

/** Count one SQL statement against the current request, if any. */
export function countSqlStatement(): void {
  const scope = requestScope.getStore();
  if (scope) scope.sqlStatements += 1;
}
