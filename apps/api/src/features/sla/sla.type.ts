import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { TaxedAmountType } from '../../graphql/money.type';
import { UserError } from '../../graphql/user-error.type';

@ObjectType('SlaCreditTier', {
  simpleResolvers: true,
  description:
    'A step of the service credit table (catalog data): availability below `belowPercent` — or below the plan’s own SLA target when null — earns `creditPercent` of the month’s fee. The largest step that applies wins.',
})
export class SlaCreditTierType {
  @Field(() => Float, { nullable: true, description: 'null: below the plan’s SLA target.' })
  belowPercent: number | null;

  @Field(() => Int)
  creditPercent: number;
}

@ObjectType('SlaAvailability', {
  simpleResolvers: true,
  description: 'What monitoring measured for one Tokyo month of one plan.',
})
export class SlaAvailabilityType {
  @Field({ description: 'YYYY-MM (Asia/Tokyo).' })
  month: string;

  @Field()
  planCode: string;

  @Field(() => Float)
  availabilityPercent: number;

  @Field(() => Float, { description: 'The plan’s SLA target when the month was recorded.' })
  targetPercent: number;

  @Field({ description: 'Below the target.' })
  breached: boolean;

  @Field(() => String, { nullable: true, description: 'What happened (about the service).' })
  incidentNote: string | null;

  @Field(() => Int, { description: 'Bumped every time the month is recorded again.' })
  version: number;

  @Field(() => GraphQLDateTime)
  recordedAt: Date;
}

@ObjectType('RecordAvailabilityPayload')
export class RecordAvailabilityPayload {
  @Field(() => SlaAvailabilityType, { nullable: true })
  availability: SlaAvailabilityType | null;

  @Field(() => Int, { description: 'SERVICE_CREDIT requests raised by this recording.' })
  creditRequestsRaised: number;

  @Field(() => Int, {
    description:
      'Open SERVICE_CREDIT requests whose credit changed: back to the check as a new version.',
  })
  creditRequestsUpdated: number;

  @Field(() => Int, { description: 'Open SERVICE_CREDIT requests no longer owed: withdrawn.' })
  creditRequestsWithdrawn: number;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType('ReplaceSlaCreditTiersPayload')
export class ReplaceSlaCreditTiersPayload {
  @Field(() => [SlaCreditTierType], { nullable: true })
  tiers: SlaCreditTierType[] | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType('SlaPlanReport', { simpleResolvers: true, description: 'One plan in one month.' })
export class SlaPlanReportType {
  @Field()
  planCode: string;

  @Field(() => Float, {
    description: 'The target the month was judged by (when recorded), else the plan’s target now.',
  })
  targetPercent: number;

  @Field(() => Float, { nullable: true, description: 'null: not recorded.' })
  measuredPercent: number | null;

  @Field()
  breached: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'The credit step the month earns (percent of the fee); null when not breached.',
  })
  creditPercent: number | null;

  @Field(() => Int, {
    description:
      'Customers ACTIVE on the plan at any time in the month, when it was breached (0 otherwise).',
  })
  customersAffected: number;

  @Field(() => Int, {
    description:
      'Credits applied for this month and plan (税抜, whole yen). Credits still waiting for their blind check are not counted.',
  })
  creditTotalYen: number;

  @Field(() => Int, { description: 'SERVICE_CREDIT requests of the month waiting for a check.' })
  creditRequestsOpen: number;

  @Field(() => String, { nullable: true })
  incidentNote: string | null;
}

@ObjectType('SlaReport')
export class SlaReportType {
  @Field({ description: 'YYYY-MM (Asia/Tokyo).' })
  month: string;

  @Field(() => [SlaPlanReportType], { description: 'Every plan of the catalog, in its order.' })
  plans: SlaPlanReportType[];
}

@ObjectType('ServiceCredit', {
  simpleResolvers: true,
  description: 'A service credit granted to a customer for a month below its plan’s SLA target.',
})
export class ServiceCreditType {
  @Field({ description: 'YYYY-MM (Asia/Tokyo): the month credited.' })
  month: string;

  @Field()
  planCode: string;

  @Field(() => Int)
  creditPercent: number;

  @Field(() => TaxedAmountType)
  credit: TaxedAmountType;

  @Field(() => GraphQLDateTime)
  appliedAt: Date;

  @Field(() => ID, { description: 'The SERVICE_CREDIT request that granted it.' })
  provisioningRequestId: string;
}

@ObjectType('ServiceCreditProposal', {
  simpleResolvers: true,
  description:
    'The credit a SERVICE_CREDIT request proposes: creditPercent of what the customer paid for the plan that month (税抜, prorated by days in service, floored), taxed once (ADR 0020).',
})
export class ServiceCreditProposalType {
  @Field({ description: 'YYYY-MM (Asia/Tokyo).' })
  month: string;

  @Field()
  planCode: string;

  @Field(() => Float)
  measuredPercent: number;

  @Field(() => Float)
  targetPercent: number;

  @Field(() => Int)
  creditPercent: number;

  @Field(() => Int, { description: 'Days of the month the customer was ACTIVE on the plan.' })
  serviceDays: number;

  @Field(() => Int)
  daysInMonth: number;

  @Field(() => Int, { description: 'What the customer paid for the plan that month, 税抜.' })
  feeExcludingTax: number;

  @Field(() => TaxedAmountType)
  credit: TaxedAmountType;
}
