import type { LifecycleStage, ProvisioningKind } from '@kizuna/domain';

/** The requests a customer in this stage can get: a trial converts, a paying customer changes. */
export function kindsForStage(stage: LifecycleStage): ProvisioningKind[] {
  if (stage === 'TRIAL') return ['CONVERSION'];
  if (stage === 'ACTIVE') return ['PLAN_CHANGE', 'OPTION_CHANGE', 'CANCELLATION'];
  return [];
}

/** Where a new request of this kind for this customer is drafted. */
export const newRequestPath = (customerId: string, kind: ProvisioningKind) =>
  `/customers/${encodeURIComponent(customerId)}/requests/new?kind=${kind}`;

export const requestPath = (requestId: string) => `/requests/${encodeURIComponent(requestId)}`;
