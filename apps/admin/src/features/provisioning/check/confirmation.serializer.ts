import { userError, type ProvisioningKind, type UserErrorData } from '@kizuna/domain';
import type {
  ProvisioningConfirmationInput,
  RequestFormCustomerFragment,
} from '../../../gql/graphql';

/** What the checker re-enters; the kind decides which of these are asked for. */
export interface ConfirmationFormValues {
  planCode?: string | null;
  optionCodes?: readonly string[];
  effectiveDate?: string | null;
}

export const CONFIRMATION_FORM_FIELDS = ['planCode', 'optionCodes', 'effectiveDate'] as const;
type ConfirmationFormField = (typeof CONFIRMATION_FORM_FIELDS)[number];

/** The fields the checker types per kind; the rest follow from the current subscription. */
export const CONFIRMATION_KIND_FIELDS: Record<ProvisioningKind, readonly ConfirmationFormField[]> =
  {
    CONVERSION: ['planCode', 'optionCodes', 'effectiveDate'],
    PLAN_CHANGE: ['planCode', 'effectiveDate'],
    OPTION_CHANGE: ['optionCodes', 'effectiveDate'],
    CANCELLATION: ['effectiveDate'],
  };

/**
 * The blind re-entry as the API compares it: a plan change keeps the current options, an option
 * change keeps the current plan, a cancellation ends both.
 */
export function serializeConfirmation(
  kind: ProvisioningKind,
  values: ConfirmationFormValues,
  current: RequestFormCustomerFragment['subscription'],
): ProvisioningConfirmationInput {
  const chosen = [...new Set(values.optionCodes ?? [])].sort();
  const currentCodes = [...(current?.options.map((o) => o.code) ?? [])].sort();
  const plan = values.planCode?.trim() || null;
  const effectiveDate = values.effectiveDate ?? '';
  switch (kind) {
    case 'CONVERSION':
      return { planCode: plan, optionCodes: chosen, effectiveDate };
    case 'PLAN_CHANGE':
      return { planCode: plan, optionCodes: currentCodes, effectiveDate };
    case 'OPTION_CHANGE':
      return { planCode: current?.plan.code ?? null, optionCodes: chosen, effectiveDate };
    case 'CANCELLATION':
      return { planCode: null, optionCodes: [], effectiveDate };
  }
}

/** A checker must fill in every field asked for: an empty plan or date is not a re-entry. */
export function missingConfirmationFields(
  kind: ProvisioningKind,
  values: ConfirmationFormValues,
): UserErrorData[] {
  const asked = CONFIRMATION_KIND_FIELDS[kind];
  const errors: UserErrorData[] = [];
  if (asked.includes('planCode') && !values.planCode?.trim())
    errors.push(userError('REQUIRED', 'planCode'));
  if (!values.effectiveDate) errors.push(userError('REQUIRED', 'effectiveDate'));
  return errors;
}
