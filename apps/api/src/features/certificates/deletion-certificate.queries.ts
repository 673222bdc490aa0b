import DataLoader from 'dataloader';
import type { DeletionCertificateContent } from '@kizuna/domain';
import type { Queryable } from '../../db/queryable';

export interface DeletionCertificateRow {
  number: string;
  customerId: string;
  content: DeletionCertificateContent;
  digest: string;
}

const COLUMNS = `number, customer_id AS "customerId", content, digest`;

/** A certificate by its number, or null. */
export async function findDeletionCertificate(
  db: Queryable,
  number: string,
): Promise<DeletionCertificateRow | null> {
  const rows: DeletionCertificateRow[] = await db.query(
    `SELECT ${COLUMNS} FROM deletion_certificate WHERE number = $1`,
    [number],
  );
  return rows[0] ?? null;
}

/** Certificates by customer id, batched per request (a customer has at most one). */
export function createDeletionCertificateLoader(db: Queryable) {
  return new DataLoader<string, DeletionCertificateRow | null>(async (customerIds) => {
    const rows: DeletionCertificateRow[] = await db.query(
      `SELECT ${COLUMNS} FROM deletion_certificate WHERE customer_id = ANY($1::uuid[])`,
      [customerIds],
    );
    const byCustomer = new Map(rows.map((r) => [r.customerId, r]));
    return customerIds.map((id) => byCustomer.get(id) ?? null);
  });
}
