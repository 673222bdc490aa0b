import { toGlobalId } from '../../graphql/relay';
import type { ProvisioningRequestModel } from './provisioning.model';
import { ProvisioningRequestType } from './provisioning.type';

export function toProvisioningRequestType(r: ProvisioningRequestModel): ProvisioningRequestType {
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
  });
}
