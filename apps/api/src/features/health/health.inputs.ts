import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { TouchModel } from '@kizuna/domain';
import { UserError } from '../../graphql/user-error.type';
import { CustomerType } from '../customers/customer.type';
import { TouchModelEnum } from './health.type';

@InputType({ description: 'Relative weights, whole numbers 0–100, at least one above 0.' })
export class HealthWeightsInput {
  @Field(() => Int)
  usage: number;

  @Field(() => Int)
  surveys: number;

  @Field(() => Int)
  sla: number;

  @Field(() => Int)
  optionAdoption: number;

  @Field(() => Int)
  openIssues: number;

  @Field(() => Int)
  renewal: number;
}

@InputType({ description: 'See TouchModelThresholds; tech ≤ engaged ≤ high.' })
export class TouchModelThresholdsInput {
  @Field(() => GraphQLSafeInt)
  highTouchRevenueYen: number;

  @Field(() => GraphQLSafeInt)
  engagedHighTouchRevenueYen: number;

  @Field(() => GraphQLSafeInt)
  techTouchRevenueBelowYen: number;

  @Field(() => Float, { description: 'Two decimals at most.' })
  techTouchCurrentRatioBelow: number;
}

@InputType()
export class UpdateHealthSettingsInput {
  @Field(() => Int, { description: 'HealthSettings.version as read (optimistic concurrency).' })
  version: number;

  @Field(() => HealthWeightsInput)
  weights: HealthWeightsInput;

  @Field(() => Int, { description: 'A score at or above is GOOD (0–100).' })
  goodAtLeast: number;

  @Field(() => Int, { description: 'A score at or above (and below goodAtLeast) is WATCH.' })
  watchAtLeast: number;

  @Field(() => TouchModelThresholdsInput)
  touchModel: TouchModelThresholdsInput;
}

@InputType()
export class SetTouchModelInput {
  @Field(() => ID)
  customerId: string;

  @Field(() => TouchModelEnum)
  touchModel: TouchModel;

  @Field({ description: 'Why (required, up to 500 characters). Not copied to the audit trail.' })
  reason: string;
}

@InputType()
export class ClearTouchModelOverrideInput {
  @Field(() => ID)
  customerId: string;
}

@ObjectType()
export class SetTouchModelPayload {
  @Field(() => CustomerType, { nullable: true })
  customer: CustomerType | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
