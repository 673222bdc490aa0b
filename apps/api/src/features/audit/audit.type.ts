import { GraphQLDateTime, GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection.type';

@ObjectType('AuditReference', {
  simpleResolvers: true,
  description: 'An entity that an audit event names in before/after by its database id.',
})
export class AuditReferenceType {
  @Field({ description: 'The key in before/after, e.g. provisioningRequestId.' })
  key: string;

  @Field({ description: 'The value there (a database id).' })
  value: string;

  @Field({ description: 'e.g. ProvisioningRequest' })
  entityType: string;

  @Field(() => ID, { description: 'Its global id, as node(id:) takes it.' })
  entityId: string;
}

@ObjectType('AuditEvent', {
  description: 'One entry of the append-only, hash-chained audit trail.',
})
export class AuditEventType {
  @Field(() => ID, { description: 'Sequence number in the chain.' })
  id: string;

  @Field(() => GraphQLDateTime)
  occurredAt: Date;

  @Field({ description: 'STAFF, API_KEY or SYSTEM.' })
  actorType: string;

  @Field(() => ID, { nullable: true, description: 'Global id of the staff member or API key.' })
  actorId: string | null;

  @Field()
  actorName: string;

  @Field(() => String, { nullable: true })
  requestId: string | null;

  @Field({ description: 'e.g. customer.trialStarted, provisioningRequest.applied' })
  action: string;

  @Field()
  entityType: string;

  @Field(() => ID, { description: 'Global id of the entity.' })
  entityId: string;

  @Field(() => GraphQLJSON, { nullable: true })
  before: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  after: unknown;

  @Field(() => [AuditReferenceType], {
    description: 'The entities before/after name by database id, with their global ids.',
  })
  references: AuditReferenceType[];

  @Field({ description: 'SHA-256 of the previous hash and this event (hex).' })
  hash: string;
}

@ObjectType('AuditEventConnection')
export class AuditEventConnection extends Connection(AuditEventType, 'AuditEvent') {}

@InputType()
export class AuditEventFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'Global id of any entity (customer, request, …).',
  })
  entityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of a staff member or API key.' })
  actorId?: string | null;

  @Field(() => String, { nullable: true })
  action?: string | null;
}

@ObjectType('AuditChainStatus')
export class AuditChainStatusType {
  @Field()
  ok: boolean;

  @Field()
  checked: number;

  @Field(() => ID, { nullable: true })
  firstBrokenId: string | null;

  @Field(() => String, { nullable: true })
  reason: string | null;
}
