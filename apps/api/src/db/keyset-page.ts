import type { Queryable } from './queryable';
import { createHash } from 'node:crypto';
import { decodeKeysetCursor, encodeCursor, toPage } from '../graphql/relay';

export interface KeysetQuery {
  /** Columns to select (the row shape). */
  select: string;
  /** `FROM …` including joins, e.g. `customer c`. */
  from: string;
  /** Filter conditions (AND-ed) and their parameters, numbered $1… in order. */
  where: string[];
  params: unknown[];
  /** The sort column (ties broken by `idColumn`), its SQL type, and an exact text form for cursors. */
  sortColumn: string;
  sortType: 'timestamptz' | 'text' | 'bigint';
  sortKeySql: string;
  idColumn: string;
  /** SQL type of the id column; uuid unless stated. */
  idType?: 'uuid' | 'bigint';
  direction: 'ASC' | 'DESC';
  first: number;
  after?: string | null;
}

/**
 * One page by keyset — `(sort, id) < cursor` with LIMIT first+1, never OFFSET — and a lazy count
 * of every row matching the filter.
 */
export async function keysetPage<R extends { id: string }>(db: Queryable, q: KeysetQuery) {
  const params = [...q.params];
  const where = [...q.where];
  // The cursor names its order, so that one from another order (or list) is refused as bad
  // input instead of failing in SQL (a name is not a timestamp).
  const order = orderTag(q);
  if (q.after) {
    const { key, id } = decodeKeysetCursor(q.after, {
      tag: order,
      sortType: q.sortType,
      idType: q.idType ?? 'uuid',
    });
    params.push(key, id);
    const cmp = q.direction === 'ASC' ? '>' : '<';
    where.push(
      `(${q.sortColumn}, ${q.idColumn}) ${cmp} ($${params.length - 1}::${q.sortType}, $${params.length}::${q.idType ?? 'uuid'})`,
    );
  }
  params.push(q.first + 1);
  const whereSql = (conditions: string[]) =>
    conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const rows: (R & { sortKey: string })[] = await db.query(
    `SELECT ${q.select}, ${q.sortKeySql} AS "sortKey" FROM ${q.from} ${whereSql(where)}
      ORDER BY ${q.sortColumn} ${q.direction}, ${q.idColumn} ${q.direction} LIMIT $${params.length}`,
    params,
  );
  return {
    ...toPage(rows, q.first),
    cursorOf: (row: R & { sortKey: string }) => encodeCursor([order, row.sortKey, row.id]),
    count: async () => {
      const [r]: { n: number }[] = await db.query(
        `SELECT count(*)::int AS n FROM ${q.from} ${whereSql(q.where)}`,
        q.params,
      );
      return r?.n ?? 0;
    },
  };
}

/** Collects `AND` conditions with numbered parameters. */
export class Conditions {
  readonly where: string[] = [];
  readonly params: unknown[] = [];

  /** Add a condition; `sql` receives the placeholder ($n) of `value`. */
  add(sql: (placeholder: string) => string, value: unknown): this {
    this.params.push(value);
    this.where.push(sql(`$${this.params.length}`));
    return this;
  }

  /** Add a condition without a parameter. */
  raw(sql: string): this {
    this.where.push(sql);
    return this;
  }
}

/** A short, stable name of a keyset order: its table, sort expression and types. */
function orderTag(q: KeysetQuery): string {
  return createHash('sha256')
    .update(`${q.from}|${q.sortColumn}|${q.sortType}|${q.idColumn}`)
    .digest('base64url')
    .slice(0, 8);
}
