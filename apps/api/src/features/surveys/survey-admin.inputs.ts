import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { SurveyKind } from '@kizuna/domain';
import { UserError } from '../../graphql/user-error.type';
import { SurveyKindEnum, SurveyType } from './survey.type';

@InputType()
export class CreateSurveyInput {
  @Field({ description: 'Stable code, ^[A-Z][A-Z0-9_]*$ (CSV imports name surveys by it).' })
  code: string;

  @Field(() => SurveyKindEnum, { description: 'Fixes the score scale; cannot change later.' })
  kind: SurveyKind;

  @Field()
  titleJa: string;

  @Field()
  titleEn: string;

  @Field()
  questionJa: string;

  @Field()
  questionEn: string;
}

@InputType({ description: 'Omitted fields keep their value.' })
export class UpdateSurveyInput {
  @Field(() => ID)
  surveyId: string;

  @Field(() => String, { nullable: true })
  titleJa?: string | null;

  @Field(() => String, { nullable: true })
  titleEn?: string | null;

  @Field(() => String, { nullable: true })
  questionJa?: string | null;

  @Field(() => String, { nullable: true })
  questionEn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false: no new answers are accepted.' })
  active?: boolean | null;
}

@ObjectType()
export class CreateSurveyPayload {
  @Field(() => SurveyType, { nullable: true })
  survey: SurveyType | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class UpdateSurveyPayload extends CreateSurveyPayload {}
