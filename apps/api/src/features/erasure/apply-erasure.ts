import type { EntityManager } from 'typeorm';
import type { Actor } from '../../graphql/context';
import { toGlobalId } from '../../graphql/relay';
import { issueDeletionCertificate } from '../certificates/deletion-certificate.service';
import { enqueueOutbox } from '../outbox/outbox.service';
import { cancelTasksOfErasedCustomer } from '../tasks/automatic-tasks';
import type { ProvisioningRequestModel } from '../provisioning/provisioning.model';
import type { SubscriptionState } from '../provisioning/subscription-state';
import { erasePersonalData } from './erase-personal-data';

/**
 * Apply an approved ERASURE inside the caller's transaction: personal data erased, stage ERASED
 * (reason ERASURE), the deletion certificate issued, and `customer.erased` for integrators. The
 * audit trail and the outbox get categories and counts only, never a value.
 */
export async function applyErasure(
  m: EntityManager,
  request: ProvisioningRequestModel,
  state: SubscriptionState,
  actor: Actor | null,
  now: Date,
): Promise<{ before: Record<string, unknown>; after: Record<string, unknown> }> {
  const erased = await erasePersonalData(m, state.customerId);
  // Nobody is to call its people any more: its open tasks end.
  await cancelTasksOfErasedCustomer(m, state.customerId, now);
  await m.query(
    `UPDATE customer SET stage = 'ERASED', version = version + 1, updated_at = now() WHERE id = $1`,
    [state.customerId],
  );
  await m.query(
    `INSERT INTO customer_stage_change (customer_id, from_stage, to_stage, changed_at, note)
     VALUES ($1, $2, 'ERASED', $3, 'ERASURE')`,
    [state.customerId, state.stage, now],
  );
  // The checker approved it now (actor) or earlier, when it was scheduled (request.checkerId).
  const checkerId = actor?.kind === 'STAFF' ? actor.id : request.checkerId;
  const certificate = await issueDeletionCertificate(m, {
    customerId: state.customerId,
    requestId: request.id,
    erased,
    makerId: request.makerId,
    checkerId,
    requestedAt: request.createdAt,
    approvedAt: request.decidedAt ?? now,
    erasedAt: now,
  });
  await enqueueOutbox(m, {
    type: 'customer.erased',
    aggregateType: 'Customer',
    aggregateId: state.customerId,
    occurredAt: now,
    payload: {
      customerId: toGlobalId('Customer', state.customerId),
      provisioningRequestId: toGlobalId('ProvisioningRequest', request.id),
      effectiveDate: request.effectiveDate,
      erased,
      certificateNumber: certificate.number,
    },
  });
  return {
    before: { stage: state.stage },
    after: { stage: 'ERASED', erased, certificateNumber: certificate.number },
  };
}
