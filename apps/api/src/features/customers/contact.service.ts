import type { DataSource, EntityManager } from 'typeorm';
import {
  canRemoveContact,
  changeContact,
  err,
  ok,
  userError,
  validateContact,
  type Clock,
  type ContactChange,
  type ContactDraft,
  type ContactField,
  type LifecycleStage,
  type Result,
  type UserErrorData,
  type ValidContact,
} from '@kizuna/domain';
import type { Actor } from '../../graphql/context';
import { toGlobalId } from '../../graphql/relay';
import { recordAudit } from '../audit/audit.service';
import { enqueueOutbox } from '../outbox/outbox.service';

/** What a contact change did, as the audit trail and `customer.contact_changed` say it. */
type ContactChangeKind = 'ADDED' | 'UPDATED' | 'REMOVED' | 'PRIMARY_CHANGED';

export type ContactOutcome = Result<{ customerId: string; contactId: string }, UserErrorData[]>;

interface Who {
  actor: Actor;
  requestId: string;
  clock: Clock;
}

type ContactRow = ValidContact & { id: string; customerId: string; isPrimary: boolean };

/** The stored columns of a contact's fields, in the order of {@link contactValues}. */
export const CONTACT_FIELD_COLUMNS = `family_name, given_name, family_name_kana, given_name_kana, email, phone, role`;

/** A validated contact's values for {@link CONTACT_FIELD_COLUMNS}, in their order. */
export function contactValues(c: ValidContact): (string | null)[] {
  return [c.familyName, c.givenName, c.familyNameKana, c.givenNameKana, c.email, c.phone, c.role];
}

const CONTACT_COLUMNS = `id, customer_id AS "customerId", family_name AS "familyName", given_name AS "givenName",
  family_name_kana AS "familyNameKana", given_name_kana AS "givenNameKana", email, phone, role, is_primary AS "isPrimary"`;

/**
 * Lock the customer (every contact writer does, first, so that they queue up per customer and
 * the one-primary rule is checked on a settled set); an erased customer takes no new contacts.
 */
async function lockCustomer(
  m: EntityManager,
  customerId: string,
): Promise<Result<void, UserErrorData[]>> {
  const [customer]: { stage: LifecycleStage }[] = await m.query(
    `SELECT stage FROM customer WHERE id = $1 FOR UPDATE`,
    [customerId],
  );
  if (!customer) return err([userError('NOT_FOUND', 'customerId')]);
  if (customer.stage === 'ERASED') return err([userError('CUSTOMER_ERASED', 'customerId')]);
  return ok(undefined);
}

/** A contact and its locked customer, or why not. */
async function lockContact(
  m: EntityManager,
  contactId: string | null,
): Promise<Result<ContactRow, UserErrorData[]>> {
  const notFound = err([userError('NOT_FOUND', 'contactId')]);
  if (!contactId) return notFound;
  const [owner]: { customerId: string }[] = await m.query(
    `SELECT customer_id AS "customerId" FROM customer_contact WHERE id = $1`,
    [contactId],
  );
  if (!owner) return notFound;
  const locked = await lockCustomer(m, owner.customerId);
  if (!locked.ok) return locked;
  // Read again under the customer's lock: it may have been removed while we waited.
  const [contact]: ContactRow[] = await m.query(
    `SELECT ${CONTACT_COLUMNS} FROM customer_contact WHERE id = $1 AND customer_id = $2`,
    [contactId, owner.customerId],
  );
  return contact ? ok(contact) : notFound;
}

/** `customer.contact_changed` and the audit event: what changed, never a value. */
async function recordContactChange(
  m: EntityManager,
  who: Who,
  contact: { id: string; customerId: string },
  change: ContactChangeKind,
  details: { changedFields?: ContactField[]; previousPrimaryContactId?: string | null } = {},
): Promise<void> {
  const changedFields = details.changedFields ?? [];
  const previous = details.previousPrimaryContactId ?? null;
  await enqueueOutbox(m, {
    type: 'customer.contact_changed',
    aggregateType: 'Customer',
    aggregateId: contact.customerId,
    occurredAt: who.clock.now(),
    payload: {
      customerId: toGlobalId('Customer', contact.customerId),
      contactId: toGlobalId('Contact', contact.id),
      change,
      changedFields,
      ...(change === 'PRIMARY_CHANGED'
        ? { previousPrimaryContactId: previous && toGlobalId('Contact', previous) }
        : {}),
    },
  });
  await recordAudit(m, {
    actor: who.actor,
    requestId: who.requestId,
    action: 'customer.contactChanged',
    entityType: 'Customer',
    entityId: contact.customerId,
    before: change === 'PRIMARY_CHANGED' ? { primaryContactId: previous } : null,
    after: { contactId: contact.id, change, changedFields },
  });
}

