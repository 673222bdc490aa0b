/**
 * Every event type integrators may receive (feed and webhooks), documented with its data in
 * docs/events.md.
 */
export const EVENT_TYPES = [
  'customer.lead_created',
  'customer.trial_started',
  'customer.trial_extended',
  'customer.trial_expired',
  'customer.converted',
  'customer.churned',
  'customer.reactivated',
  'customer.erased',
  'customer.updated',
  'customer.contact_changed',
  'subscription.changed',
  'provisioning_request.submitted',
  'provisioning_request.returned',
  'provisioning_request.approved',
  'provisioning_request.scheduled',
  'provisioning_request.applied',
  'provisioning_request.failed',
  'provisioning_request.rejected',
  'provisioning_request.withdrawn',
  'survey_response.created',
  'service_credit.applied',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

const KNOWN: ReadonlySet<string> = new Set(EVENT_TYPES);

export const isEventType = (type: string): type is EventType => KNOWN.has(type);
