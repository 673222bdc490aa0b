import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  NEAR_MISS_ERRED_SIDES,
  type NearMissErredSide,
  NEAR_MISS_CAUSES,
  NEAR_MISS_KINDS,
  NEAR_MISS_STATUSES,
  type NearMissCause,
  type NearMissKind,
  type NearMissStatus,
} from '@kizuna/domain';
import { Connection } from '../../graphql/connection.type';
import { NodeInterface } from '../../graphql/node.interface';
import { enumOf } from '../../graphql/enum-of';

export const NearMissKindEnum = enumOf(NEAR_MISS_KINDS);
registerEnumType(NearMissKindEnum, {
  name: 'NearMissKind',
  description: 'NEAR_MISS (ヒヤリ・ハット, caught) or INCIDENT (reached a customer).',
});
export const NearMissCauseEnum = enumOf(NEAR_MISS_CAUSES);
registerEnumType(NearMissCauseEnum, { name: 'NearMissCause' });
export const NearMissStatusEnum = enumOf(NEAR_MISS_STATUSES);
registerEnumType(NearMissStatusEnum, { name: 'NearMissStatus' });

export const NearMissErredSideEnum = enumOf(NEAR_MISS_ERRED_SIDES);
registerEnumType(NearMissErredSideEnum, {
  name: 'NearMissErredSide',
  description: 'Which side of a blind mismatch erred: the maker, the checker, both, or unknown.',
});

@ObjectType('CheckedValues', {
  simpleResolvers: true,
  description: 'The values one side entered for the fields that differed in a blind check.',
})
export class CheckedValuesType {
  @Field(() => String, { nullable: true })
  planCode: string | null;

  @Field(() => [String], { nullable: true })
  optionCodes: string[] | null;

  @Field(() => String, { nullable: true })
  effectiveDate: string | null;

  @Field(() => String, { nullable: true })
  trialEndsOn: string | null;

  @Field(() => String, { nullable: true, description: 'MONTHLY or ANNUAL.' })
  contractTerm: string | null;
}

export enum NearMissSource {
  AUTOMATIC = 'AUTOMATIC',
  MANUAL = 'MANUAL',
}
registerEnumType(NearMissSource, {
  name: 'NearMissSource',
  description: 'AUTOMATIC: recorded by a blind-check mismatch.',
});

@ObjectType('NearMiss', { implements: NodeInterface })
export class NearMissType extends NodeInterface {
  dbId: string;
  customerDbId: string | null;
  requestDbId: string | null;
  reportedById: string | null;

  @Field(() => NearMissKindEnum)
  kind: NearMissKind;

  @Field(() => NearMissStatusEnum)
  status: NearMissStatus;

  @Field(() => NearMissSource)
  source: NearMissSource;

  @Field(() => String, {
    nullable: true,
    description: 'Kind of the provisioning request involved.',
  })
  requestKind: string | null;

  @Field(() => [String], { description: 'Fields involved, e.g. optionCodes.' })
  fields: string[];

  @Field({ description: 'What happened.' })
  description: string;

  @Field(() => NearMissCauseEnum, { nullable: true })
  causeCategory: NearMissCause | null;

  @Field(() => String, { nullable: true, description: '再発防止策' })
  countermeasure: string | null;

  @Field(() => CheckedValuesType, {
    nullable: true,
    description: "Blind-check mismatch: the maker's values of the differing fields.",
  })
  makerValues: CheckedValuesType | null;

  @Field(() => CheckedValuesType, {
    nullable: true,
    description: "Blind-check mismatch: the checker's re-entered values of the differing fields.",
  })
  checkerValues: CheckedValuesType | null;

  @Field(() => NearMissErredSideEnum, {
    nullable: true,
    description: 'Set with the cause, after the analysis.',
  })
  erredSide: NearMissErredSide | null;

  @Field(() => GraphQLDateTime)
  occurredAt: Date;

  @Field(() => GraphQLDateTime)
  updatedAt: Date;
}

@ObjectType('NearMissConnection')
export class NearMissConnection extends Connection(NearMissType, 'NearMiss') {}

@ObjectType('NearMissCount')
export class NearMissCountType {
  @Field({
    description: 'The group: a week start (YYYY-MM-DD, Monday, JST), a request kind or a field.',
  })
  key: string;

  @Field(() => Int)
  nearMisses: number;

  @Field(() => Int)
  incidents: number;
}

@ObjectType('NearMissReport', { description: 'What the double check caught, where and how often.' })
export class NearMissReportType {
  @Field(() => [NearMissCountType])
  byWeek: NearMissCountType[];

  @Field(() => [NearMissCountType], {
    description: 'Keyed by request kind; NONE for near-misses recorded by hand without a request.',
  })
  byRequestKind: NearMissCountType[];

  @Field(() => [NearMissCountType])
  byField: NearMissCountType[];

  @Field(() => Int, {
    description:
      'Checks decided in the period (applied, returned by mismatch or by hand, rejected).',
  })
  requestsChecked: number;

  @Field(() => Int)
  requestsReturned: number;

  @Field(() => Int)
  requestsApplied: number;

  @Field(() => Int)
  requestsRejected: number;
}
