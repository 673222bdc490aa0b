import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { Engagement, Industry } from '@kizuna/domain';
import { UserError } from '../../graphql/user-error.type';
import { CustomerType, EngagementEnum, IndustryEnum } from './customer.type';

@InputType({
  description:
    'A change of the company record: a field left out is kept, null clears it (the name cannot be cleared).',
})
export class UpdateCustomerInput {
  @Field(() => ID)
  customerId: string;

  @Field(() => Int, {
    description: 'Customer.version as read; a customer changed since is refused (STALE_VERSION).',
  })
  version: number;

  @Field(() => String, { nullable: true, description: 'Company name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Company furigana (katakana or hiragana).' })
  nameKana?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '法人番号, 13 digits (half- or full-width).',
  })
  corporateNumber?: string | null;

  @Field(() => GraphQLSafeInt, { nullable: true, description: '年商 in whole yen, 0 or more.' })
  annualRevenueYen?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '流動比率 as a ratio (1.5 = 150 %), 0–1000, kept to two decimals.',
  })
  currentRatio?: number | null;

  @Field(() => Int, { nullable: true })
  employeeCount?: number | null;

  @Field(() => IndustryEnum, { nullable: true })
  industry?: Industry | null;

  @Field(() => EngagementEnum, { nullable: true })
  engagement?: Engagement | null;
}

@ObjectType()
export class UpdateCustomerPayload {
  @Field(() => CustomerType, { nullable: true })
  customer: CustomerType | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
