import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CONTRACT_TERMS, type ContractTerm } from '@kizuna/domain';
import { enumOf } from '../../graphql/enum-of';
import { parseTimestamp } from '../../db/timestamps';
import { NodeInterface } from '../../graphql/node.interface';
import type { OptionType, PlanType } from '../catalog/catalog.type';

export const SubscriptionStatusEnum = {
  TRIAL: 'TRIAL',
  ACTIVE: 'ACTIVE',
  CANCELLED: 'CANCELLED',
  EXPIRED: 'EXPIRED',
} as const;
registerEnumType(SubscriptionStatusEnum, {
  name: 'SubscriptionStatus',
  description: 'EXPIRED: a trial that ended without a conversion (every option off; not churn).',
});

export const ContractTermEnum = enumOf(CONTRACT_TERMS);
registerEnumType(ContractTermEnum, {
  name: 'ContractTerm',
  description: 'How long the contract runs before it renews: a month or a year (default MONTHLY).',
});

@ObjectType('Subscription', {
  implements: NodeInterface,
  simpleResolvers: true,
  description: "A customer's current contract.",
})
export class SubscriptionType extends NodeInterface {
  dbId: string;
  planId: string;
  /** Loaded ahead by a list resolver (see preloadSubscriptions); not part of the schema. */
  preloadedPlan?: PlanType;
  preloadedOptions?: OptionType[];

  @Field(() => SubscriptionStatusEnum)
  status: keyof typeof SubscriptionStatusEnum;

  /** Timestamps as text, parsed only by the fields that show them (db/timestamps.ts). */
  timestamps: { startedAt: string; cancelledAt: string | null };

  @Field(() => GraphQLDateTime)
  get startedAt(): Date {
    return parseTimestamp(this.timestamps.startedAt);
  }

  @Field(() => GraphQLDateTime, { nullable: true })
  get cancelledAt(): Date | null {
    return parseTimestamp(this.timestamps.cancelledAt);
  }

  @Field(() => Int, {
    description: 'Incremented on every change; provisioning approvals are bound to it.',
  })
  version: number;

  @Field(() => ContractTermEnum, {
    description:
      'MONTHLY unless stated: set by the conversion or reactivation that started the contract; a running contract keeps it (ADR 0018).',
  })
  contractTerm: ContractTerm;
}

@ObjectType('SubscriptionChange', {
  simpleResolvers: true,
  description: 'One applied change of a subscription.',
})
export class SubscriptionChangeType {
  @Field(() => GraphQLDateTime)
  changedAt: Date;

  @Field()
  changeKind: string;

  @Field(() => String, { nullable: true })
  statusBefore: string | null;

  @Field()
  statusAfter: string;

  @Field(() => String, { nullable: true })
  planCodeBefore: string | null;

  @Field()
  planCodeAfter: string;

  @Field(() => [String])
  optionCodesBefore: string[];

  @Field(() => [String])
  optionCodesAfter: string[];
}
