import { userError, type Locale, type UserErrorCode } from '@kizuna/domain';
import { toGlobalId } from '../../graphql/relay';
import { toUserErrors } from '../../graphql/user-error.type';
import type { ProvisioningRequestModel } from './provisioning.model';
import { ProvisioningRequestType } from './provisioning.type';

export function toProvisioningRequestType(
  r: ProvisioningRequestModel,
  locale: Locale,
): ProvisioningRequestType {
  return Object.assign(new ProvisioningRequestType(), {
    id: toGlobalId('ProvisioningRequest', r.id),
    dbId: r.id,
    customerDbId: r.customerId,
    makerId: r.makerId,
    checkerId: r.checkerId,
    kind: r.kind,
    status: r.status,
    version: r.version,
    decisionReason: r.decisionReason,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    decidedAt: r.decidedAt,
    effectiveDate: r.effectiveDate,
    submittedAt: r.submittedAt,
    appliedAt: r.appliedAt,
    failureReason: r.failureCode
      ? (toUserErrors([userError(r.failureCode as UserErrorCode, 'requestId')], locale)[0] ?? null)
      : null,
    withdrawal:
      r.withdrawalRequestedBy && r.withdrawalRequestedAt
        ? {
            requestedById: r.withdrawalRequestedBy,
            requestedAt: r.withdrawalRequestedAt,
            reason: r.withdrawalReason ?? '',
          }
        : null,
  });
}
