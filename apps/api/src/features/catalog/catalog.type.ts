import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  MFA_FACTOR_CATEGORIES,
  OPTION_KINDS,
  type MfaFactorCategory,
  type OptionKind,
} from '@kizuna/domain';
import { NodeInterface } from '../../graphql/node.interface';
import { TaxedAmountType } from '../../graphql/money.type';
import { enumOf } from '../../graphql/enum-of';

export const MfaFactorCategoryEnum = enumOf(MFA_FACTOR_CATEGORIES);
registerEnumType(MfaFactorCategoryEnum, {
  name: 'MfaFactorCategory',
  description:
    'KNOWLEDGE (記憶: password, PIN), POSSESSION (所持: TOTP, IC card, key), INHERENCE (属性: fingerprint, face).',
});

export const OptionKindEnum = enumOf(OPTION_KINDS);
registerEnumType(OptionKindEnum, { name: 'OptionKind' });

@ObjectType('Plan', { implements: NodeInterface, simpleResolvers: true })
export class PlanType extends NodeInterface {
  @Field({ description: 'Stable code such as BASIC, STANDARD, PREMIUM.' })
  code: string;

  @Field({ description: "Name in the caller's language." })
  name: string;

  @Field()
  nameJa: string;

  @Field()
  nameEn: string;

  @Field(() => Int, { description: 'Monthly fee in whole yen, excluding tax (税抜).' })
  monthlyFeeYen: number;

  @Field(() => TaxedAmountType)
  monthlyFee: TaxedAmountType;

  @Field(() => GraphQLJSONObject, {
    description: 'Plan limits, e.g. {"quality":"HD","devices":2}.',
  })
  limits: Record<string, string | number>;

  @Field(() => Float, { description: 'Promised monthly availability in percent, e.g. 99.95.' })
  slaTargetPercent: number;

  @Field(() => Int, { description: 'Position in the catalog (ascending).' })
  sortOrder: number;

  @Field()
  active: boolean;
}

@ObjectType('Option', {
  implements: NodeInterface,
  simpleResolvers: true,
  description: 'An add-on option of the catalog.',
})
export class OptionType extends NodeInterface {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field()
  nameJa: string;

  @Field()
  nameEn: string;

  @Field(() => Int, { description: 'Monthly fee in whole yen, excluding tax.' })
  monthlyFeeYen: number;

  @Field(() => OptionKindEnum)
  kind: OptionKind;

  @Field(() => MfaFactorCategoryEnum, { nullable: true, description: 'Set for MFA options only.' })
  factorCategory: MfaFactorCategory | null;

  @Field(() => String, {
    nullable: true,
    description: 'Exclusive group (e.g. STORAGE): a subscription holds at most one of its options.',
  })
  optionGroup: string | null;

  @Field(() => Int, { description: 'Position in the catalog (ascending).' })
  sortOrder: number;

  @Field()
  active: boolean;
}

@ObjectType('CatalogPrice', {
  simpleResolvers: true,
  description:
    'A monthly fee from a date: it becomes the current fee at 00:00 Asia/Tokyo of validFrom.',
})
export class CatalogPriceType {
  @Field(() => Int, { description: 'Whole yen, excluding tax.' })
  monthlyFeeYen: number;

  @Field({ description: 'YYYY-MM-DD (Asia/Tokyo).' })
  validFrom: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it became current.' })
  appliedAt: Date | null;

  @Field(() => GraphQLDateTime)
  createdAt: Date;
}
