import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CHURN_GROUP_BYS, type ChurnGroupBy, type PersonalDataKind } from '@kizuna/domain';
import { Connection } from '../../graphql/connection.type';
import { enumOf } from '../../graphql/enum-of';
import { ChurnReasonEnum } from '../provisioning/provisioning.type';
import { PersonalDataKindEnum } from '../surveys/survey.type';

export const ChurnGroupByEnum = enumOf(CHURN_GROUP_BYS);
registerEnumType(ChurnGroupByEnum, {
  name: 'ChurnGroupBy',
  description:
    'REASON and PLAN (the plan the cancellation ended) over the whole filter period; MONTH in Asia/Tokyo; QUARTER and FISCAL_YEAR are fiscal (KIZUNA_FISCAL_YEAR_START_MONTH, April by default).',
});

@InputType({
  description:
    'Tokyo calendar dates (YYYY-MM-DD), inclusive. Default: the twelve months up to today.',
})
export class ChurnReportFilter {
  @Field(() => String, { nullable: true })
  from?: string | null;

  @Field(() => String, { nullable: true })
  to?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Churns of these plans, rates over customers active on them.',
  })
  planCodes?: string[] | null;
}

@ObjectType('ChurnReasonCount', {
  simpleResolvers: true,
  description: 'The churns of one reason within a group.',
})
export class ChurnReasonCountType {
  @Field(() => ChurnReasonEnum)
  reason: string;

  @Field({ description: 'The reason in the caller’s language.' })
  label: string;

  @Field(() => Int)
  customersLost: number;

  @Field(() => Int, { description: 'Monthly fees (税抜, yen) these churns ended, as mrrLost.' })
  mrrLost: number;
}

@ObjectType('ChurnGroup', { simpleResolvers: true })
export class ChurnGroupType {
  @Field({ description: 'A ChurnReason, a plan code, YYYY-MM, FY2025-Q1 or FY2025.' })
  key: string;

  @Field({ description: 'Reason or plan name in the caller’s language; the key for time groups.' })
  label: string;

  @Field(() => Int)
  customersLost: number;

  @Field(() => Int, {
    description:
      'Monthly fees (税抜, yen) of the plans and options the churns ended, at the churn date: the dated catalog price in force then, else the current catalog fee (an approximation where no price history was kept).',
  })
  mrrLost: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Customers lost ÷ all customers lost in the filter (0–1, four decimals).',
  })
  share: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Customers lost ÷ customers ACTIVE at 00:00 JST of the first day of the group’s period (the filter’s start for reasons and plans; for a plan, customers on that plan). Null when none were active.',
  })
  logoChurnRate: number | null;

  @Field(() => Int, {
    description:
      'The rate’s denominator: customers ACTIVE at 00:00 JST of periodStart (on the plan, for a plan).',
  })
  activeAtStart: number;

  @Field({
    description:
      'Fewer than 30 active customers at the start: the rate is indicative, not to be read as a fact.',
  })
  smallSample: boolean;

  @Field({ description: 'First day (YYYY-MM-DD) of the period the rate is measured over.' })
  periodStart: string;

  @Field(() => [ChurnReasonCountType], {
    description:
      'The group’s churns per reason, every reason in taxonomy order (zeros included, so that stacked series align); empty when grouped by REASON.',
  })
  byReason: ChurnReasonCountType[];
}

@ObjectType('ChurnNote', { description: 'The free text a cancellation gave with its reason.' })
export class ChurnNoteType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  customerId: string;

  @Field()
  customerName: string;

  @Field({ description: 'When the customer moved to CHURNED (ISO 8601).' })
  churnedAt: string;

  @Field(() => ChurnReasonEnum)
  reason: string;

  @Field()
  planCode: string;

  @Field({
    description: 'Without personal-data access: masked (names, phones, addresses… as [氏名] …).',
  })
  note: string;

  @Field(() => [PersonalDataKindEnum])
  maskedPersonalData: PersonalDataKind[];
}

@ObjectType('ChurnNoteConnection')
export class ChurnNoteConnection extends Connection(ChurnNoteType, 'ChurnNote') {}

@ObjectType('ChurnReport')
export class ChurnReportType {
  @Field(() => [ChurnGroupType])
  groups: ChurnGroupType[];

  @Field(() => Int)
  totalCustomersLost: number;

  @Field(() => Int, { description: 'Sum of the groups’ mrrLost (税抜, yen).' })
  totalMrrLost: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Customers lost ÷ customers ACTIVE at the start of the filter period.',
  })
  logoChurnRate: number | null;

  @Field(() => Int, { description: 'Customers ACTIVE at 00:00 JST of the filter’s first day.' })
  activeAtStart: number;

  @Field({ description: 'Fewer than 30 active customers at the start: the rate is indicative.' })
  smallSample: boolean;

  @Field()
  from: string;

  @Field()
  to: string;

  /** What `notes` needs to narrow itself to a group; not a GraphQL field. */
  scope: { groupBy: ChurnGroupBy; planCodes: string[] | null; fiscalYearStartMonth: number };
}
