import {
  CONFIRMATION_FIELDS,
  CONFIRMATION_FIELDS_BY_KIND,
  userError,
  validateCorporateNumber,
  type ContractTerm,
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
  /** ERASURE: the company's corporate number, as typed. */
  corporateNumber?: string | null;
  /** SERVICE_CREDIT: the credit excluding tax, whole yen, as typed. */
  creditAmountYen?: number | null;
  /** CONVERSION, REACTIVATION: the new contract's term, as chosen (nothing is preselected). */
  contractTerm?: ContractTerm | null;
}

export const CONFIRMATION_FORM_FIELDS = CONFIRMATION_FIELDS;

/**
 * The blind re-entry as the API compares it: only the fields the kind checks
 * (CONFIRMATION_FIELDS_BY_KIND), the options once each and sorted, a corporate number as its
 * 13 digits, a credit as whole yen.
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
    ...(asked.includes('corporateNumber')
      ? { corporateNumber: corporateNumberDigits(values.corporateNumber) }
      : {}),
    ...(asked.includes('creditAmountYen')
      ? { creditAmountYen: values.creditAmountYen ?? null }
      : {}),
    ...(asked.includes('contractTerm') ? { contractTerm: values.contractTerm ?? null } : {}),
  };
}

/** The digits of a typed corporate number (full-width, hyphens, spaces removed), else as typed. */
function corporateNumberDigits(typed: string | null | undefined): string {
  const checked = validateCorporateNumber(typed ?? '');
  return checked.ok ? checked.value : (typed ?? '').trim();
}

/**
 * A checker must fill in every field asked for: an empty plan, date or term is not a re-entry; a
 * corporate number must be one (13 digits with a valid check digit, the domain's rule), and a
 * credit a whole number of yen, so that only a real value that differs counts as a mismatch.
 */
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
  if (asked.includes('corporateNumber')) {
    const typed = values.corporateNumber?.trim() ?? '';
    const checked = validateCorporateNumber(typed);
    if (!typed) errors.push(userError('REQUIRED', 'corporateNumber'));
    else if (!checked.ok) errors.push(checked.error);
  }
  if (asked.includes('creditAmountYen')) {
    const yen = values.creditAmountYen;
    if (yen === null || yen === undefined) errors.push(userError('REQUIRED', 'creditAmountYen'));
    else if (!Number.isSafeInteger(yen) || yen < 0)
      errors.push(userError('OUT_OF_RANGE', 'creditAmountYen', { value: yen }));
  }
  if (asked.includes('contractTerm') && !values.contractTerm)
    errors.push(userError('REQUIRED', 'contractTerm'));
  return errors;
}
