import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType('ServiceCreditSubject', {
  simpleResolvers: true,
  description:
    'What a SERVICE_CREDIT request is about, readable before its blind check: the month and plan, the SLA target and what was measured. The step, the days in service, the fee paid and the credit stay in the proposal, hidden until the check is decided (ADR 0020).',
})
export class ServiceCreditSubjectType {
  @Field({ description: 'YYYY-MM (Asia/Tokyo): the month credited.' })
  month: string;

  @Field()
  planCode: string;

  @Field(() => Float, { description: 'The plan’s SLA target when the month was recorded.' })
  targetPercent: number;

  @Field(() => Float)
  measuredPercent: number;
}
