import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupBy } from '../../shared/group-by';
import {
  CUSTOMER_COLUMNS,
  type ContactModel,
  type CustomerModel,
  type StageChangeModel,
} from './customer.model';

export function createCustomerLoaders(dataSource: DataSource) {
  return {
    byId: new DataLoader<string, CustomerModel | null>(async (ids) => {
      const rows: CustomerModel[] = await dataSource.query(
        `SELECT ${CUSTOMER_COLUMNS} FROM customer c WHERE c.id = ANY($1::uuid[])`,
        [ids],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    contactsByCustomerId: new DataLoader<string, ContactModel[]>(async (customerIds) => {
      const rows: ContactModel[] = await dataSource.query(
        `SELECT id, customer_id AS "customerId", family_name AS "familyName", given_name AS "givenName",
                family_name_kana AS "familyNameKana", given_name_kana AS "givenNameKana", email, phone,
                role, is_primary AS "isPrimary"
           FROM customer_contact WHERE customer_id = ANY($1::uuid[])
          ORDER BY is_primary DESC, created_at, id`,
        [customerIds],
      );
      const groups = groupBy(rows, (r) => r.customerId);
      return customerIds.map((id) => groups.get(id) ?? []);
    }),
    stageChangesByCustomerId: new DataLoader<string, StageChangeModel[]>(async (customerIds) => {
      const rows: StageChangeModel[] = await dataSource.query(
        `SELECT id::text, customer_id AS "customerId", from_stage AS "fromStage", to_stage AS "toStage",
                changed_at AS "changedAt", note
           FROM customer_stage_change WHERE customer_id = ANY($1::uuid[])
          ORDER BY changed_at, customer_stage_change.id`,
        [customerIds],
      );
      const groups = groupBy(rows, (r) => r.customerId);
      return customerIds.map((id) => groups.get(id) ?? []);
    }),
  };
}
