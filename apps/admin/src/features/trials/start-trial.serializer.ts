import type { ContactRole, CreateLeadInput } from '../../gql/graphql';

/** What the start-trial form holds; any field may be missing while the user types. */
export interface StartTrialFormValues {
  name?: string;
  nameKana?: string;
  corporateNumber?: string;
  contact?: {
    familyName?: string;
    givenName?: string;
    familyNameKana?: string;
    givenNameKana?: string;
    email?: string;
    phone?: string;
    /** What the person does for the customer; not chosen: not sent (not known yet). */
    role?: ContactRole;
  };
}

/** Input paths of the form, as the API and the domain name them in userErrors. */
export const START_TRIAL_FIELDS = [
  'name',
  'nameKana',
  'corporateNumber',
  'contact.familyName',
  'contact.givenName',
  'contact.familyNameKana',
  'contact.givenNameKana',
  'contact.email',
  'contact.phone',
] as const;

const required = (v: string | undefined) => v?.trim() ?? '';
const optional = (v: string | undefined) => {
  const trimmed = v?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/**
 * Form values → `startTrial` / `createLead` input (the same company data): text trimmed, empty optional fields as null, required ones
 * as '' (so that the domain's validateStartTrial reports them). No normalisation beyond that:
 * widths, kana and phone formats are the domain rules' business.
 */
export function serializeStartTrialForm(values: StartTrialFormValues): CreateLeadInput {
  const contact = values.contact ?? {};
  return {
    name: required(values.name),
    nameKana: optional(values.nameKana),
    corporateNumber: optional(values.corporateNumber),
    contact: {
      familyName: required(contact.familyName),
      givenName: optional(contact.givenName),
      familyNameKana: optional(contact.familyNameKana),
      givenNameKana: optional(contact.givenNameKana),
      email: required(contact.email),
      phone: optional(contact.phone),
      ...(contact.role && { role: contact.role }),
    },
  };
}
