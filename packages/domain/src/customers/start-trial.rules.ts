import type { UserErrorData } from '../errors/user-error.js';
import { validateCorporateNumber } from '../jp/corporate-number.rules.js';
import { normalizeKana } from '../jp/kana.rules.js';
import { err, ok, type Result } from '../shared/result.js';
import { validateContact, type ContactDraft, type ValidContact } from './contact.rules.js';
import { fieldRules } from './field-rules.js';

export const CUSTOMER_NAME_MAX = 200;

export interface StartTrialDraft {
  name: string;
  nameKana?: string | null;
  corporateNumber?: string | null;
  contact: ContactDraft;
}

export interface ValidStartTrial {
  name: string;
  nameKana: string | null;
  corporateNumber: string | null;
  contact: ValidContact;
}

/** Validate and normalise a trial sign-up; every problem is reported, each naming its field. */
export function validateStartTrial(
  draft: StartTrialDraft,
): Result<ValidStartTrial, UserErrorData[]> {
  const errors: UserErrorData[] = [];
  const { text, normalised } = fieldRules(errors);
  const name = text(draft.name, 'name', CUSTOMER_NAME_MAX, true);
  const nameKana = normalised(draft.nameKana, 'nameKana', normalizeKana);
  const corporateNumber = normalised(
    draft.corporateNumber,
    'corporateNumber',
    validateCorporateNumber,
  );
  const contact = validateContact(draft.contact, 'contact.');
  if (!contact.ok) errors.push(...contact.error);
  if (errors.length > 0 || !contact.ok) return err(errors);
  return ok({ name: name!, nameKana, corporateNumber, contact: contact.value });
}
