import { validateProvisioningDraft, type LifecycleStage, type UserErrorData } from '@kizuna/domain';
import type { RequestErasureInput } from '../../../gql/graphql';

/** What the erasure form holds: the day the data is erased, YYYY-MM-DD. */
export interface ErasureFormValues {
  effectiveDate?: string | null;
}

export const ERASURE_FORM_FIELDS = ['effectiveDate'] as const;

/** Form values → `requestErasure` input. */
export function serializeErasure(
  customerId: string,
  values: ErasureFormValues,
): RequestErasureInput {
  return { customerId, effectiveDate: values.effectiveDate ?? '' };
}

/**
 * The domain's rules for an erasure draft, as the API applies them: a CHURNED customer and an
 * effective date today or later (Asia/Tokyo). An erasure changes no contract: no catalog needed.
 */
export function checkErasureDraft(
  stage: LifecycleStage,
  values: ErasureFormValues,
  today: Date,
): UserErrorData[] {
  const checked = validateProvisioningDraft({
    kind: 'ERASURE',
    stage,
    current: null,
    proposal: {
      planCode: null,
      optionCodes: [],
      effectiveDate: values.effectiveDate ?? '',
      churnReason: null,
      churnNote: null,
    },
    catalog: { plans: [], options: [] },
    today,
  });
  return checked.ok ? [] : checked.error;
}
