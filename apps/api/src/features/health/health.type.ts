import { GraphQLDateTime, GraphQLSafeInt } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  HEALTH_BAND_LABELS,
  HEALTH_BANDS,
  HEALTH_SIGNALS,
  SEGMENT_STAGES,
  TOUCH_MODEL_LABELS,
  TOUCH_MODELS,
  type HealthBand,
  type HealthSignal,
  type SegmentStage,
  type TouchModel,
} from '@kizuna/domain';
import { enumOf } from '../../graphql/enum-of';
import { UserError } from '../../graphql/user-error.type';

export const HealthBandEnum = enumOf(HEALTH_BANDS);
registerEnumType(HealthBandEnum, {
  name: 'HealthBand',
  description: 'GOOD ≥ goodAtLeast, WATCH ≥ watchAtLeast, else AT_RISK (HealthSettings).',
  valuesConfig: Object.fromEntries(
    HEALTH_BANDS.map((b) => [b, { description: HEALTH_BAND_LABELS[b].ja }]),
  ),
});

export const HealthSignalEnum = enumOf(HEALTH_SIGNALS);
registerEnumType(HealthSignalEnum, {
  name: 'HealthSignal',
  description: 'The signals a health score is built from, in display order.',
});

export const TouchModelEnum = enumOf(TOUCH_MODELS);
registerEnumType(TouchModelEnum, {
  name: 'TouchModel',
  description: 'How much human attention a customer gets.',
  valuesConfig: Object.fromEntries(
    TOUCH_MODELS.map((t) => [t, { description: TOUCH_MODEL_LABELS[t].ja }]),
  ),
});

export const SegmentStageEnum = enumOf(SEGMENT_STAGES);
registerEnumType(SegmentStageEnum, {
  name: 'SegmentStage',
  description:
    'Rows of the 9-cell map: TRIAL, ACTIVE, and RENEWAL (ACTIVE renewing within 90 days).',
});

export const SEGMENT_NPS_BANDS = ['PROMOTER', 'PASSIVE', 'DETRACTOR', 'NO_NPS'] as const;
export type SegmentNpsBand = (typeof SEGMENT_NPS_BANDS)[number];
export const SegmentNpsBandEnum = enumOf(SEGMENT_NPS_BANDS);
registerEnumType(SegmentNpsBandEnum, {
  name: 'SegmentNpsBand',
  description:
    'Columns of the 9-cell map: the company NPS (its respondents’ latest answers of 180 days) read as PROMOTER (≥ +30), PASSIVE, DETRACTOR (< 0); NO_NPS: no NPS answer.',
});

@ObjectType('HealthComponent', { simpleResolvers: true })
export class HealthComponentType {
  @Field(() => HealthSignalEnum)
  key: HealthSignal;

  @Field({ description: 'In the caller’s language.' })
  label: string;

  @Field(() => Float, {
    nullable: true,
    description: 'The signal on a 0–100 scale (100 = healthy); null when missing.',
  })
  value: number | null;

  @Field(() => Int, { description: 'The configured weight.' })
  weight: number;

  @Field(() => Float, {
    description:
      'The share of the score the signal carries after missing signals’ weights are redistributed (0–1).',
  })
  effectiveWeight: number;

  @Field(() => Float, {
    description:
      'value × effectiveWeight, one decimal; the components’ contributions add up to the score.',
  })
  contribution: number;

  @Field({ description: 'Why, in the caller’s language (what was read; what was missing).' })
  explanation: string;

  @Field()
  missing: boolean;
}

@ObjectType('HealthScore', {
  simpleResolvers: true,
  description:
    'A stored score: recomputed every night at 03:00 JST and within about 15 seconds of a change to the customer’s survey answers, near-misses, service credits, subscription or stage; usage and SLA availability are read at the nightly run. computedAt says when.',
})
export class HealthScoreType {
  @Field(() => Float, {
    nullable: true,
    description: '0–100, one decimal; null when every signal is missing.',
  })
  score: number | null;

  @Field(() => HealthBandEnum, { nullable: true })
  band: HealthBand | null;

  @Field(() => [HealthComponentType])
  components: HealthComponentType[];

  @Field(() => GraphQLDateTime)
  computedAt: Date;
}

@ObjectType('HealthMonth', { simpleResolvers: true })
export class HealthMonthType {
  @Field({ description: 'YYYY-MM (Asia/Tokyo).' })
  month: string;

  @Field(() => Float, { description: 'The last score computed in the month.' })
  score: number;

  @Field(() => HealthBandEnum)
  band: HealthBand;

  @Field(() => Float, { nullable: true, description: 'The company NPS at that score.' })
  nps: number | null;

  @Field({ description: 'false for the current month (its score may still change).' })
  closed: boolean;
}

@ObjectType('CompanyNps', {
  simpleResolvers: true,
  description:
    'The company’s NPS from its respondents: each person’s latest NPS answer of the last 180 days counts once (stored with the health score; see HealthScore for freshness).',
})
export class CompanyNpsType {
  @Field(() => Float, { nullable: true, description: '−100…100; null without answers.' })
  score: number | null;

  @Field(() => Int)
  respondents: number;

  @Field(() => SegmentNpsBandEnum)
  band: SegmentNpsBand;
}

@ObjectType('HealthWeight', { simpleResolvers: true })
export class HealthWeightType {
  @Field(() => HealthSignalEnum)
  signal: HealthSignal;

  @Field({ description: 'In the caller’s language.' })
  label: string;

  @Field(() => Int)
  weight: number;
}

