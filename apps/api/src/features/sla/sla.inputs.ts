import { Field, Float, InputType, Int } from 'type-graphql';

@InputType({ description: 'What monitoring measured for one Tokyo month of one plan.' })
export class RecordAvailabilityInput {
  @Field({ description: 'YYYY-MM (Asia/Tokyo), a month that has ended.' })
  month: string;

  @Field()
  planCode: string;

  @Field(() => Float, { description: '0–100, at most three decimals.' })
  availabilityPercent: number;

  @Field(() => String, {
    nullable: true,
    description:
      'What happened (about the service; stored with the month, not in the audit trail).',
  })
  incidentNote?: string | null;
}

@InputType()
export class SlaCreditTierInput {
  @Field(() => Float, { nullable: true, description: 'null: below the plan’s SLA target.' })
  belowPercent?: number | null;

  @Field(() => Int)
  creditPercent: number;
}

@InputType()
export class ReplaceSlaCreditTiersInput {
  @Field(() => [SlaCreditTierInput], {
    description: 'The whole table; it replaces the current one.',
  })
  tiers: SlaCreditTierInput[];
}
