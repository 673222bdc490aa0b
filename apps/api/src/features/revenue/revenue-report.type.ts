import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { REVENUE_GROUP_BYS } from '@kizuna/domain';
import { enumOf } from '../../graphql/enum-of';

export const RevenueGroupByEnum = enumOf(REVENUE_GROUP_BYS);
registerEnumType(RevenueGroupByEnum, {
  name: 'RevenueGroupBy',
  description:
    'MONTH in Asia/Tokyo; QUARTER and FISCAL_YEAR are fiscal (KIZUNA_FISCAL_YEAR_START_MONTH, April by default). The first period starts on the filter’s first day.',
});

@InputType({
  description:
    'Tokyo calendar dates (YYYY-MM-DD), inclusive. Default: the twelve months up to today.',
})
export class RevenueReportFilter {
  @Field(() => String, { nullable: true })
  from?: string | null;

  @Field(() => String, { nullable: true })
  to?: string | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Customers whose contract is on these plans at the end of a period (or, paying nothing then, was at its start).',
  })
  planCodes?: string[] | null;
}

@ObjectType('RevenuePeriod', {
  simpleResolvers: true,
  description:
    'One period of the revenue report. Amounts in whole yen, 税抜; rates as fractions (four decimals). Movements are one per customer, by the net change of its MRR from the start of the period to its end (ADR 0018).',
})
export class RevenuePeriodType {
  @Field({ description: 'YYYY-MM, FY2025-Q1 or FY2025.' })
  period: string;

  @Field({ description: 'First day (YYYY-MM-DD).' })
  from: string;

  @Field({ description: 'Last day (YYYY-MM-DD), inclusive.' })
  to: string;

  @Field(() => Float, {
    description: 'Monthly recurring revenue in force at the end of the period’s last day.',
  })
  mrr: number;

  @Field(() => Float, { description: 'MRR × 12.' })
  arr: number;

  @Field(() => Float, { description: 'MRR of customers paying for the first time (conversions).' })
  newMrr: number;

  @Field(() => Float, { description: 'Net increases of customers paying at the start and end.' })
  expansionMrr: number;

  @Field(() => Float, { description: 'Net decreases of customers paying at the start and end.' })
  contractionMrr: number;

  @Field(() => Float, { description: 'Start MRR of customers paying nothing at the end.' })
  churnedMrr: number;

  @Field(() => Float, { description: 'MRR of customers who had paid before and pay again.' })
  reactivationMrr: number;

  @Field(() => Float, {
    description:
      'MRR in force at the end of the day before the period: the denominator of GRR, NRR and revenue churn.',
  })
  startMrr: number;

  @Field(() => Int, { description: 'Customers paying (MRR above 0) at the start.' })
  customersAtStart: number;

  @Field(() => Int, { description: 'Customers paying (MRR above 0) at the end.' })
  customersActive: number;

  @Field(() => Int, { description: 'Customers whose MRR is new MRR (reactivations not included).' })
  customersNew: number;

  @Field(() => Int, { description: 'Customers whose MRR churned (an expired trial is not churn).' })
  customersChurned: number;

  @Field(() => Float, { description: 'Service credits applied in the period.' })
  credits: number;

  @Field(() => Float, { description: 'MRR − credits.' })
  revenue: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Gross revenue retention: (start MRR − contraction − churn) ÷ start MRR; null without start MRR.',
  })
  grr: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Net revenue retention: (start MRR + expansion − contraction − churn) ÷ start MRR (new and reactivated MRR not included); null without start MRR.',
  })
  nrr: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Gross MRR churn: churnedMrr ÷ startMrr (contraction not included), over the whole period; null without start MRR.',
  })
  mrrChurnRate: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Average revenue per account: MRR ÷ customersActive, whole yen.',
  })
  arpa: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Trials that converted ÷ trials that ended in the period (converted, expired or cancelled); null when none ended.',
  })
  trialConversionRate: number | null;

  @Field(() => Int, {
    description:
      'Trials that ended in the period (converted, expired or cancelled): the conversion rate’s denominator.',
  })
  trialsEnded: number;

  @Field(() => Int, { description: 'Trials that converted in the period.' })
  trialsConverted: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Lifetime value: ARPA ÷ monthly revenue churn rate, where that rate is (churned + contraction MRR) ÷ start MRR ÷ months in the period; whole yen; null without revenue churn.',
  })
  ltv: number | null;
}

@ObjectType('RevenueReport')
export class RevenueReportType {
  @Field(() => [RevenuePeriodType])
  periods: RevenuePeriodType[];
}
