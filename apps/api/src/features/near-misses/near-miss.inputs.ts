import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type {
  NearMissCause,
  NearMissErredSide,
  NearMissKind,
  NearMissStatus,
} from '@kizuna/domain';
import { UserError } from '../../graphql/user-error.type';
import {
  NearMissCauseEnum,
  NearMissErredSideEnum,
  NearMissKindEnum,
  NearMissStatusEnum,
  NearMissType,
} from './near-miss.type';

@InputType()
export class NearMissFilter {
  @Field(() => NearMissKindEnum, { nullable: true })
  kind?: NearMissKind | null;

  @Field(() => NearMissStatusEnum, { nullable: true })
  status?: NearMissStatus | null;

  @Field(() => NearMissCauseEnum, { nullable: true })
  causeCategory?: NearMissCause | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => ID, { nullable: true })
  requestId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'From this date (YYYY-MM-DD, JST), inclusive.',
  })
  from?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Up to this date (YYYY-MM-DD, JST), inclusive.',
  })
  to?: string | null;
}

@InputType()
export class RecordNearMissInput {
  @Field(() => NearMissKindEnum)
  kind: NearMissKind;

  @Field({ description: 'What happened.' })
  description: string;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => ID, { nullable: true })
  requestId?: string | null;

  @Field(() => [String], { nullable: true })
  fields?: string[] | null;

  @Field(() => NearMissCauseEnum, { nullable: true })
  causeCategory?: NearMissCause | null;

  @Field(() => String, { nullable: true })
  countermeasure?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When it happened (ISO date-time); now by default.',
  })
  occurredAt?: string | null;
}

@InputType()
export class UpdateNearMissInput {
  @Field(() => ID)
  nearMissId: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => NearMissCauseEnum, { nullable: true })
  causeCategory?: NearMissCause | null;

  @Field(() => String, { nullable: true })
  countermeasure?: string | null;

  @Field(() => NearMissStatusEnum, { nullable: true })
  status?: NearMissStatus | null;

  @Field(() => NearMissErredSideEnum, {
    nullable: true,
    description: 'Which side of a blind mismatch erred, decided with the cause.',
  })
  erredSide?: NearMissErredSide | null;
}

@ObjectType('NearMissPayloadBase')
export class NearMissPayload {
  @Field(() => NearMissType, { nullable: true })
  nearMiss: NearMissType | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class RecordNearMissPayload extends NearMissPayload {}
@ObjectType()
export class UpdateNearMissPayload extends NearMissPayload {}
