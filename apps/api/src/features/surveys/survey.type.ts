import { GraphQLDateTime } from 'graphql-scalars';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NPS_CATEGORIES, SURVEY_KINDS, type NpsCategory, type SurveyKind } from '@kizuna/domain';
import { Connection } from '../../graphql/connection.type';
import { NodeInterface } from '../../graphql/node.interface';

export const SurveyKindEnum = Object.fromEntries(SURVEY_KINDS.map((k) => [k, k])) as {
  [K in SurveyKind]: K;
};
registerEnumType(SurveyKindEnum, {
  name: 'SurveyKind',
  description: 'NPS (0–10), CSAT (1–5), CES (1–7).',
});

export const NpsCategoryEnum = Object.fromEntries(NPS_CATEGORIES.map((k) => [k, k])) as {
  [K in NpsCategory]: K;
};
registerEnumType(NpsCategoryEnum, {
  name: 'NpsCategory',
  description: 'PROMOTER 9–10, PASSIVE 7–8, DETRACTOR 0–6.',
});

@ObjectType('Survey', { implements: NodeInterface })
export class SurveyType extends NodeInterface {
  dbId: string;

  @Field()
  code: string;

  @Field(() => SurveyKindEnum)
  kind: SurveyKind;

  @Field({ description: "Title in the caller's language." })
  title: string;

  @Field()
  titleJa: string;

  @Field()
  titleEn: string;

  @Field({ description: "Question in the caller's language." })
  question: string;

  @Field()
  questionJa: string;

  @Field()
  questionEn: string;

  @Field(() => Int)
  minScore: number;

  @Field(() => Int)
  maxScore: number;

  @Field()
  active: boolean;

  @Field(() => GraphQLDateTime)
  createdAt: Date;
}

@ObjectType('SurveyConnection')
export class SurveyConnection extends Connection(SurveyType, 'Survey') {}

@InputType()
export class SurveyFilter {
  @Field(() => SurveyKindEnum, { nullable: true })
  kind?: SurveyKind | null;
}

@ObjectType('ScoreCount')
export class ScoreCountType {
  @Field(() => Int)
  score: number;

  @Field(() => Int)
  count: number;
}
