import type { DataSource } from 'typeorm';
import { Conditions, keysetPage } from '../../db/keyset-page';
import { NEAR_MISS_COLUMNS, type NearMissModel } from './near-miss.model';

export interface NearMissListFilter {
  kind?: string | null;
  status?: string | null;
  causeCategory?: string | null;
  customerId?: string | null;
  requestId?: string | null;
  from?: string | null;
  to?: string | null;
}

/** `from`/`to` are Tokyo calendar dates, inclusive. */
function nearMissConditions(filter: NearMissListFilter): Conditions {
  const c = new Conditions();
  if (filter.kind) c.add((p) => `n.kind = ${p}`, filter.kind);
  if (filter.status) c.add((p) => `n.status = ${p}`, filter.status);
  if (filter.causeCategory) c.add((p) => `n.cause_category = ${p}`, filter.causeCategory);
  if (filter.customerId) c.add((p) => `n.customer_id = ${p}`, filter.customerId);
  if (filter.requestId) c.add((p) => `n.request_id = ${p}`, filter.requestId);
  addJstDateRange(c, 'n.occurred_at', filter);
  return c;
}

/** occurred between two Tokyo calendar dates, inclusive. */
function addJstDateRange(
  c: Conditions,
  column: string,
  range: { from?: string | null; to?: string | null },
) {
  if (range.from)
    c.add((p) => `${column} >= (${p}::date)::timestamp AT TIME ZONE 'Asia/Tokyo'`, range.from);
  if (range.to)
    c.add((p) => `${column} < ((${p}::date + 1)::timestamp AT TIME ZONE 'Asia/Tokyo')`, range.to);
}

/** Newest first, keyset-paginated. */
export function listNearMisses(
  dataSource: DataSource,
  args: { first: number; after?: string | null; filter: NearMissListFilter },
) {
  const c = nearMissConditions(args.filter);
  return keysetPage<NearMissModel>(dataSource, {
    select: NEAR_MISS_COLUMNS,
    from: 'near_miss n',
    where: c.where,
    params: c.params,
    sortColumn: 'n.occurred_at',
    sortType: 'timestamptz',
    sortKeySql: 'n.occurred_at::text',
    idColumn: 'n.id',
    direction: 'DESC',
    first: args.first,
    after: args.after,
  });
}

export interface CountRow {
  key: string;
  nearMisses: number;
  incidents: number;
}

/** Counts by ISO week (Monday, JST), by request kind and by field; and how many checks were decided. */
export async function nearMissReport(
  dataSource: DataSource,
  filter: { from?: string | null; to?: string | null },
) {
  const c = nearMissConditions(filter);
  const params = c.params;
  const whereSql = c.where.length ? `WHERE ${c.where.join(' AND ')}` : '';
  const counts = `count(*) FILTER (WHERE n.kind = 'NEAR_MISS')::int AS "nearMisses", count(*) FILTER (WHERE n.kind = 'INCIDENT')::int AS incidents`;
  const [byWeek, byRequestKind, byField]: [CountRow[], CountRow[], CountRow[]] = await Promise.all([
    dataSource.query(
      `SELECT to_char(date_trunc('week', n.occurred_at AT TIME ZONE 'Asia/Tokyo'), 'YYYY-MM-DD') AS key, ${counts}
         FROM near_miss n ${whereSql} GROUP BY 1 ORDER BY 1`,
      params,
    ),
    dataSource.query(
      `SELECT COALESCE(n.request_kind, 'NONE') AS key, ${counts} FROM near_miss n ${whereSql} GROUP BY 1 ORDER BY 1`,
      params,
    ),
    dataSource.query(
      `SELECT f AS key, ${counts} FROM near_miss n CROSS JOIN LATERAL unnest(n.fields) AS f ${whereSql} GROUP BY 1 ORDER BY 1`,
      params,
    ),
  ]);
  const events = new Conditions();
  addJstDateRange(events, 'e.occurred_at', filter);
  const [checks]: { applied: number; returned: number; rejected: number }[] =
    await dataSource.query(
      `SELECT count(*) FILTER (WHERE action = 'APPLIED')::int AS applied,
            count(*) FILTER (WHERE action IN ('RETURNED', 'CONFIRMATION_MISMATCH'))::int AS returned,
            count(*) FILTER (WHERE action = 'REJECTED')::int AS rejected
       FROM provisioning_request_event e ${events.where.length ? `WHERE ${events.where.join(' AND ')}` : ''}`,
      events.params,
    );
  const decided = checks ?? { applied: 0, returned: 0, rejected: 0 };
  return {
    byWeek,
    byRequestKind,
    byField,
    requestsApplied: decided.applied,
    requestsReturned: decided.returned,
    requestsRejected: decided.rejected,
    requestsChecked: decided.applied + decided.returned + decided.rejected,
  };
}
