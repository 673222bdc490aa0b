import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupBy } from '../../shared/group-by';
import {
  REQUEST_COLUMNS,
  type ProvisioningRequestModel,
  type RequestEventModel,
} from './provisioning.model';

export function createProvisioningLoaders(dataSource: DataSource) {
  return {
    byId: new DataLoader<string, ProvisioningRequestModel | null>(async (ids) => {
      const rows: ProvisioningRequestModel[] = await dataSource.query(
        `SELECT ${REQUEST_COLUMNS} FROM provisioning_request r WHERE r.id = ANY($1::uuid[])`,
        [ids],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    scheduledByCustomerId: new DataLoader<string, ProvisioningRequestModel[]>(async (ids) => {
      const rows: ProvisioningRequestModel[] = await dataSource.query(
        `SELECT ${REQUEST_COLUMNS} FROM provisioning_request r
          WHERE r.customer_id = ANY($1::uuid[]) AND r.status = 'SCHEDULED'
          ORDER BY r.effective_date, r.created_at`,
        [ids],
      );
      const groups = groupBy(rows, (r) => r.customerId);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    eventsByRequestId: new DataLoader<string, RequestEventModel[]>(async (ids) => {
      const rows: RequestEventModel[] = await dataSource.query(
        `SELECT id::text, request_id AS "requestId", occurred_at AS "occurredAt", actor_id AS "actorId", action, version, details
           FROM provisioning_request_event WHERE request_id = ANY($1::uuid[]) ORDER BY provisioning_request_event.id`,
        [ids],
      );
      const groups = groupBy(rows, (r) => r.requestId);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    staffById: new DataLoader<string, { id: string; displayName: string } | null>(async (ids) => {
      const rows: { id: string; displayName: string }[] = await dataSource.query(
        `SELECT id, display_name AS "displayName" FROM staff_user WHERE id = ANY($1::uuid[])`,
        [ids],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
