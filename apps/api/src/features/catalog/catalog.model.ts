import type { MfaFactorCategory, OptionKind } from '@kizuna/domain';

/** A plan as the API reads it (loaded with plain SQL, see catalog.loaders.ts). */
export interface PlanModel {
  id: string;
  code: string;
  nameJa: string;
  nameEn: string;
  monthlyFeeYen: number;
  limits: Record<string, string | number>;
  slaTargetPercent: number;
  sortOrder: number;
  active: boolean;
}

export interface OptionModel {
  id: string;
  code: string;
  nameJa: string;
  nameEn: string;
  monthlyFeeYen: number;
  kind: OptionKind;
  factorCategory: MfaFactorCategory | null;
  /** Exclusive group: a subscription holds at most one option of a group. */
  optionGroup: string | null;
  sortOrder: number;
  active: boolean;
}

/** An option and its position in the catalog's order. */
export interface CatalogEntry {
  option: OptionModel;
  position: number;
}

export const PLAN_COLUMNS = `id, code, name_ja AS "nameJa", name_en AS "nameEn", monthly_fee_yen AS "monthlyFeeYen",
  limits, sla_target_percent::float8 AS "slaTargetPercent", sort_order AS "sortOrder", active`;

export const OPTION_COLUMNS = `o.id, o.code, o.name_ja AS "nameJa", o.name_en AS "nameEn", o.monthly_fee_yen AS "monthlyFeeYen",
  o.kind, o.factor_category AS "factorCategory", o.option_group AS "optionGroup", o.sort_order AS "sortOrder", o.active`;
