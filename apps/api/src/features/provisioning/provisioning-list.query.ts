import type { DataSource } from 'typeorm';
import { Conditions, keysetPage } from '../../db/keyset-page';
import { REQUEST_COLUMNS, type ProvisioningRequestModel } from './provisioning.model';

export interface ProvisioningListFilter {
  status?: string | null;
  kind?: string | null;
  customerId?: string | null;
  makerId?: string | null;
  /** Requests a checker may take: pending, not made by this staff member. */
  awaitingCheckBy?: string | null;
}

/** Newest first, keyset-paginated on (created_at, id). */
export function listProvisioningRequests(
  dataSource: DataSource,
  args: { first: number; after?: string | null; filter: ProvisioningListFilter },
) {
  const f = args.filter;
  const c = new Conditions();
  if (f.status) c.add((p) => `r.status = ${p}`, f.status);
  if (f.kind) c.add((p) => `r.kind = ${p}`, f.kind);
  if (f.customerId) c.add((p) => `r.customer_id = ${p}`, f.customerId);
  if (f.makerId) c.add((p) => `r.maker_id = ${p}`, f.makerId);
  if (f.awaitingCheckBy)
    c.add((p) => `r.status = 'PENDING_CHECK' AND r.maker_id <> ${p}`, f.awaitingCheckBy);
  return keysetPage<ProvisioningRequestModel>(dataSource, {
    select: REQUEST_COLUMNS,
    from: 'provisioning_request r',
    where: c.where,
    params: c.params,
    sortColumn: 'r.created_at',
    sortType: 'timestamptz',
    sortKeySql: 'r.created_at::text',
    idColumn: 'r.id',
    direction: 'DESC',
    first: args.first,
    after: args.after,
  });
}
