import { GraphQLDateTime, GraphQLSafeInt } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  CONTACT_ROLE_LABELS,
  CONTACT_ROLES,
  ENGAGEMENT_LABELS,
  ENGAGEMENT_LEVELS,
  INDUSTRIES,
  INDUSTRY_LABELS,
  isTrialExpired,
  LIFECYCLE_STAGES,
  trialDaysLeft,
  type ContactRole,
  type Engagement,
  type Industry,
  type LifecycleStage,
} from '@kizuna/domain';
import { parseTimestamp } from '../../db/timestamps';
import { Connection } from '../../graphql/connection.type';
import { NodeInterface } from '../../graphql/node.interface';
import { MfaFactorCategoryEnum } from '../catalog/catalog.type';
import type { SubscriptionType } from '../subscriptions/subscription.type';
import type { MfaFactorCategory } from '@kizuna/domain';
import { enumOf } from '../../graphql/enum-of';

export const LifecycleStageEnum = enumOf(LIFECYCLE_STAGES);
registerEnumType(LifecycleStageEnum, {
  name: 'LifecycleStage',
  description: 'LEAD → TRIAL → ACTIVE → CHURNED → ERASED',
});

export const EngagementEnum = enumOf(ENGAGEMENT_LEVELS);
registerEnumType(EngagementEnum, {
  name: 'Engagement',
  description: "How engaged the customer's organisation is with the product and with us.",
  valuesConfig: Object.fromEntries(
    ENGAGEMENT_LEVELS.map((e) => [e, { description: ENGAGEMENT_LABELS[e].ja }]),
  ),
});

export const ContactRoleEnum = enumOf(CONTACT_ROLES);
registerEnumType(ContactRoleEnum, {
  name: 'ContactRole',
  description: 'What a contact person does for the customer: whom to reach for what.',
  valuesConfig: Object.fromEntries(
    CONTACT_ROLES.map((r) => [
      r,
      { description: `${CONTACT_ROLE_LABELS[r].ja} / ${CONTACT_ROLE_LABELS[r].en}` },
    ]),
  ),
});

export const IndustryEnum = enumOf(INDUSTRIES);
registerEnumType(IndustryEnum, {
  name: 'Industry',
  description: 'The 20 divisions of the Japan Standard Industrial Classification (大分類 A–T).',
  valuesConfig: Object.fromEntries(
    INDUSTRIES.map((i) => [
      i,
      {
        description: `${INDUSTRY_LABELS[i].jsic}: ${INDUSTRY_LABELS[i].ja} / ${INDUSTRY_LABELS[i].en}`,
      },
    ]),
  ),
});

@ObjectType('Customer', {
  implements: NodeInterface,
  simpleResolvers: true,
  description: 'A corporate customer (the tenant).',
})
export class CustomerType extends NodeInterface {
  /** Database id, for field resolvers; not part of the schema. */
  dbId: string;

  /** Loaded ahead by the list resolver (see preloadSubscriptions); not part of the schema. */
  preloadedSubscription?: SubscriptionType | null;

  @Field({ description: 'Company name, e.g. 株式会社サンプル.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Furigana in full-width katakana.' })
  nameKana: string | null;

  @Field(() => String, { nullable: true, description: '法人番号: 13 digits.' })
  corporateNumber: string | null;

  @Field(() => LifecycleStageEnum)
  stage: LifecycleStage;

  /** Timestamps as text, parsed only by the fields that show them (db/timestamps.ts). */
  timestamps: {
    trialStartedAt: string | null;
    trialEndsAt: string | null;
    createdAt: string;
    updatedAt: string;
    trialExpiredAt: string | null;
  };

  /** The moment the trial fields are computed for (when the row was mapped). */
  now: Date;

  /** When a CHURNED customer's contract ended, as text; read by Customer.erasureDueAt. */
  churnedAt: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  get trialStartedAt(): Date | null {
    return parseTimestamp(this.timestamps.trialStartedAt);
  }

