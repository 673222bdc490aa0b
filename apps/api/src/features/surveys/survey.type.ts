import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  NPS_CATEGORIES,
  PERSONAL_DATA_KINDS,
  SURVEY_CHANNELS,
  SURVEY_KINDS,
  type LifecycleStage,
  type NpsCategory,
  type PersonalDataKind,
  type SurveyChannel,
  type SurveyKind,
  type UserErrorCode,
} from '@kizuna/domain';
import { Connection } from '../../graphql/connection.type';
import { NodeInterface } from '../../graphql/node.interface';
import { UserError, UserErrorCodeEnum } from '../../graphql/user-error.type';
import { LifecycleStageEnum } from '../customers/customer.type';
import { SurveyReportFilter } from './survey-report.type';
import { enumOf } from '../../graphql/enum-of';

export const SurveyKindEnum = enumOf(SURVEY_KINDS);
registerEnumType(SurveyKindEnum, {
  name: 'SurveyKind',
  description: 'NPS (0–10), CSAT (1–5), CES (1–7).',
});

export const NpsCategoryEnum = enumOf(NPS_CATEGORIES);
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

export const SurveyChannelEnum = enumOf(SURVEY_CHANNELS);
registerEnumType(SurveyChannelEnum, {
  name: 'SurveyChannel',
  description: 'Where an answer came from.',
});

export const PersonalDataKindEnum = enumOf(PERSONAL_DATA_KINDS);
registerEnumType(PersonalDataKindEnum, {
  name: 'PersonalDataKind',
  description: 'Kinds of personal data found in free text and masked for callers without access.',
});

@ObjectType('Respondent', { description: 'Personal data: only for callers allowed to see it.' })
export class RespondentType {
  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;
}

@ObjectType('SurveyResponse', { implements: NodeInterface })
export class SurveyResponseType extends NodeInterface {
  dbId: string;
  surveyDbId: string;
  customerDbId: string;

  @Field(() => Int)
  score: number;

  @Field(() => NpsCategoryEnum, { nullable: true, description: 'For NPS answers only.' })
  npsCategory: NpsCategory | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The comment; for callers without personal-data access, with personal data replaced by placeholders such as [電話番号].',
  })
  comment: string | null;

  @Field(() => [PersonalDataKindEnum], {
    description: 'What was masked in this comment for this caller (empty when shown in full).',
  })
  maskedPersonalData: PersonalDataKind[];

  @Field(() => SurveyChannelEnum)
  channel: SurveyChannel;

  @Field(() => GraphQLDateTime)
  answeredAt: Date;

  @Field(() => String, { nullable: true, description: 'Plan at the time of the answer.' })
  planCode: string | null;

  @Field(() => LifecycleStageEnum, { description: 'Stage at the time of the answer.' })
  stage: LifecycleStage;

  @Field(() => RespondentType, {
    nullable: true,
    description: 'Who answered; null for callers without personal-data access.',
  })
  respondent: RespondentType | null;
}

@ObjectType('SurveyResponseConnection')
export class SurveyResponseConnection extends Connection(SurveyResponseType, 'SurveyResponse') {}

@InputType({
  description:
    'The report filter, plus the answer band and words of the comment. All given conditions must hold.',
})
export class SurveyCommentFilter extends SurveyReportFilter {
  @Field(() => SurveyKindEnum, { nullable: true })
  kind?: SurveyKind | null;

  @Field(() => NpsCategoryEnum, { nullable: true, description: 'NPS answers in this band only.' })
  scoreCategory?: NpsCategory | null;

  @Field(() => Int, { nullable: true })
  scoreMin?: number | null;

  @Field(() => Int, { nullable: true })
  scoreMax?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Words in the comment (callers without personal-data access search the masked text).',
  })
  search?: string | null;
}

@InputType()
export class RespondentInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;
}

@InputType()
export class SubmitSurveyResponseInput {
  @Field(() => ID)
  surveyId: string;

  @Field(() => ID)
  customerId: string;

  @Field(() => Int, { description: 'NPS 0–10, CSAT 1–5, CES 1–7.' })
  score: number;

  @Field(() => String, { nullable: true })
  comment?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `One of ${SURVEY_CHANNELS.join(', ')}; default OTHER.`,
  })
  channel?: string | null;

  @Field({
    description:
      'ISO 8601 with offset (2026-04-01T10:30:00+09:00) or a Tokyo local time (2026-04-01 10:30).',
  })
  answeredAt: string;

  @Field(() => RespondentInput, { nullable: true })
  respondent?: RespondentInput | null;
}

@ObjectType()
export class SubmitSurveyResponsePayload {
  @Field(() => SurveyResponseType, { nullable: true })
  response: SurveyResponseType | null;

  @Field({ description: 'True when this answer was already stored: nothing new was saved.' })
  duplicate: boolean;

  @Field(() => [UserError])
  userErrors: UserError[];
}

export const SurveyImportStatusEnum = {
  QUEUED: 'QUEUED',
  RUNNING: 'RUNNING',
  DONE: 'DONE',
  FAILED: 'FAILED',
} as const;
registerEnumType(SurveyImportStatusEnum, { name: 'SurveyImportStatus' });

@ObjectType('SurveyImportRowError', { description: 'A row that was not imported, and why.' })
export class SurveyImportRowErrorType {
  @Field(() => Int, {
    description:
      'Line in the file (the header is line 1); a quoted line break makes it differ from row.',
  })
  line: number;

  @Field(() => Int, {
    description:
      'The row as Excel numbers it (the header is row 1; line breaks inside quotes do not count). Imports from before it was kept give the line.',
  })
  row: number;

  @Field(() => UserErrorCodeEnum)
  code: UserErrorCode;

  @Field(() => String, { nullable: true, description: 'The column by its English name.' })
  field: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The column as the file’s header names it (スコア, score…).',
  })
  column: string | null;

  @Field()
  message: string;
}

@ObjectType('SurveyImport', { implements: NodeInterface })
export class SurveyImportType extends NodeInterface {
  @Field()
  fileName: string;

  @Field(() => String, { nullable: true, description: 'UTF-8, UTF-8 (BOM) or Shift_JIS.' })
  encoding: string | null;

  @Field(() => SurveyImportStatusEnum)
  status: keyof typeof SurveyImportStatusEnum;

  @Field(() => Int)
  totalRows: number;

  @Field(() => Int)
  processedRows: number;

  @Field(() => Int)
  importedRows: number;

  @Field(() => Int, { description: 'Rows already stored (same answer imported before).' })
  duplicateRows: number;

  @Field(() => Int)
  errorRows: number;

  @Field(() => Float, { description: '0–1.' })
  progress: number;

  @Field(() => [SurveyImportRowErrorType], { description: 'The first 1,000 bad rows.' })
  errors: SurveyImportRowErrorType[];

  @Field(() => String, { nullable: true, description: 'Why the whole file was refused.' })
  failure: string | null;

  @Field(() => GraphQLDateTime)
  createdAt: Date;

  @Field(() => GraphQLDateTime, { nullable: true })
  finishedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who uploaded the file: the staff member’s name or the API key’s.',
  })
  uploadedBy: string | null;
}

@ObjectType('SurveyImportConnection')
export class SurveyImportConnection extends Connection(SurveyImportType, 'SurveyImport') {}
