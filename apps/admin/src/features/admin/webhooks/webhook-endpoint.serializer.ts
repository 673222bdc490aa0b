import { type UserErrorData, validateWebhookEndpointFields } from '@kizuna/domain';
import type { CreateWebhookEndpointInput, UpdateWebhookEndpointInput } from '../../../gql/graphql';

/** What the endpoint form holds; no event type chosen means every type. */
export interface WebhookEndpointValues {
  url?: string;
  eventTypes?: string[];
  description?: string;
}

/** Input paths of the form, as the API names them in userErrors. */
export const WEBHOOK_ENDPOINT_FIELDS = ['url', 'eventTypes', 'description'] as const;

/**
 * What the console can refuse before sending, by the domain's rule: a URL that is not an absolute
 * http(s) URL, an unknown event type, a description too long. Whether https is required and
 * private addresses are allowed is the server's setting, and the API's refusal says so.
 */
export function checkWebhookEndpoint(
  values: WebhookEndpointValues,
  knownEventTypes: readonly string[],
): UserErrorData[] {
  const checked = validateWebhookEndpointFields(
    {
      url: values.url ?? '',
      eventTypes: values.eventTypes ?? [],
      description: values.description ?? '',
    },
    knownEventTypes,
    { production: false, allowPrivate: true },
  );
  return checked.ok ? [] : checked.error;
}

/** Form → CreateWebhookEndpointInput: URL and description trimmed, event types in the API's order. */
export function serializeCreateWebhookEndpoint(
  values: WebhookEndpointValues,
  knownEventTypes: readonly string[],
): CreateWebhookEndpointInput {
  const chosen = values.eventTypes ?? [];
  return {
    url: values.url?.trim() ?? '',
    eventTypes: knownEventTypes.filter((type) => chosen.includes(type)),
    description: values.description?.trim() ?? '',
  };
}

/** Form → UpdateWebhookEndpointInput of the endpoint edited (every field: the API keeps what is unchanged). */
export function serializeUpdateWebhookEndpoint(
  endpointId: string,
  values: WebhookEndpointValues,
  knownEventTypes: readonly string[],
): UpdateWebhookEndpointInput {
  return { endpointId, ...serializeCreateWebhookEndpoint(values, knownEventTypes) };
}

/** Event types grouped by what precedes the dot (customer, provisioning_request…), in their order. */
export function groupEventTypes(
  eventTypes: readonly string[],
): { prefix: string; types: string[] }[] {
  const groups: { prefix: string; types: string[] }[] = [];
  for (const type of eventTypes) {
    const prefix = type.includes('.') ? type.slice(0, type.indexOf('.')) : type;
    const group = groups.find((g) => g.prefix === prefix);
    if (group) group.types.push(type);
    else groups.push({ prefix, types: [type] });
  }
  return groups;
}
