import type { LifecycleStage, ProvisioningKind } from '@kizuna/domain';

/** The kinds the request form drafts (contract changes with plan, options or churn reason). */
export const FORM_KINDS = ['CONVERSION', 'PLAN_CHANGE', 'OPTION_CHANGE', 'CANCELLATION'] as const;
export type FormKind = (typeof FORM_KINDS)[number];

export const isFormKind = (kind: string | null | undefined): kind is FormKind =>
  (FORM_KINDS as readonly (string | null | undefined)[]).includes(kind);

/** The requests a customer in this stage can get: a trial converts, a paying customer changes. */
export function kindsForStage(stage: LifecycleStage): FormKind[] {
  if (stage === 'TRIAL') return ['CONVERSION'];
  if (stage === 'ACTIVE') return ['PLAN_CHANGE', 'OPTION_CHANGE', 'CANCELLATION'];
  return [];
}

/** Where a new request of this kind for this customer is drafted. */
export const newRequestPath = (customerId: string, kind: ProvisioningKind) =>
  `/customers/${encodeURIComponent(customerId)}/requests/new?kind=${kind}`;

export const requestPath = (requestId: string) => `/requests/${encodeURIComponent(requestId)}`;
