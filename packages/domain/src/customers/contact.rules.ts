import { userError, type UserErrorData } from '../errors/user-error.js';
import { validateEmail } from '../jp/email.rules.js';
import { normalizeKana } from '../jp/kana.rules.js';
import { normalizePhoneJp } from '../jp/phone.rules.js';
import { err, ok, type Result } from '../shared/result.js';
import { fieldRules, isBlank } from './field-rules.js';

export const PERSON_NAME_MAX = 100;

/**
 * What a contact person does for the customer, as a B2B account team asks "who decides, who
 * runs it, who pays": the people to reach differ for a renewal, an outage and an invoice.
 */
export const CONTACT_ROLES = [
  'DECISION_MAKER',
  'ADMINISTRATOR',
  'BILLING',
  'BUSINESS_OWNER',
  'OTHER',
] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export const CONTACT_ROLE_LABELS: Record<ContactRole, { ja: string; en: string }> = {
  DECISION_MAKER: { ja: '決裁者', en: 'Decision maker' },
  ADMINISTRATOR: { ja: 'システム管理者', en: 'Administrator' },
  BILLING: { ja: '経理・請求担当', en: 'Billing' },
  BUSINESS_OWNER: { ja: '利用部門の責任者', en: 'Business owner' },
  OTHER: { ja: 'その他', en: 'Other' },
};

/**
 * Contacts grouped by role in the order of CONTACT_ROLES, those without a role last; a group
 * lists its primary contact first. Empty groups are left out.
 */
export function groupContactsByRole<T extends { role: ContactRole | null; isPrimary: boolean }>(
  contacts: readonly T[],
): { role: ContactRole | null; contacts: T[] }[] {
  const order: (ContactRole | null)[] = [...CONTACT_ROLES, null];
  return order
    .map((role) => ({
      role,
      contacts: contacts
        .filter((c) => (c.role ?? null) === role)
        .sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary)),
    }))
    .filter((group) => group.contacts.length > 0);
}

/**
 * A contact person as typed: names, furigana (katakana or hiragana), email, Japanese phone,
 * and the role (null: not known yet).
 */
export interface ContactDraft {
  familyName: string;
  givenName?: string | null;
  familyNameKana?: string | null;
  givenNameKana?: string | null;
  email: string;
  phone?: string | null;
  role?: ContactRole | null;
}

export interface ValidContact {
  familyName: string;
  givenName: string | null;
  familyNameKana: string | null;
  givenNameKana: string | null;
  email: string;
  phone: string | null;
  role: ContactRole | null;
}

export const CONTACT_FIELDS = [
  'familyName',
  'givenName',
  'familyNameKana',
  'givenNameKana',
  'email',
  'phone',
  'role',
] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

/**
 * Validate and normalise a contact person; every problem is reported, each naming its field
 * as `prefix` + field (`contact.email` inside a sign-up).
 */
export function validateContact(
  draft: ContactDraft,
  prefix = '',
): Result<ValidContact, UserErrorData[]> {
  const errors: UserErrorData[] = [];
  const { text, normalised } = fieldRules(errors);
  const f = (name: ContactField) => `${prefix}${name}`;
  const familyName = text(draft.familyName, f('familyName'), PERSON_NAME_MAX, true);
  const givenName = text(draft.givenName, f('givenName'), PERSON_NAME_MAX, false);
  const familyNameKana = normalised(draft.familyNameKana, f('familyNameKana'), normalizeKana);
  const givenNameKana = normalised(draft.givenNameKana, f('givenNameKana'), normalizeKana);
  if (isBlank(draft.email)) errors.push(userError('REQUIRED', f('email')));
  const email = normalised(draft.email, f('email'), validateEmail);
  const phone = normalised(draft.phone, f('phone'), normalizePhoneJp);
  // The role arrives as a GraphQL enum value: nothing else reaches here.
  const role = draft.role ?? null;
  if (errors.length > 0) return err(errors);
  return ok({
    familyName: familyName!,
    givenName,
    familyNameKana,
    givenNameKana,
    email: email!,
    phone,
    role,
  });
}

/** A change of some of a contact's fields: an absent field is kept, null clears an optional one. */
export type ContactChange = { [K in ContactField]?: ContactDraft[K] | null };

/**
 * A contact after a change, validated as a whole: the names of the fields that really changed
 * (after normalisation), never their values — what the audit trail and integrators are told.
 */
export function changeContact(
  current: ValidContact,
  change: ContactChange,
): Result<{ contact: ValidContact; changedFields: ContactField[] }, UserErrorData[]> {
  const draft: ContactDraft = { ...current };
  for (const field of CONTACT_FIELDS) {
    const value = change[field];
    if (value === undefined) continue;
    if (field === 'role') draft.role = change.role ?? null;
    else draft[field] = (value as string | null) ?? '';
  }
  const valid = validateContact(draft);
  if (!valid.ok) return valid;
  return ok({ contact: valid.value, changedFields: changedContactFields(current, valid.value) });
}

/** The fields whose values differ between two versions of a contact. */
export function changedContactFields(before: ValidContact, after: ValidContact): ContactField[] {
  return CONTACT_FIELDS.filter((field) => before[field] !== after[field]);
}

/**
 * A customer always has exactly one primary contact (while it has any): the primary one is
 * removed only after another has been made primary.
 */
export function canRemoveContact(contact: { isPrimary: boolean }): Result<void, UserErrorData> {
  return contact.isPrimary
    ? err(userError('PRIMARY_CONTACT_REQUIRED', 'contactId'))
    : ok(undefined);
}
