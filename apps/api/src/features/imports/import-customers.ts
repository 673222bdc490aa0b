import { userError, validateCorporateNumber, type UserErrorData } from '@kizuna/domain';
import type { Queryable } from '../../db/queryable';
import { fromGlobalId } from '../../graphql/relay';

// How an imported row names its customer (surveys, usage): by corporate number or by id.

/** The customer columns of a row, as text. */
export interface CustomerReference {
  corporateNumber: string | null;
  customerId: string | null;
}

/** The customers (not erased) a batch names. */
export interface CustomerLookup {
  customersByNumber: Map<string, string>;
  customersById: Set<string>;
}

/** Every customer a batch names, in one statement. */
export async function lookUpCustomers(
  db: Queryable,
  rows: readonly CustomerReference[],
): Promise<CustomerLookup> {
  const numbers = new Set<string>();
  const ids = new Set<string>();
  for (const row of rows) {
    if (row.corporateNumber) {
      const n = normaliseCorporateNumber(row.corporateNumber);
      if (n) numbers.add(n);
    }
    const id = row.customerId ? customerUuid(row.customerId) : null;
    if (id) ids.add(id);
  }
  const customers: { id: string; corporate_number: string | null }[] = await db.query(
    `SELECT id::text, corporate_number FROM customer
      WHERE stage <> 'ERASED' AND (corporate_number = ANY($1::text[]) OR id = ANY($2::uuid[]))`,
    [[...numbers], [...ids]],
  );
  return {
    customersByNumber: new Map(
      customers.filter((c) => c.corporate_number).map((c) => [c.corporate_number!, c.id]),
    ),
    customersById: new Set(customers.map((c) => c.id)),
  };
}

/** The 13-digit corporate number with a valid check digit, or null. */
export function normaliseCorporateNumber(raw: string): string | null {
  const r = validateCorporateNumber(raw);
  return r.ok ? r.value : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A customer column holds the API's global id or the bare uuid. */
export function customerUuid(value: string): string | null {
  if (UUID.test(value)) return value.toLowerCase();
  const global = fromGlobalId(value);
  return global?.type === 'Customer' && UUID.test(global.id) ? global.id : null;
}

/**
 * The customer a row names (customer_id first, else corporate_number), or why not: NOT_FOUND,
 * INVALID_CORPORATE_NUMBER or REQUIRED, naming the file's column.
 */
export function matchCustomer(
  row: CustomerReference,
  lookup: CustomerLookup,
): { ok: true; customerId: string } | { ok: false; error: UserErrorData } {
  if (row.customerId) {
    const id = customerUuid(row.customerId);
    return id && lookup.customersById.has(id)
      ? { ok: true, customerId: id }
      : { ok: false, error: userError('NOT_FOUND', 'customer_id') };
  }
  if (row.corporateNumber) {
    const n = normaliseCorporateNumber(row.corporateNumber);
    if (!n) return { ok: false, error: userError('INVALID_CORPORATE_NUMBER', 'corporate_number') };
    const id = lookup.customersByNumber.get(n);
    return id
      ? { ok: true, customerId: id }
      : { ok: false, error: userError('NOT_FOUND', 'corporate_number') };
  }
  return { ok: false, error: userError('REQUIRED', 'corporate_number') };
}
