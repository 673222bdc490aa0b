import { Field, ObjectType } from 'type-graphql';
import type { ContractTerm } from '@kizuna/domain';
import { TaxedAmountType } from '../../graphql/money.type';
import { ContractTermEnum, SubscriptionStatusEnum } from '../subscriptions/subscription.type';

@ObjectType('SubscriptionFee', {
  simpleResolvers: true,
  description:
    'One row of the fee history (ADR 0018): what the subscription cost from a Tokyo date until the next row.',
})
export class SubscriptionFeeType {
  @Field({ description: 'YYYY-MM-DD (Asia/Tokyo): the first day this row is in force.' })
  effectiveFrom: string;

  @Field(() => String, {
    nullable: true,
    description:
      'YYYY-MM-DD (exclusive): the next row’s first day; null while in force. Equal to effectiveFrom when a later change of the same day replaced it.',
  })
  effectiveTo: string | null;

  @Field(() => SubscriptionStatusEnum)
  status: keyof typeof SubscriptionStatusEnum;

  @Field()
  planCode: string;

  @Field(() => [String])
  optionCodes: string[];

  @Field(() => ContractTermEnum, {
    description: 'The contract’s term while this row was in force.',
  })
  contractTerm: ContractTerm;

  @Field(() => TaxedAmountType, { description: 'Monthly fee; 0 unless ACTIVE.' })
  monthlyFee: TaxedAmountType;

  @Field({
    description:
      'What changed it: a provisioning kind (CONVERSION, PLAN_CHANGE, …), TRIAL_STARTED, TRIAL_EXPIRED or PRICE_CHANGE (a catalog price applied to existing contracts).',
  })
  changeKind: string;
}
