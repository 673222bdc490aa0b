import { Field, ID, InputType } from 'type-graphql';
import { EVENT_TYPES } from '../events/event-types';

const EVENT_TYPES_DESCRIPTION = `Empty or absent: every type. Known: ${EVENT_TYPES.join(', ')}.`;

@InputType()
export class CreateWebhookEndpointInput {
  @Field({ description: 'https in production; private addresses refused (see README).' })
  url: string;

  @Field(() => [String], { nullable: true, description: EVENT_TYPES_DESCRIPTION })
  eventTypes?: string[] | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType()
export class UpdateWebhookEndpointInput {
  @Field(() => ID)
  endpointId: string;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => [String], { nullable: true, description: EVENT_TYPES_DESCRIPTION })
  eventTypes?: string[] | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: enable again (failures forgotten); false: disable.',
  })
  enabled?: boolean | null;
}

@InputType()
export class DisableWebhookEndpointInput {
  @Field(() => ID)
  endpointId: string;
}

@InputType()
export class RotateWebhookSecretInput {
  @Field(() => ID)
  endpointId: string;
}

@InputType()
export class SendTestWebhookEventInput {
  @Field(() => ID)
  endpointId: string;
}

@InputType()
export class ReplayWebhookDeliveryInput {
  @Field(() => ID)
  deliveryId: string;
}
