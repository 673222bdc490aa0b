import type { DataSource } from 'typeorm';
import { Conditions, keysetPage } from '../../db/keyset-page';
import { REQUEST_COLUMNS, type ProvisioningRequestModel } from './provisioning.model';

export interface ProvisioningListFilter {
  status?: string | null;
  statuses?: readonly string[] | null;
  withdrawalRequested?: boolean | null;
  kind?: string | null;
  kinds?: readonly string[] | null;
  customerId?: string | null;
  makerId?: string | null;
  /** Requests a checker may take: pending, not made by this staff member. */
  awaitingCheckBy?: string | null;
  /** Changed after this instant (incremental sync). */
  updatedSince?: Date | null;
}

/** The sort column of each order; both indexed with the id. */
const SORT_COLUMNS = { CREATED_AT: 'r.created_at', UPDATED_AT: 'r.updated_at' } as const;

/**
 * Newest first (or oldest first: the check queue), keyset-paginated on (created_at, id); or by
 * (updated_at, id) for incremental sync.
 */
export function listProvisioningRequests(
  dataSource: DataSource,
  args: {
    first: number;
    after?: string | null;
    ascending?: boolean;
    orderBy?: keyof typeof SORT_COLUMNS;
    filter: ProvisioningListFilter;
  },
) {
  const f = args.filter;
  const c = new Conditions();
  if (f.status) c.add((p) => `r.status = ${p}`, f.status);
  if (f.statuses?.length) c.add((p) => `r.status = ANY(${p}::text[])`, f.statuses);
  if (f.withdrawalRequested !== null && f.withdrawalRequested !== undefined)
    c.raw(
      f.withdrawalRequested
        ? `r.status = 'SCHEDULED' AND r.withdrawal_requested_by IS NOT NULL`
        : `r.withdrawal_requested_by IS NULL`,
    );
  if (f.kind) c.add((p) => `r.kind = ${p}`, f.kind);
  if (f.kinds?.length) c.add((p) => `r.kind = ANY(${p}::text[])`, f.kinds);
  if (f.updatedSince) c.add((p) => `r.updated_at > ${p}`, f.updatedSince);
  if (f.customerId) c.add((p) => `r.customer_id = ${p}`, f.customerId);
  if (f.makerId) c.add((p) => `r.maker_id = ${p}`, f.makerId);
  if (f.awaitingCheckBy)
    c.add(
      (p) => `r.status = 'PENDING_CHECK' AND r.maker_id <> ${p}
        AND NOT EXISTS (SELECT 1 FROM provisioning_request_event e
                         WHERE e.request_id = r.id AND e.actor_id = ${p}
                           AND e.action IN ('RETURNED','REJECTED','CONFIRMATION_MISMATCH'))`,
      f.awaitingCheckBy,
    );
  const sortColumn = SORT_COLUMNS[args.orderBy ?? 'CREATED_AT'];
  return keysetPage<ProvisioningRequestModel>(dataSource, {
    select: REQUEST_COLUMNS,
    from: 'provisioning_request r',
    where: c.where,
    params: c.params,
    sortColumn,
    sortType: 'timestamptz',
    sortKeySql: `${sortColumn}::text`,
    idColumn: 'r.id',
    direction: args.ascending ? 'ASC' : 'DESC',
    first: args.first,
    after: args.after,
  });
}