@ObjectType('TouchModelThresholds', {
  simpleResolvers: true,
  description:
    'First rule that holds: 年商 ≥ highTouchRevenueYen → HIGH_TOUCH; 年商 < techTouchRevenueBelowYen or 流動比率 < techTouchCurrentRatioBelow → TECH_TOUCH; 年商 ≥ engagedHighTouchRevenueYen with engagement HIGH → HIGH_TOUCH; else LOW_TOUCH (also when 年商 is unknown).',
})
export class TouchModelThresholdsType {
  @Field(() => GraphQLSafeInt)
  highTouchRevenueYen: number;

  @Field(() => GraphQLSafeInt)
  engagedHighTouchRevenueYen: number;

  @Field(() => GraphQLSafeInt)
  techTouchRevenueBelowYen: number;

  @Field(() => Float)
  techTouchCurrentRatioBelow: number;
}

@ObjectType('HealthSettings', { simpleResolvers: true })
export class HealthSettingsType {
  @Field(() => [HealthWeightType], { description: 'Relative weights, whole numbers 0–100.' })
  weights: HealthWeightType[];

  @Field(() => Int)
  goodAtLeast: number;

  @Field(() => Int)
  watchAtLeast: number;

  @Field(() => TouchModelThresholdsType)
  touchModel: TouchModelThresholdsType;

  @Field(() => Int, {
    description: 'Pass it back to updateHealthSettings; 0 while the defaults apply.',
  })
  version: number;

  @Field(() => GraphQLDateTime, { nullable: true })
  updatedAt: Date | null;
}

@ObjectType('UpdateHealthSettingsPayload')
export class UpdateHealthSettingsPayload {
  @Field(() => HealthSettingsType, { nullable: true })
  healthSettings: HealthSettingsType | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType('TouchModelOverride', { simpleResolvers: true })
export class TouchModelOverrideType {
  @Field(() => TouchModelEnum)
  touchModel: TouchModel;

  @Field()
  reason: string;

  @Field(() => String, { nullable: true, description: 'Who set it (display name).' })
  setBy: string | null;

  @Field(() => GraphQLDateTime)
  setAt: Date;
}

@ObjectType('TouchModelAssessment', { simpleResolvers: true })
export class TouchModelAssessmentType {
  @Field(() => TouchModelEnum, { description: 'The override if any, else the derived model.' })
  touchModel: TouchModel;

  @Field(() => TouchModelEnum, { description: 'What the rule derives from the profile.' })
  derived: TouchModel;

  @Field({ description: 'Which rule decided, and what was not known, in the caller’s language.' })
  reason: string;

  @Field(() => [String], {
    description: 'Profile fields that were not known: annualRevenueYen, currentRatio, engagement.',
  })
  unknownFields: string[];

  @Field(() => TouchModelOverrideType, { nullable: true })
  override: TouchModelOverrideType | null;
}

@ObjectType('SegmentCell', { simpleResolvers: true })
export class SegmentCellType {
  @Field(() => SegmentStageEnum)
  stage: SegmentStage;

  @Field(() => SegmentNpsBandEnum)
  npsBand: SegmentNpsBand;

  @Field(() => Int, {
    description: 'List them with customers(filter: {segment: {stage, npsBand}}).',
  })
  customers: number;

  @Field(() => Int, {
    description: 'Customers here now that were in another cell, or on no map, at last month’s end.',
  })
  movedIn: number;

  @Field(() => Int, {
    description:
      'Customers here at last month’s end that are in another cell, or off the map, now.',
  })
  movedOut: number;
}

@ObjectType('CustomerSegmentMap', {
  simpleResolvers: true,
  description:
    'Customers in trial or under contract by lifecycle stage × company NPS band: 3 × 3 cells and, per row, the customers without NPS (npsBand NO_NPS). From the stored scores (see HealthScore for freshness).',
})
export class CustomerSegmentMapType {
  @Field(() => [SegmentCellType], { description: 'Row by row; NO_NPS last in each row.' })
  cells: SegmentCellType[];

  @Field({ description: 'YYYY-MM: the month whose end the moves are counted from.' })
  comparedWith: string;
}

@ObjectType('HealthBandCount', { simpleResolvers: true })
export class HealthBandCountType {
  @Field(() => HealthBandEnum)
  band: HealthBand;

  @Field(() => Int)
  customers: number;
}

@ObjectType('TouchModelCount', { simpleResolvers: true })
export class TouchModelCountType {
  @Field(() => TouchModelEnum)
  touchModel: TouchModel;

  @Field(() => Int)
  customers: number;

  @Field(() => Int, { description: 'Of which staff set the model by hand.' })
  overridden: number;
}

@ObjectType('HealthScoreBucket', { simpleResolvers: true })
export class HealthScoreBucketType {
  @Field(() => Int, {
    description: 'Scores from this value to just below from + 10 (the last bucket, 90, holds 100).',
  })
  from: number;

  @Field(() => Int)
  customers: number;
}

@ObjectType('CustomerHealthSummary', {
  simpleResolvers: true,
  description: 'Customers in trial or under contract: health bands and touch models.',
})
export class CustomerHealthSummaryType {
  @Field(() => [HealthBandCountType], { description: 'GOOD, WATCH, AT_RISK.' })
  bands: HealthBandCountType[];

  @Field(() => Int, { description: 'Without a score yet, or with every signal missing.' })
  unscored: number;

  @Field(() => [TouchModelCountType], { description: 'HIGH_TOUCH, LOW_TOUCH, TECH_TOUCH.' })
  touchModels: TouchModelCountType[];

  @Field(() => [HealthScoreBucketType], {
    description:
      'Scored customers by score in ten buckets of 10 points, lowest first (empty buckets included).',
  })
  scoreHistogram: HealthScoreBucketType[];
}
