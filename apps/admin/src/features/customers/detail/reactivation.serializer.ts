import {
  DEFAULT_CONTRACT_TERM,
  previewProvisioning,
  validateProvisioningDraft,
  type ContractTerm,
  type LifecycleStage,
  type SubscriptionChangeInput,
  type SubscriptionChangePreview,
  type UserErrorData,
} from '@kizuna/domain';
import type { CustomerActionsFragment, RequestReactivationInput } from '../../../gql/graphql';

/** What the reactivation form holds; the effective date as YYYY-MM-DD. */
export interface ReactivationFormValues {
  planCode?: string | null;
  optionCodes?: readonly string[];
  effectiveDate?: string | null;
  /** The new contract's term (MONTHLY unless chosen): not the churned contract's. */
  contractTerm?: ContractTerm | null;
}

export const REACTIVATION_FIELDS = [
  'planCode',
  'optionCodes',
  'effectiveDate',
  'contractTerm',
] as const;

const codes = (values: ReactivationFormValues) => [...new Set(values.optionCodes ?? [])].sort();

/** Form values → `requestReactivation` input. */
export function serializeReactivation(
  customerId: string,
  values: ReactivationFormValues,
): RequestReactivationInput {
  return {
    customerId,
    planCode: values.planCode?.trim() ?? '',
    optionCodes: codes(values),
    effectiveDate: values.effectiveDate ?? '',
    contractTerm: values.contractTerm ?? DEFAULT_CONTRACT_TERM,
  };
}

/**
 * The domain's rules and preview for a reactivation as typed: the cancelled contract is "before"
 * (nothing is paid now), the chosen plan and options "after", 日割り for a mid-month date.
 */
export function checkReactivationDraft(args: {
  stage: LifecycleStage;
  subscription: CustomerActionsFragment['subscription'];
  values: ReactivationFormValues;
  catalog: SubscriptionChangeInput['catalog'];
  today: Date;
}): { errors: UserErrorData[]; preview: SubscriptionChangePreview | null } {
  const { subscription, values, catalog } = args;
  const current = subscription && {
    planCode: subscription.plan.code,
    optionCodes: subscription.options.map((o) => o.code),
    isTrial: subscription.status === 'TRIAL',
    status: subscription.status,
  };
  const proposal = { planCode: values.planCode?.trim() || null, optionCodes: codes(values) };
  const checked = validateProvisioningDraft({
    kind: 'REACTIVATION',
    stage: args.stage,
    current,
    proposal: {
      ...proposal,
      effectiveDate: values.effectiveDate ?? '',
      churnReason: null,
      churnNote: null,
      contractTerm: values.contractTerm ?? null,
    },
    catalog,
    today: args.today,
  });
  const preview = proposal.planCode
    ? previewProvisioning({
        kind: 'REACTIVATION',
        current,
        proposal: {
          ...proposal,
          planCode: proposal.planCode,
          ...(values.effectiveDate ? { effectiveDate: values.effectiveDate } : {}),
        },
        catalog,
      })
    : null;
  return {
    errors: [
      ...(checked.ok ? [] : checked.error),
      ...(preview && !preview.ok ? preview.error : []),
    ],
    preview: preview?.ok ? preview.value : null,
  };
}
