import { GraphQLDateTime, GraphQLJSON } from 'graphql-scalars';
import { Field, InputType, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection.type';
import { EVENT_TYPES } from './event-types';

@ObjectType('Event', {
  simpleResolvers: true,
  description:
    'One change integrators learn of, as webhooks deliver it: the same id, type, time and data (docs/events.md).',
})
export class EventType {
  @Field({ description: 'evt_…: stable across retries and replays (the webhook-id).' })
  id: string;

  @Field({ description: 'e.g. customer.trial_started, provisioning_request.applied' })
  type: string;

  @Field(() => GraphQLDateTime, { description: 'When the change happened (business clock).' })
  occurredAt: string;

  @Field(() => GraphQLJSON, {
    description: 'Global IDs, codes, dates and amounts; never personal data.',
  })
  data: Record<string, unknown>;
}

@ObjectType('EventConnection')
export class EventConnection extends Connection(EventType, 'Event') {}

@InputType()
export class EventFilter {
  @Field(() => [String], {
    nullable: true,
    description: `Only these types: ${EVENT_TYPES.join(', ')}.`,
  })
  types?: string[] | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'Only events that occurred at or after this time.',
  })
  since?: Date | null;
}
