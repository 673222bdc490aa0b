import type { Queryable } from '../../db/queryable';
import { toGlobalId } from '../../graphql/relay';
import type { EventType } from '../events/event-types';
import { enqueueOutbox } from '../outbox/outbox.service';
import type { ProvisioningRequestModel } from './provisioning.model';

type RequestEventType = Extract<EventType, `provisioning_request.${string}`>;

/**
 * A step of a request for integrators (submitted, approved, applied, …), in the caller's
 * transaction: its ids, kind, version and date, plus codes of the step — never the notes,
 * reasons or values typed by people.
 */
export async function recordRequestEvent(
  db: Queryable,
  type: RequestEventType,
  request: Pick<
    ProvisioningRequestModel,
    'id' | 'customerId' | 'kind' | 'version' | 'effectiveDate'
  >,
  occurredAt: Date,
  details: Record<string, unknown> = {},
): Promise<void> {
  await enqueueOutbox(db, {
    type,
    aggregateType: 'Customer',
    aggregateId: request.customerId,
    occurredAt,
    payload: {
      provisioningRequestId: toGlobalId('ProvisioningRequest', request.id),
      customerId: toGlobalId('Customer', request.customerId),
      kind: request.kind,
      version: request.version,
      effectiveDate: request.effectiveDate,
      ...details,
    },
  });
}
