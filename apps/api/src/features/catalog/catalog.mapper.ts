import type { Locale } from '@kizuna/domain';
import { taxedAmount } from '../../graphql/money.type';
import { toGlobalId } from '../../graphql/relay';
import type { OptionModel, PlanModel } from './catalog.model';
import type { OptionType, PlanType } from './catalog.type';

export function toPlanType(plan: PlanModel, locale: Locale): PlanType {
  return {
    id: toGlobalId('Plan', plan.id),
    code: plan.code,
    name: locale === 'ja' ? plan.nameJa : plan.nameEn,
    nameJa: plan.nameJa,
    nameEn: plan.nameEn,
    monthlyFeeYen: plan.monthlyFeeYen,
    monthlyFee: taxedAmount(plan.monthlyFeeYen),
    limits: plan.limits,
    slaTargetPercent: plan.slaTargetPercent,
    sortOrder: plan.sortOrder,
    active: plan.active,
  };
}

export function toOptionType(option: OptionModel, locale: Locale): OptionType {
  return {
    id: toGlobalId('Option', option.id),
    code: option.code,
    name: locale === 'ja' ? option.nameJa : option.nameEn,
    nameJa: option.nameJa,
    nameEn: option.nameEn,
    monthlyFeeYen: option.monthlyFeeYen,
    kind: option.kind,
    factorCategory: option.factorCategory,
    optionGroup: option.optionGroup,
    sortOrder: option.sortOrder,
    active: option.active,
  };
}