  @Field(() => GraphQLDateTime, { nullable: true })
  get trialEndsAt(): Date | null {
    return parseTimestamp(this.timestamps.trialEndsAt);
  }

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description:
      'When the last trial expired without a conversion (the customer went back to LEAD).',
  })
  get trialExpiredAt(): Date | null {
    return parseTimestamp(this.timestamps.trialExpiredAt);
  }

  @Field(() => Int, { description: 'Extra days granted to the current trial (at most 30).' })
  trialExtendedDays: number;

  @Field({
    description:
      'True for a TRIAL customer whose trial end has passed (the worker is about to expire it), or a LEAD whose trial expired.',
  })
  get isTrialExpired(): boolean {
    if (this.stage === 'LEAD') return this.timestamps.trialExpiredAt !== null;
    return isTrialExpired({ stage: this.stage, trialEndsAt: this.trialEndsAt }, this.now);
  }

  @Field(() => Int, {
    nullable: true,
    description: 'Whole days left in the trial (JST); null outside TRIAL.',
  })
  get trialDaysLeft(): number | null {
    const trialEndsAt = this.stage === 'TRIAL' ? this.trialEndsAt : null;
    return trialEndsAt ? trialDaysLeft(trialEndsAt, this.now) : null;
  }

  @Field(() => GraphQLDateTime)
  get createdAt(): Date {
    return parseTimestamp(this.timestamps.createdAt);
  }

  @Field(() => GraphQLDateTime)
  get updatedAt(): Date {
    return parseTimestamp(this.timestamps.updatedAt);
  }

  @Field(() => Int, { description: 'Incremented on every change (optimistic concurrency).' })
  version: number;

  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description: '年商: annual revenue in whole yen; null when not known.',
  })
  annualRevenueYen: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      '流動比率 as a ratio (current assets ÷ current liabilities; 1.5 = 150 %), two decimals.',
  })
  currentRatio: number | null;

  @Field(() => Int, { nullable: true, description: 'Number of employees.' })
  employeeCount: number | null;

  @Field(() => IndustryEnum, { nullable: true })
  industry: Industry | null;

  @Field(() => EngagementEnum, { nullable: true })
  engagement: Engagement | null;
}

@ObjectType('CustomerConnection', { simpleResolvers: true })
export class CustomerConnection extends Connection(CustomerType, 'Customer') {}

@ObjectType('Contact', {
  simpleResolvers: true,
  description: 'A contact person of a customer. Personal data: visible to staff who may see it.',
})
export class ContactType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Family name first, e.g. 山田 太郎.' })
  fullName: string;

  @Field()
  familyName: string;

  @Field(() => String, { nullable: true })
  givenName: string | null;

  @Field(() => String, { nullable: true })
  familyNameKana: string | null;

  @Field(() => String, { nullable: true })
  givenNameKana: string | null;

  @Field()
  email: string;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => ContactRoleEnum, { nullable: true, description: 'Null: not known yet.' })
  role: ContactRole | null;

  @Field()
  isPrimary: boolean;
}

@ObjectType('StageChange', {
  simpleResolvers: true,
  description: "One step of the customer's lifecycle timeline.",
})
export class StageChangeType {
  @Field(() => LifecycleStageEnum, { nullable: true })
  fromStage: LifecycleStage | null;

  @Field(() => LifecycleStageEnum)
  toStage: LifecycleStage;

  @Field(() => GraphQLDateTime)
  changedAt: Date;

  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType('MfaMethod', { simpleResolvers: true })
export class MfaMethodType {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => MfaFactorCategoryEnum)
  category: MfaFactorCategory;
}

@ObjectType('MfaPolicy', {
  simpleResolvers: true,
  description:
    'The MFA methods enabled for the customer. Multi-factor means two or more distinct factor categories.',
})
export class MfaPolicyType {
  @Field(() => [MfaMethodType])
  methods: MfaMethodType[];

  @Field()
  isMultiFactor: boolean;

  @Field(() => [MfaFactorCategoryEnum])
  categories: MfaFactorCategory[];

  @Field(() => [MfaFactorCategoryEnum], { description: 'Categories not yet covered.' })
  missingCategories: MfaFactorCategory[];
}
