import { userError, type UserErrorData } from '../errors/user-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { validateWebhookUrl, type WebhookUrlPolicy } from './webhook-url.rules.js';

/** A webhook endpoint's description has at most this many characters. */
export const WEBHOOK_DESCRIPTION_MAX = 500;

export const WEBHOOK_ENDPOINT_STATUSES = ['ENABLED', 'DISABLED'] as const;
export type WebhookEndpointStatus = (typeof WEBHOOK_ENDPOINT_STATUSES)[number];

/**
 * Why an endpoint stopped receiving: disabled by an administrator, answered 410 Gone, or failed
 * every delivery for WEBHOOK_FAILING_DISABLE_AFTER_MS.
 */
export const WEBHOOK_DISABLED_REASONS = ['MANUAL', 'GONE', 'FAILING'] as const;
export type WebhookDisabledReason = (typeof WEBHOOK_DISABLED_REASONS)[number];

/** What an administrator writes about an endpoint; on update, only the fields given. */
export interface WebhookEndpointFields {
  url?: string;
  eventTypes?: readonly string[];
  description?: string;
}

export interface ValidWebhookEndpointFields {
  url?: string;
  /** Distinct, in the order of the known types; empty: every type. */
  eventTypes?: string[];
  description?: string;
}

/** Event types: each one known (empty means all); returned distinct, in the known order. */
export function validateWebhookEventTypes(
  eventTypes: readonly string[],
  knownEventTypes: readonly string[],
  field = 'eventTypes',
): Result<string[], UserErrorData> {
  const unknown = eventTypes.filter((t) => !knownEventTypes.includes(t));
  if (unknown.length > 0)
    return err(userError('UNKNOWN_EVENT_TYPE', field, { value: unknown.join(', ') }));
  return ok(knownEventTypes.filter((t) => eventTypes.includes(t)));
}

/** The fields given, validated; every problem is reported. */
export function validateWebhookEndpointFields(
  fields: WebhookEndpointFields,
  knownEventTypes: readonly string[],
  policy: WebhookUrlPolicy,
): Result<ValidWebhookEndpointFields, UserErrorData[]> {
  const errors: UserErrorData[] = [];
  const valid: ValidWebhookEndpointFields = {};
  if (fields.url !== undefined) {
    const url = validateWebhookUrl(fields.url, policy);
    if (url.ok) valid.url = url.value;
    else errors.push(url.error);
  }
  if (fields.eventTypes !== undefined) {
    const types = validateWebhookEventTypes(fields.eventTypes, knownEventTypes);
    if (types.ok) valid.eventTypes = types.value;
    else errors.push(types.error);
  }
  if (fields.description !== undefined) {
    const description = fields.description.trim();
    if ([...description].length > WEBHOOK_DESCRIPTION_MAX)
      errors.push(userError('TOO_LONG', 'description', { max: WEBHOOK_DESCRIPTION_MAX }));
    else valid.description = description;
  }
  return errors.length > 0 ? err(errors) : ok(valid);
}

/** Whether an endpoint subscribed to `eventTypes` receives an event of `type` (empty: all). */
export const endpointReceives = (eventTypes: readonly string[], type: string): boolean =>
  eventTypes.length === 0 || eventTypes.includes(type);
