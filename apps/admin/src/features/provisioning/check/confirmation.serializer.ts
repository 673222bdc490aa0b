import {
  CONFIRMATION_FIELDS,
  CONFIRMATION_FIELDS_BY_KIND,
  userError,
  type ProvisioningKind,
  type UserErrorData,
} from '@kizuna/domain';
import type { ProvisioningConfirmationInput } from '../../../gql/graphql';

/** What the checker re-enters; the kind decides which of these are asked for. */
export interface ConfirmationFormValues {
  planCode?: string | null;
  optionCodes?: readonly string[];
  effectiveDate?: string | null;
  /** TRIAL_EXTENSION: the trial's new last day, YYYY-MM-DD. */
  trialEndsOn?: string | null;
}

export const CONFIRMATION_FORM_FIELDS = CONFIRMATION_FIELDS;

/**
 * The blind re-entry as the API compares it: only the fields the kind checks
 * (CONFIRMATION_FIELDS_BY_KIND), the options once each and sorted.
 */
export function serializeConfirmation(
  kind: ProvisioningKind,
  values: ConfirmationFormValues,
): ProvisioningConfirmationInput {
  const asked = CONFIRMATION_FIELDS_BY_KIND[kind];
  return {
    ...(asked.includes('planCode') ? { planCode: values.planCode?.trim() || null } : {}),
    ...(asked.includes('optionCodes')
      ? { optionCodes: [...new Set(values.optionCodes ?? [])].sort() }
      : {}),
    ...(asked.includes('effectiveDate') ? { effectiveDate: values.effectiveDate ?? '' } : {}),
    ...(asked.includes('trialEndsOn') ? { trialEndsOn: values.trialEndsOn ?? '' } : {}),
  };
}

/** A checker must fill in every field asked for: an empty plan or date is not a re-entry. */
export function missingConfirmationFields(
  kind: ProvisioningKind,
  values: ConfirmationFormValues,
): UserErrorData[] {
  const asked = CONFIRMATION_FIELDS_BY_KIND[kind];
  const errors: UserErrorData[] = [];
  if (asked.includes('planCode') && !values.planCode?.trim())
    errors.push(userError('REQUIRED', 'planCode'));
  if (asked.includes('effectiveDate') && !values.effectiveDate)
    errors.push(userError('REQUIRED', 'effectiveDate'));
  if (asked.includes('trialEndsOn') && !values.trialEndsOn)
    errors.push(userError('REQUIRED', 'trialEndsOn'));
  return errors;
}
