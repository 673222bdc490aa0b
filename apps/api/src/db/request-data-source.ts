import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { RequestScope } from '../observability/request-scope';

const SCOPE = 'kizunaRequestScope';

/**
 * The application's DataSource as seen by one request: the same pool, metadata and driver, but
 * every query runner it creates (for `query`, repositories, query builders and transactions)
 * carries the request's scope, so that SqlLogger counts each statement against its request —
 * without AsyncLocalStorage, whose promise hook taxes every promise of the process.
 */
export function requestDataSource(dataSource: DataSource, scope: RequestScope): DataSource {
  const scoped = Object.create(dataSource) as DataSource;
  const createQueryRunner = dataSource.createQueryRunner;
  Object.defineProperties(scoped, {
    createQueryRunner: {
      value(this: DataSource, ...args: Parameters<DataSource['createQueryRunner']>) {
        const queryRunner = createQueryRunner.apply(this, args);
        queryRunner.data[SCOPE] = scope;
        return queryRunner;
      },
    },
  });
  // DataSource.query / transaction / getRepository go through `manager`, whose connection must
  // be the scoped DataSource for its query runners to carry the scope.
  const manager: EntityManager = scoped.createEntityManager();
  Object.defineProperty(scoped, 'manager', { value: manager });
  return scoped;
}

/** The request scope of a query runner created by a request-scoped DataSource. */
export function requestScopeOf(queryRunner: QueryRunner | undefined): RequestScope | undefined {
  return (queryRunner?.data as Record<string, RequestScope | undefined> | undefined)?.[SCOPE];
}
