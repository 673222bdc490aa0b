import type {
  WebhookDeliveryRowFragment,
  WebhookDisabledReason,
  WebhookEndpointRowFragment,
} from '../../../gql/graphql';

/** What the status column says of an endpoint: active (failing or not), or why it stopped. */
export type EndpointState =
  | { kind: 'ENABLED'; failingSince: string | null }
  | { kind: 'DISABLED'; reason: WebhookDisabledReason; disabledAt: string | null };

export function endpointState(
  endpoint: Pick<
    WebhookEndpointRowFragment,
    'status' | 'disabledReason' | 'disabledAt' | 'failingSince'
  >,
): EndpointState {
  if (endpoint.status === 'ENABLED')
    return { kind: 'ENABLED', failingSince: endpoint.failingSince ?? null };
  // A disabled endpoint without a reason predates reasons: someone stopped it.
  return {
    kind: 'DISABLED',
    reason: endpoint.disabledReason ?? 'MANUAL',
    disabledAt: endpoint.disabledAt ?? null,
  };
}

type BannerEndpoint = Pick<
  WebhookEndpointRowFragment,
  'id' | 'url' | 'status' | 'disabledReason' | 'disabledAt'
>;

/** Identifies one automatic stop of one endpoint: a later stop of the same endpoint is news again. */
export const stopKey = (endpoint: Pick<BannerEndpoint, 'id' | 'disabledAt'>) =>
  `${endpoint.id}@${endpoint.disabledAt ?? ''}`;

/**
 * The endpoints the system stopped by itself (410 Gone, five days failing) that are still stopped,
 * leaving out the stops the administrator has already dismissed.
 */
export function autoDisabledEndpoints<T extends BannerEndpoint>(
  endpoints: readonly T[],
  dismissed: ReadonlySet<string>,
): T[] {
  return endpoints.filter(
    (e) =>
      e.status === 'DISABLED' &&
      (e.disabledReason === 'GONE' || e.disabledReason === 'FAILING') &&
      !dismissed.has(stopKey(e)),
  );
}

/** A delivery's status as shown: a PENDING delivery that has been tried already is retrying. */
export type DeliveryDisplayStatus = 'SUCCEEDED' | 'PENDING' | 'RETRYING' | 'FAILED' | 'CANCELLED';

export function deliveryDisplayStatus(
  delivery: Pick<WebhookDeliveryRowFragment, 'status' | 'attempts'>,
): DeliveryDisplayStatus {
  return delivery.status === 'PENDING' && delivery.attempts > 0 ? 'RETRYING' : delivery.status;
}

/** What the last attempt got: the HTTP status with the error in words, the error alone, or nothing. */
export function lastResponse(
  delivery: Pick<WebhookDeliveryRowFragment, 'lastStatusCode' | 'lastError'>,
): string | null {
  const { lastStatusCode: code, lastError: error } = delivery;
  if (code === null || code === undefined) return error ?? null;
  // The API words an unsuccessful answer as "HTTP <code>": said once is enough.
  return error && error !== `HTTP ${code}` ? `${code} · ${error}` : String(code);
}

/**
 * The outcome of a test event once tried: received (2xx), refused or unreachable (tried, not
 * delivered), or not tried yet.
 */
export type TestOutcome =
  | { kind: 'received'; code: number | null }
  | { kind: 'refused'; reason: string }
  | { kind: 'waiting' };

export function testOutcome(
  delivery: Pick<
    WebhookDeliveryRowFragment,
    'status' | 'attempts' | 'lastStatusCode' | 'lastError'
  >,
): TestOutcome {
  if (delivery.status === 'SUCCEEDED')
    return { kind: 'received', code: delivery.lastStatusCode ?? null };
  if (delivery.attempts === 0 && delivery.status === 'PENDING') return { kind: 'waiting' };
  return { kind: 'refused', reason: lastResponse(delivery) ?? delivery.status };
}

/** Whether a delivery will be tried within a minute (or is being tried): worth watching. */
export function deliveryDueSoon(
  delivery: Pick<WebhookDeliveryRowFragment, 'status' | 'nextAttemptAt'>,
  now: Date,
): boolean {
  if (delivery.status !== 'PENDING') return false;
  return !delivery.nextAttemptAt || Date.parse(delivery.nextAttemptAt) - now.getTime() < 60_000;
}
