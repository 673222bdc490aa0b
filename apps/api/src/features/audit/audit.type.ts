import { GraphQLDateTime, GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection.type';
import { enumOf } from '../../graphql/enum-of';
import { CHAIN_FAULTS, type ChainFault } from './audit-verify';

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

  @Field(() => [String], {
    nullable: true,
    description: 'Any of these actions (a group of them, as the console offers).',
  })
  actions?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'From this day on, YYYY-MM-DD (Asia/Tokyo, from 00:00).',
  })
  from?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Up to and including this day, YYYY-MM-DD (Asia/Tokyo, until 24:00).',
  })
  to?: string | null;
}

export const AuditChainFaultEnum = enumOf(CHAIN_FAULTS);
registerEnumType(AuditChainFaultEnum, {
  name: 'AuditChainFault',
  description: 'What is wrong at the first broken event (reason says it in English).',
});

@ObjectType('AuditChainStatus')
export class AuditChainStatusType {
  @Field()
  ok: boolean;

  @Field(() => Int, { description: 'Events verified (up to the first broken one).' })
  checked: number;

  @Field(() => ID, { nullable: true })
  firstBrokenId: string | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => AuditChainFaultEnum, { nullable: true })
  fault: ChainFault | null;
}
