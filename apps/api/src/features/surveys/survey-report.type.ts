import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { LifecycleStage } from '@kizuna/domain';
import { LifecycleStageEnum } from '../customers/customer.type';

export enum ReportGroupBy {
  PLAN = 'PLAN',
  STAGE = 'STAGE',
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  FISCAL_YEAR = 'FISCAL_YEAR',
}
registerEnumType(ReportGroupBy, {
  name: 'ReportGroupBy',
  description:
    'PLAN and STAGE as at the answer; MONTH in Asia/Tokyo; QUARTER and FISCAL_YEAR are fiscal (April start by default).',
});

@InputType({
  description:
    'All given conditions must hold. Dates are Tokyo calendar dates (YYYY-MM-DD), inclusive.',
})
export class SurveyReportFilter {
  @Field(() => [ID], { nullable: true, description: "Default: every survey of the report's kind." })
  surveyIds?: string[] | null;

  @Field(() => String, { nullable: true })
  from?: string | null;

  @Field(() => String, { nullable: true })
  to?: string | null;

  @Field(() => [String], { nullable: true })
  planCodes?: string[] | null;

  @Field(() => [LifecycleStageEnum], { nullable: true })
  stages?: LifecycleStage[] | null;

  @Field(() => [ID], { nullable: true })
  customerIds?: string[] | null;
}

@ObjectType('ScoreCount')
export class ScoreCountType {
  @Field(() => Int)
  score: number;

  @Field(() => Int)
  count: number;
}

const SMALL =
  'True when fewer responses than smallSampleThreshold: show as indicative, not as fact.';

@ObjectType('NpsFigures')
export class NpsFiguresType {
  @Field(() => Float, {
    nullable: true,
    description: '−100…100, one decimal; null without responses.',
  })
  score: number | null;

  @Field(() => Int)
  promoters: number;

  @Field(() => Int)
  passives: number;

  @Field(() => Int)
  detractors: number;

  @Field(() => Int)
  responses: number;

  @Field(() => Float, { nullable: true, description: '95 % margin of error in NPS points.' })
  marginOfError: number | null;

  @Field({ description: SMALL })
  smallSample: boolean;
}

@ObjectType('NpsGroup')
export class NpsGroupType extends NpsFiguresType {
  @Field({ description: 'Plan code, stage, YYYY-MM, FY2025-Q1 or FY2025.' })
  key: string;
}

@ObjectType('NpsReport')
export class NpsReportType extends NpsFiguresType {
  @Field(() => NpsFiguresType, { description: 'The same overall figures as an object.' })
  overall: NpsFiguresType;

  @Field(() => [NpsGroupType])
  groups: NpsGroupType[];

  @Field(() => [ScoreCountType], { description: 'Responses per score 0–10.' })
  distribution: ScoreCountType[];

  @Field(() => Int)
  smallSampleThreshold: number;
}

@ObjectType('ShareFigures', { description: 'CSAT or CES figures.' })
export class ShareFiguresType {
  @Field(() => Int)
  responses: number;

  @Field(() => Float, { nullable: true, description: 'Mean score, two decimals.' })
  mean: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'CSAT: share of 4–5; CES: share of 5–7 (0–1, three decimals).',
  })
  share: number | null;

  @Field(() => Float, { nullable: true, description: '95 % margin of error of the share.' })
  marginOfError: number | null;

  @Field({ description: SMALL })
  smallSample: boolean;
}

@ObjectType('ShareGroup')
export class ShareGroupType extends ShareFiguresType {
  @Field()
  key: string;
}

/** What CSAT and CES reports share: overall figures, groups, distribution. */
// Not referenced by a resolver, so type-graphql does not emit it; only its subclasses appear.
@ObjectType('ShareReportBase')
abstract class ShareReportType extends ShareFiguresType {
  @Field(() => ShareFiguresType)
  overall: ShareFiguresType;

  @Field(() => [ShareGroupType])
  groups: ShareGroupType[];

  @Field(() => [ScoreCountType])
  distribution: ScoreCountType[];

  @Field(() => Int)
  smallSampleThreshold: number;
}

@ObjectType('CsatReport')
export class CsatReportType extends ShareReportType {
  @Field(() => Float, {
    nullable: true,
    description: 'Share of satisfied (4–5) answers; same as share.',
  })
  satisfiedShare: number | null;
}

@ObjectType('CesReport')
export class CesReportType extends ShareReportType {
  @Field(() => Float, {
    nullable: true,
    description: 'Share of easy (5–7) answers; same as share.',
  })
  easyShare: number | null;
}