/** Add a contact person to a customer (not primary), validated by the Japanese rules. */
export async function addContact(
  dataSource: DataSource,
  who: Who,
  customerId: string | null,
  draft: ContactDraft,
): Promise<ContactOutcome> {
  const valid = validateContact(draft);
  if (!valid.ok) return valid;
  if (!customerId) return err([userError('NOT_FOUND', 'customerId')]);
  return dataSource.transaction(async (m) => {
    const locked = await lockCustomer(m, customerId);
    if (!locked.ok) return locked;
    const [row]: { id: string }[] = await m.query(
      `INSERT INTO customer_contact (customer_id, ${CONTACT_FIELD_COLUMNS}, is_primary, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, false, $9) RETURNING id`,
      [customerId, ...contactValues(valid.value), who.clock.now()],
    );
    const contact = { id: row!.id, customerId };
    await recordContactChange(m, who, contact, 'ADDED');
    return ok({ customerId, contactId: contact.id });
  });
}

/** Correct a contact's fields; a correction that changes nothing writes nothing. */
export function updateContact(
  dataSource: DataSource,
  who: Who,
  contactId: string | null,
  change: ContactChange,
): Promise<ContactOutcome> {
  return dataSource.transaction(async (m) => {
    const found = await lockContact(m, contactId);
    if (!found.ok) return found;
    const current = found.value;
    const changed = changeContact(current, change);
    if (!changed.ok) return changed;
    const { contact: c, changedFields } = changed.value;
    const result = { customerId: current.customerId, contactId: current.id };
    if (changedFields.length === 0) return ok(result);
    await m.query(
      `UPDATE customer_contact SET (${CONTACT_FIELD_COLUMNS}) = ($2, $3, $4, $5, $6, $7, $8)
        WHERE id = $1`,
      [current.id, ...contactValues(c)],
    );
    await recordContactChange(m, who, current, 'UPDATED', { changedFields });
    return ok(result);
  });
}

/** Remove a contact person; the primary one stays until another is made primary. */
export function removeContact(
  dataSource: DataSource,
  who: Who,
  contactId: string | null,
): Promise<ContactOutcome> {
  return dataSource.transaction(async (m) => {
    const found = await lockContact(m, contactId);
    if (!found.ok) return found;
    const contact = found.value;
    const may = canRemoveContact(contact);
    if (!may.ok) return err([may.error]);
    await m.query(`DELETE FROM customer_contact WHERE id = $1`, [contact.id]);
    await recordContactChange(m, who, contact, 'REMOVED');
    return ok({ customerId: contact.customerId, contactId: contact.id });
  });
}

/** Make a contact the customer's primary one; making the primary contact primary changes nothing. */
export function setPrimaryContact(
  dataSource: DataSource,
  who: Who,
  contactId: string | null,
): Promise<ContactOutcome> {
  return dataSource.transaction(async (m) => {
    const found = await lockContact(m, contactId);
    if (!found.ok) return found;
    const contact = found.value;
    const result = { customerId: contact.customerId, contactId: contact.id };
    if (contact.isPrimary) return ok(result);
    // Two statements: the unique index allows one primary at any moment; the constraint
    // trigger checks at commit that there is one.
    const [previous]: { id: string }[][] = await m.query(
      `UPDATE customer_contact SET is_primary = false WHERE customer_id = $1 AND is_primary RETURNING id`,
      [contact.customerId],
    );
    await m.query(`UPDATE customer_contact SET is_primary = true WHERE id = $1`, [contact.id]);
    await recordContactChange(m, who, contact, 'PRIMARY_CHANGED', {
      previousPrimaryContactId: previous?.[0]?.id ?? null,
    });
    return ok(result);
  });
}
