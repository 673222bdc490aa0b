import type { EntityManager } from 'typeorm';

/** Anything that runs SQL: the DataSource (own connection) or a transaction's EntityManager. */
export type Queryable = Pick<EntityManager, 'query'>;
