import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { USAGE_GROUP_BYS, type UsageGroupBy } from '@kizuna/domain';
import { enumOf } from '../../graphql/enum-of';
import { NodeInterface } from '../../graphql/node.interface';
import { UserError } from '../../graphql/user-error.type';
import { SurveyImportRowErrorType, SurveyImportStatusEnum } from '../surveys/survey.type';

export const UsageGroupByEnum = enumOf(USAGE_GROUP_BYS);
registerEnumType(UsageGroupByEnum, {
  name: 'UsageGroupBy',
  description:
    'CUSTOMER; PLAN (the customer’s current plan, NONE without one); MONTH in Asia/Tokyo; QUARTER and FISCAL_YEAR are fiscal (KIZUNA_FISCAL_YEAR_START_MONTH, April by default).',
});

@InputType({ description: 'One customer’s usage of one Tokyo day.' })
export class RecordDailyUsageInput {
  @Field(() => ID)
  customerId: string;

  @Field({ description: 'Tokyo calendar date YYYY-MM-DD, not after today.' })
  date: string;

  @Field(() => Int, { description: 'Users active that day.' })
  activeUsers: number;

  @Field(() => Float, { description: 'Storage used at the end of the day, in GB (3 decimals).' })
  storageGb: number;
}

@ObjectType('DailyUsage', { simpleResolvers: true, description: 'One customer-day of usage.' })
export class DailyUsageType {
  @Field({ description: 'Tokyo calendar date YYYY-MM-DD.' })
  date: string;

  @Field(() => Int)
  activeUsers: number;

  @Field(() => Float)
  storageGb: number;
}

@ObjectType()
export class RecordDailyUsagePayload {
  @Field(() => DailyUsageType, { nullable: true })
  usage: DailyUsageType | null;

  @Field({ description: 'True when this day had been recorded before and was replaced.' })
  replaced: boolean;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType({
  description:
    'Tokyo calendar dates (YYYY-MM-DD), inclusive. Default: the twelve months up to today.',
})
export class UsageReportFilter {
  @Field(() => String, { nullable: true })
  from?: string | null;

  @Field(() => String, { nullable: true })
  to?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Customers whose current plan is one of these.',
  })
  planCodes?: string[] | null;

  @Field(() => [ID], { nullable: true })
  customerIds?: string[] | null;
}

@ObjectType('UsageGroup', { simpleResolvers: true })
export class UsageGroupType {
  @Field({ description: 'A customer id, a plan code, YYYY-MM, FY2025-Q1 or FY2025.' })
  key: string;

  @Field({
    description: 'Customer or plan name in the caller’s language; the key for time groups.',
  })
  label: string;

  @Field(() => Int, { description: 'Customers with usage in the group.' })
  customers: number;

  @Field(() => Float, {
    description:
      'Daily active users: for each customer, the mean of its daily active users over the days it reported in the period; summed over the group’s customers.',
  })
  dau: number;

  @Field(() => Float, {
    description:
      'Monthly active users, approximated: daily counts carry no user identities, so a customer’s MAU for a month is its peak daily active users that month (a lower bound of the true figure), averaged over the period weighted by the days reported; summed over the group’s customers.',
  })
  mau: number;

  @Field(() => Float, { nullable: true, description: 'DAU ÷ MAU (0–1); null without users.' })
  stickiness: number | null;

  @Field(() => Float, {
    description: 'Storage in GB: each customer’s mean over the days it reported, summed.',
  })
  storageGb: number;
}

@ObjectType('UsageReport')
export class UsageReportType {
  @Field()
  from: string;

  @Field()
  to: string;

  @Field(() => UsageGroupByEnum)
  groupBy: UsageGroupBy;

  @Field(() => [UsageGroupType])
  groups: UsageGroupType[];
}

@ObjectType('UsageImport', { implements: NodeInterface })
export class UsageImportType extends NodeInterface {
  @Field()
  fileName: string;

  @Field({ description: 'CSV or NDJSON.' })
  format: string;

  @Field(() => String, { nullable: true, description: 'UTF-8, UTF-8 (BOM) or Shift_JIS (CSV).' })
  encoding: string | null;

  @Field(() => SurveyImportStatusEnum)
  status: keyof typeof SurveyImportStatusEnum;

  @Field(() => Int)
  totalRows: number;

  @Field(() => Int)
  processedRows: number;

  @Field(() => Int, { description: 'Rows stored (a day sent again replaces the earlier value).' })
  importedRows: number;

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
}
