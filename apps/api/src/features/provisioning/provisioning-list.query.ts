import type { DataSource } from 'typeorm';
import { Conditions, keysetPage } from '../../db/keyset-page';
import { REQUEST_COLUMNS, type ProvisioningRequestModel } from './provisioning.model';

export interface ProvisioningListFilter {
  status?: string | null;
  statuses?: readonly string[] | null;
  withdrawalRequested?: boolean | null;
  kind?: string | null;
  customerId?: string | null;
  makerId?: string | null;
  /** Requests a checker may take: pending, not made by this staff member. */
  awaitingCheckBy?: string | null;
}

/** Newest first (or oldest first: the check queue), keyset-paginated on (created_at, id). */
export function listProvisioningRequests(
  dataSource: DataSource,
  args: {
    first: number;
    after?: string | null;
    ascending?: boolean;
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
  return keysetPage<ProvisioningRequestModel>(dataSource, {
    select: REQUEST_COLUMNS,
    from: 'provisioning_request r',
    where: c.where,
    params: c.params,
    sortColumn: 'r.created_at',
    sortType: 'timestamptz',
    sortKeySql: 'r.created_at::text',
    idColumn: 'r.id',
    direction: args.ascending ? 'ASC' : 'DESC',
    first: args.first,
    after: args.after,
  });
}
