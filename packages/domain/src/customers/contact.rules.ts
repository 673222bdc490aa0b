import { userError, type UserErrorData } from '../errors/user-error.js';
import { validateEmail } from '../jp/email.rules.js';
import { normalizeKana } from '../jp/kana.rules.js';
import { normalizePhoneJp } from '../jp/phone.rules.js';
import { err, ok, type Result } from '../shared/result.js';
import { fieldRules, isBlank } from './field-rules.js';

export const PERSON_NAME_MAX = 100;

/** A contact person as typed: names, furigana (katakana or hiragana), email, Japanese phone. */
export interface ContactDraft {
  familyName: string;
  givenName?: string | null;
  familyNameKana?: string | null;
  givenNameKana?: string | null;
  email: string;
  phone?: string | null;
}

export interface ValidContact {
  familyName: string;
  givenName: string | null;
  familyNameKana: string | null;
  givenNameKana: string | null;
  email: string;
  phone: string | null;
}

export const CONTACT_FIELDS = [
  'familyName',
  'givenName',
  'familyNameKana',
  'givenNameKana',
  'email',
  'phone',
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
  if (errors.length > 0) return err(errors);
  return ok({
    familyName: familyName!,
    givenName,
    familyNameKana,
    givenNameKana,
    email: email!,
    phone,
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
    if (value !== undefined) draft[field] = value ?? '';
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
