import { userError, type UserErrorData } from '../errors/user-error.js';
import { validateCorporateNumber } from '../jp/corporate-number.rules.js';
import { validateEmail } from '../jp/email.rules.js';
import { normalizeKana } from '../jp/kana.rules.js';
import { normalizePhoneJp } from '../jp/phone.rules.js';
import { err, ok, type Result } from '../shared/result.js';

export const CUSTOMER_NAME_MAX = 200;
export const PERSON_NAME_MAX = 100;

export interface StartTrialDraft {
  name: string;
  nameKana?: string | null;
  corporateNumber?: string | null;
  contact: {
    familyName: string;
    givenName?: string | null;
    familyNameKana?: string | null;
    givenNameKana?: string | null;
    email: string;
    phone?: string | null;
  };
}

export interface ValidStartTrial {
  name: string;
  nameKana: string | null;
  corporateNumber: string | null;
  contact: {
    familyName: string;
    givenName: string | null;
    familyNameKana: string | null;
    givenNameKana: string | null;
    email: string;
    phone: string | null;
  };
}

const blank = (v: string | null | undefined) => v === null || v === undefined || v.trim() === '';

/** Validate and normalise a trial sign-up; every problem is reported, each naming its field. */
export function validateStartTrial(
  draft: StartTrialDraft,
): Result<ValidStartTrial, UserErrorData[]> {
  const errors: UserErrorData[] = [];
  const at = (field: string, e: UserErrorData): UserErrorData => ({ ...e, field });

  const text = (
    value: string | null | undefined,
    field: string,
    max: number,
    required: boolean,
  ) => {
    if (blank(value)) {
      if (required) errors.push(userError('REQUIRED', field));
      return null;
    }
    const trimmed = value!.trim().replace(/\s+/g, ' ');
    if (trimmed.length > max) errors.push(userError('TOO_LONG', field, { max }));
    return trimmed;
  };
  const normalised = (
    value: string | null | undefined,
    field: string,
    normalise: (raw: string) => Result<string, UserErrorData>,
  ) => {
    if (blank(value)) return null;
    const result = normalise(value!);
    if (!result.ok) {
      errors.push(at(field, result.error));
      return null;
    }
    return result.value;
  };

  const name = text(draft.name, 'name', CUSTOMER_NAME_MAX, true);
  const nameKana = normalised(draft.nameKana, 'nameKana', normalizeKana);
  const corporateNumber = normalised(
    draft.corporateNumber,
    'corporateNumber',
    validateCorporateNumber,
  );
  const c = draft.contact;
  const familyName = text(c.familyName, 'contact.familyName', PERSON_NAME_MAX, true);
  const givenName = text(c.givenName, 'contact.givenName', PERSON_NAME_MAX, false);
  const familyNameKana = normalised(c.familyNameKana, 'contact.familyNameKana', normalizeKana);
  const givenNameKana = normalised(c.givenNameKana, 'contact.givenNameKana', normalizeKana);
  if (blank(c.email)) errors.push(userError('REQUIRED', 'contact.email'));
  const email = normalised(c.email, 'contact.email', validateEmail);
  const phone = normalised(c.phone, 'contact.phone', normalizePhoneJp);

  if (errors.length > 0) return err(errors);
  return ok({
    name: name!,
    nameKana,
    corporateNumber,
    contact: {
      familyName: familyName!,
      givenName,
      familyNameKana,
      givenNameKana,
      email: email!,
      phone,
    },
  });
}
