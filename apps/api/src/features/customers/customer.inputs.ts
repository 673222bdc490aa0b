import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  type ContactRole,
  ERASURE_DUE_FILTERS,
  type ErasureDueFilter,
  type HealthBand,
  type LifecycleStage,
} from '@kizuna/domain';
import { enumOf } from '../../graphql/enum-of';
import { UserError } from '../../graphql/user-error.type';
import { ContactRoleEnum, CustomerType, LifecycleStageEnum } from './customer.type';
import { CustomerSegmentFilter } from '../health/health-filter.inputs';
import { HealthBandEnum } from '../health/health.type';

export const ErasureDueFilterEnum = enumOf(ERASURE_DUE_FILTERS);
registerEnumType(ErasureDueFilterEnum, {
  name: 'ErasureDueFilter',
  description: 'Erasure work lists: OVERDUE (due at or before now), DUE_THIS_WEEK (within 7 days).',
});

@InputType({ description: 'All given conditions must hold.' })
export class CustomerFilter {
  @Field(() => LifecycleStageEnum, { nullable: true })
  stage?: LifecycleStage | null;

  @Field(() => String, {
    nullable: true,
    description: 'Customers whose subscription is on this plan.',
  })
  planCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Matches company name, furigana (hiragana or katakana) or corporate number (prefix).',
  })
  search?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'TRIAL customers whose trial ends within this many days (0–3650).',
  })
  trialEndingWithinDays?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'LEADs whose trial expired within the last this many days (0–3650).',
  })
  trialExpiredWithinDays?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: customers with an approved change waiting for its date (SCHEDULED).',
  })
  hasScheduledChange?: boolean | null;

  @Field(() => ErasureDueFilterEnum, {
    nullable: true,
    description:
      'CHURNED customers whose erasure is OVERDUE, or DUE_THIS_WEEK (within seven days); see Customer.erasureDueAt.',
  })
  erasureDue?: ErasureDueFilter | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description:
      'Incremental sync: customers changed after this instant (ISO 8601 with offset) — the company data, stage, trial, subscription (plan, options, status) or contacts. Ordered by (updatedAt, id) ascending unless orderBy says otherwise; pass the greatest updatedAt received as the next updatedSince (rows may repeat; overlap by a few seconds to cover transactions still running).',
  })
  updatedSince?: Date | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'ACTIVE customers whose contract renews within this many days (Subscription.renewsAt after today and at most today + days; 0–3650), ordered by renewsAt unless orderBy says otherwise.',
  })
  renewingWithinDays?: number | null;

  @Field(() => [HealthBandEnum], {
    nullable: true,
    description: 'Customers whose stored health score is in one of these bands.',
  })
  healthBands?: HealthBand[] | null;

  @Field(() => CustomerSegmentFilter, {
    nullable: true,
    description: 'The customers of one cell of customerSegmentMap.',
  })
  segment?: CustomerSegmentFilter | null;
}

export enum CustomerOrderField {
  CREATED_AT = 'CREATED_AT',
  NAME = 'NAME',
  TRIAL_ENDS_AT = 'TRIAL_ENDS_AT',
  UPDATED_AT = 'UPDATED_AT',
  RENEWS_AT = 'RENEWS_AT',
  HEALTH_SCORE = 'HEALTH_SCORE',
}
registerEnumType(CustomerOrderField, {
  name: 'CustomerOrderField',
  valuesConfig: {
    TRIAL_ENDS_AT: {
      description:
        'End of the trial, soonest first when ascending. Customers without one sort as a trial that never ends (last ascending, first descending).',
    },
    UPDATED_AT: {
      description:
        'Last change, oldest first by default: the order of incremental sync (filter.updatedSince).',
    },
    RENEWS_AT: {
      description:
        'Next renewal (Subscription.renewsAt), soonest first by default; customers without an ACTIVE contract sort last ascending. Computed from today, so not indexed: combine it with filter.renewingWithinDays.',
    },
    HEALTH_SCORE: {
      description:
        'Stored health score, lowest (most at risk) first by default; customers without a score sort last ascending. Not indexed: combine it with filter.healthBands or a stage.',
    },
  },
});

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, { name: 'OrderDirection' });

@InputType()
export class CustomerOrder {
  @Field(() => CustomerOrderField)
  field: CustomerOrderField;

  @Field(() => OrderDirection)
  direction: OrderDirection;
}

@InputType()
export class StartTrialContactInput {
  @Field({ description: '姓' })
  familyName: string;

  @Field(() => String, { nullable: true, description: '名' })
  givenName?: string | null;

  @Field(() => String, { nullable: true, description: 'セイ (katakana or hiragana)' })
  familyNameKana?: string | null;

  @Field(() => String, { nullable: true, description: 'メイ (katakana or hiragana)' })
  givenNameKana?: string | null;

  @Field()
  email: string;

  @Field(() => String, {
    nullable: true,
    description: 'Japanese phone number, half- or full-width.',
  })
  phone?: string | null;

  @Field(() => ContactRoleEnum, {
    nullable: true,
    description: 'What the person does for the customer; left out: not known yet.',
  })
  role?: ContactRole | null;
}

/** Company fields shared by a new lead and a new trial customer. */
@InputType('NewCompanyFieldsBase')
class NewCompanyFields {
  @Field(() => String, { nullable: true, description: 'Company furigana (katakana or hiragana).' })
  nameKana?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '法人番号, 13 digits (half- or full-width).',
  })
  corporateNumber?: string | null;
}

@InputType({ description: 'A new prospect: company data and its primary contact.' })
export class CreateLeadInput extends NewCompanyFields {
  @Field({ description: 'Company name.' })
  name: string;

  @Field(() => StartTrialContactInput)
  contact: StartTrialContactInput;
}

@ObjectType()
export class CreateLeadPayload {
  @Field(() => CustomerType, { nullable: true })
  customer: CustomerType | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType({
  description:
    'Either customerId (an existing LEAD that has not had a trial) or the company data of a new customer.',
})
export class StartTrialInput extends NewCompanyFields {
  @Field(() => ID, { nullable: true, description: 'An existing LEAD.' })
  customerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Company name (new customer).' })
  name?: string | null;

  @Field(() => StartTrialContactInput, { nullable: true, description: 'New customer only.' })
  contact?: StartTrialContactInput | null;
}

@ObjectType()
export class StartTrialPayload {
  @Field(() => CustomerType, { nullable: true })
  customer: CustomerType | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
