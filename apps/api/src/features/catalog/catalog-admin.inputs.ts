import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { MfaFactorCategory, OptionKind } from '@kizuna/domain';
import { UserError } from '../../graphql/user-error.type';
import { MfaFactorCategoryEnum, OptionKindEnum, OptionType, PlanType } from './catalog.type';

@InputType()
export class CreatePlanInput {
  @Field({ description: 'Stable code, ^[A-Z][A-Z0-9_]*$ (e.g. STANDARD).' })
  code: string;

  @Field()
  nameJa: string;

  @Field()
  nameEn: string;

  @Field(() => Int, { description: 'Whole yen, excluding tax, 0–10,000,000.' })
  monthlyFeeYen: number;

  @Field(() => Float, { description: '90–100, e.g. 99.95.' })
  slaTargetPercent: number;

  @Field(() => Int, { nullable: true })
  sortOrder?: number | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'e.g. {"devices": 2}.' })
  limits?: Record<string, unknown> | null;
}

@InputType({ description: 'Omitted fields keep their value. The fee changes by schedulePrice.' })
export class UpdatePlanInput {
  @Field(() => ID)
  planId: string;

  @Field(() => String, { nullable: true })
  nameJa?: string | null;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => Float, { nullable: true })
  slaTargetPercent?: number | null;

  @Field(() => Int, { nullable: true })
  sortOrder?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'false: no longer offered to new contracts.',
  })
  active?: boolean | null;
}

@InputType()
export class CreateOptionInput {
  @Field()
  code: string;

  @Field()
  nameJa: string;

  @Field()
  nameEn: string;

  @Field(() => Int)
  monthlyFeeYen: number;

  @Field(() => OptionKindEnum)
  kind: OptionKind;

  @Field(() => MfaFactorCategoryEnum, {
    nullable: true,
    description: 'Required for MFA, else none.',
  })
  factorCategory?: MfaFactorCategory | null;

  @Field(() => String, { nullable: true, description: 'Exclusive group code, e.g. STORAGE.' })
  optionGroup?: string | null;

  @Field(() => Int, { nullable: true })
  sortOrder?: number | null;
}

@InputType({
  description:
    'Omitted fields keep their value; optionGroup null or "" takes the option out of its group.',
})
export class UpdateOptionInput {
  @Field(() => ID)
  optionId: string;

  @Field(() => String, { nullable: true })
  nameJa?: string | null;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => String, { nullable: true })
  optionGroup?: string | null;

  @Field(() => Int, { nullable: true })
  sortOrder?: number | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType({ description: 'A new monthly fee of a plan or an option (one of them) from a date.' })
export class SchedulePriceInput {
  @Field(() => ID, { nullable: true })
  planId?: string | null;

  @Field(() => ID, { nullable: true })
  optionId?: string | null;

  @Field(() => Int)
  monthlyFeeYen: number;

  @Field({ description: 'YYYY-MM-DD, today or later (Asia/Tokyo). Today: applies at once.' })
  validFrom: string;
}

@ObjectType()
export class CreatePlanPayload {
  @Field(() => PlanType, { nullable: true })
  plan: PlanType | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class UpdatePlanPayload extends CreatePlanPayload {}

@ObjectType()
export class CreateOptionPayload {
  @Field(() => OptionType, { nullable: true })
  option: OptionType | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class UpdateOptionPayload extends CreateOptionPayload {}

@ObjectType()
export class SchedulePricePayload {
  @Field(() => PlanType, { nullable: true })
  plan: PlanType | null;

  @Field(() => OptionType, { nullable: true })
  option: OptionType | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
