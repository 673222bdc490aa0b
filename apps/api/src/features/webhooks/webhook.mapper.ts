import { toGlobalId } from '../../graphql/relay';
import type { WebhookDeliveryRow } from './webhook-delivery.service';
import type { WebhookEndpointRow } from './webhook-endpoint.store';
import type { WebhookDeliveryType, WebhookEndpointType } from './webhook.type';

export const toWebhookEndpoint = (row: WebhookEndpointRow): WebhookEndpointType => ({
  ...row,
  id: toGlobalId('WebhookEndpoint', row.id),
});

export const toWebhookDelivery = (row: WebhookDeliveryRow): WebhookDeliveryType => ({
  id: toGlobalId('WebhookDelivery', row.id),
  eventId: row.webhookId,
  eventType: row.eventType,
  status: row.status,
  attempts: row.attempts,
  lastStatusCode: row.lastStatusCode,
  lastError: row.lastError,
  lastAttemptAt: row.lastAttemptAt,
  nextAttemptAt: row.nextAttemptAt,
  createdAt: row.createdAt,
});
