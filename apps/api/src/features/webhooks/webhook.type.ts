import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  WEBHOOK_DELIVERY_STATUSES,
  WEBHOOK_DISABLED_REASONS,
  WEBHOOK_ENDPOINT_STATUSES,
  type WebhookDeliveryStatus,
  type WebhookDisabledReason,
  type WebhookEndpointStatus,
} from '@kizuna/domain';
import { Connection } from '../../graphql/connection.type';
import { enumOf } from '../../graphql/enum-of';
import { UserError } from '../../graphql/user-error.type';

export const WebhookEndpointStatusEnum = enumOf(WEBHOOK_ENDPOINT_STATUSES);
registerEnumType(WebhookEndpointStatusEnum, { name: 'WebhookEndpointStatus' });

export const WebhookDisabledReasonEnum = enumOf(WEBHOOK_DISABLED_REASONS);
registerEnumType(WebhookDisabledReasonEnum, {
  name: 'WebhookDisabledReason',
  description:
    'MANUAL: disabled by an administrator; GONE: the receiver answered 410; FAILING: every delivery failed for 5 days.',
});

export const WebhookDeliveryStatusEnum = enumOf(WEBHOOK_DELIVERY_STATUSES);
registerEnumType(WebhookDeliveryStatusEnum, {
  name: 'WebhookDeliveryStatus',
  description:
    'PENDING: to be sent (again); SUCCEEDED: answered 2xx; FAILED: given up (all 8 attempts failed, or 410); CANCELLED: its endpoint was disabled first.',
});

@ObjectType('WebhookEndpoint', {
  simpleResolvers: true,
  description: 'Where signed webhooks are sent (Standard Webhooks). Its secret is shown only once.',
})
export class WebhookEndpointType {
  @Field(() => ID)
  id: string;

  @Field()
  url: string;

  @Field(() => [String], { description: 'The event types it receives; empty: every type.' })
  eventTypes: string[];

  @Field()
  description: string;

  @Field(() => WebhookEndpointStatusEnum)
  status: WebhookEndpointStatus;

  @Field(() => WebhookDisabledReasonEnum, { nullable: true })
  disabledReason: WebhookDisabledReason | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  disabledAt: Date | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'First failed attempt since the last success; after 5 days it is disabled.',
  })
  failingSince: Date | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'Until then, the secret replaced by the last rotation still signs too.',
  })
  previousSecretExpiresAt: Date | null;

  @Field(() => GraphQLDateTime)
  createdAt: Date;

  @Field(() => GraphQLDateTime)
  updatedAt: Date;
}

@ObjectType('WebhookEndpointConnection')
export class WebhookEndpointConnection extends Connection(WebhookEndpointType, 'WebhookEndpoint') {}

@ObjectType('WebhookDelivery', {
  simpleResolvers: true,
  description: 'One event sent to one endpoint, with the attempts so far.',
})
export class WebhookDeliveryType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'evt_…: the event id, sent as webhook-id on every attempt.' })
  eventId: string;

  @Field()
  eventType: string;

  @Field(() => WebhookDeliveryStatusEnum)
  status: WebhookDeliveryStatus;

  @Field(() => Int)
  attempts: number;

  @Field(() => Int, { nullable: true, description: 'HTTP status of the last answer.' })
  lastStatusCode: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the last attempt failed, in a few words (never the body of the answer).',
  })
  lastError: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  lastAttemptAt: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When PENDING: the next attempt.' })
  nextAttemptAt: Date | null;

  @Field(() => GraphQLDateTime)
  createdAt: Date;
}

@ObjectType('WebhookDeliveryConnection')
export class WebhookDeliveryConnection extends Connection(WebhookDeliveryType, 'WebhookDelivery') {}

@ObjectType()
export class CreateWebhookEndpointPayload {
  @Field(() => WebhookEndpointType, { nullable: true })
  webhookEndpoint: WebhookEndpointType | null;

  @Field(() => String, {
    nullable: true,
    description: 'whsec_…: the signing secret, shown this once.',
  })
  secret: string | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class UpdateWebhookEndpointPayload {
  @Field(() => WebhookEndpointType, { nullable: true })
  webhookEndpoint: WebhookEndpointType | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class DisableWebhookEndpointPayload {
  @Field(() => WebhookEndpointType, { nullable: true })
  webhookEndpoint: WebhookEndpointType | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class RotateWebhookSecretPayload {
  @Field(() => WebhookEndpointType, { nullable: true })
  webhookEndpoint: WebhookEndpointType | null;

  @Field(() => String, {
    nullable: true,
    description: 'whsec_…: the new secret, shown this once. The previous one signs too for 24 h.',
  })
  secret: string | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class ReplayWebhookDeliveryPayload {
  @Field(() => WebhookDeliveryType, { nullable: true })
  webhookDelivery: WebhookDeliveryType | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class SendTestWebhookEventPayload {
  @Field(() => WebhookDeliveryType, { nullable: true })
  webhookDelivery: WebhookDeliveryType | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
