import {
  type MfaFactorCategory,
  type OptionKind,
  type UserErrorData,
  userError,
  validateCatalogOption,
} from '@kizuna/domain';
import type {
  CreateOptionInput,
  CreatePlanInput,
  UpdateOptionInput,
  UpdatePlanInput,
} from '../../../gql/graphql';

/** What the plan form holds; the limits as JSON text. */
export interface PlanFormValues {
  code?: string;
  nameJa?: string;
  nameEn?: string;
  monthlyFeeYen?: number | null;
  slaTargetPercent?: number | null;
  sortOrder?: number | null;
  limits?: string;
  active?: boolean;
}

export const CREATE_PLAN_FIELDS = [
  'code',
  'nameJa',
  'nameEn',
  'monthlyFeeYen',
  'slaTargetPercent',
  'sortOrder',
  'limits',
] as const;
export const UPDATE_PLAN_FIELDS = [
  'nameJa',
  'nameEn',
  'slaTargetPercent',
  'sortOrder',
  'active',
] as const;

/** What the option form holds. */
export interface OptionFormValues {
  code?: string;
  nameJa?: string;
  nameEn?: string;
  monthlyFeeYen?: number | null;
  kind?: OptionKind;
  factorCategory?: MfaFactorCategory | null;
  optionGroup?: string | null;
  sortOrder?: number | null;
  active?: boolean;
}

export const CREATE_OPTION_FIELDS = [
  'code',
  'nameJa',
  'nameEn',
  'monthlyFeeYen',
  'kind',
  'factorCategory',
  'optionGroup',
  'sortOrder',
] as const;
export const UPDATE_OPTION_FIELDS = [
  'nameJa',
  'nameEn',
  'optionGroup',
  'sortOrder',
  'active',
] as const;

/** Limits typed as JSON: an object, or null when it is not one. */
export function parseLimits(text: string | undefined): Record<string, unknown> | null {
  if (!text?.trim()) return {};
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

const requiredNames = (values: { nameJa?: string; nameEn?: string }): UserErrorData[] => [
  ...(values.nameJa?.trim() ? [] : [userError('REQUIRED', 'nameJa')]),
  ...(values.nameEn?.trim() ? [] : [userError('REQUIRED', 'nameEn')]),
];

/** The plan's refusals before sending: names, a code when creating, limits that are an object. */
export function checkPlan(values: PlanFormValues, mode: 'create' | 'update'): UserErrorData[] {
  const errors = requiredNames(values);
  if (mode === 'create') {
    if (!values.code?.trim()) errors.unshift(userError('REQUIRED', 'code'));
    if (values.monthlyFeeYen === null || values.monthlyFeeYen === undefined)
      errors.push(userError('REQUIRED', 'monthlyFeeYen'));
    if (parseLimits(values.limits) === null)
      errors.push(userError('OUT_OF_RANGE', 'limits', { value: 'JSON' }));
  }
  if (values.slaTargetPercent === null || values.slaTargetPercent === undefined)
    errors.push(userError('REQUIRED', 'slaTargetPercent'));
  return errors;
}

/**
 * The option's refusals before sending: the domain's own consistency rule (code, fee in whole yen,
 * a factor category for MFA options and for them only) plus the names.
 */
export function checkOption(values: OptionFormValues, mode: 'create' | 'update'): UserErrorData[] {
  const errors = requiredNames(values);
  if (mode === 'create') {
    if (!values.code?.trim()) return [userError('REQUIRED', 'code'), ...errors];
    errors.push(
      ...validateCatalogOption({
        code: values.code.trim(),
        nameJa: values.nameJa ?? '',
        nameEn: values.nameEn ?? '',
        monthlyFeeYen: values.monthlyFeeYen ?? 0,
        kind: values.kind ?? 'FEATURE',
        factorCategory: values.factorCategory ?? null,
        optionGroup: values.optionGroup ?? null,
        active: true,
      }),
    );
  }
  return errors;
}

const trimmedOrNull = (s: string | null | undefined) => s?.trim() || null;

export function serializeCreatePlan(values: PlanFormValues): CreatePlanInput {
  return {
    code: values.code?.trim() ?? '',
    nameJa: values.nameJa?.trim() ?? '',
    nameEn: values.nameEn?.trim() ?? '',
    monthlyFeeYen: values.monthlyFeeYen ?? 0,
    slaTargetPercent: values.slaTargetPercent ?? 0,
    sortOrder: values.sortOrder ?? 0,
    limits: parseLimits(values.limits) ?? {},
  };
}

export function serializeUpdatePlan(planId: string, values: PlanFormValues): UpdatePlanInput {
  return {
    planId,
    nameJa: values.nameJa?.trim() ?? '',
    nameEn: values.nameEn?.trim() ?? '',
    slaTargetPercent: values.slaTargetPercent ?? 0,
    sortOrder: values.sortOrder ?? 0,
    active: values.active ?? true,
  };
}

/** Form → CreateOptionInput; a factor category only for MFA options, a group code in upper case. */
export function serializeCreateOption(values: OptionFormValues): CreateOptionInput {
  const kind = values.kind ?? 'FEATURE';
  return {
    code: values.code?.trim() ?? '',
    nameJa: values.nameJa?.trim() ?? '',
    nameEn: values.nameEn?.trim() ?? '',
    monthlyFeeYen: values.monthlyFeeYen ?? 0,
    kind,
    factorCategory: kind === 'MFA' ? (values.factorCategory ?? null) : null,
    optionGroup: trimmedOrNull(values.optionGroup)?.toUpperCase() ?? null,
    sortOrder: values.sortOrder ?? 0,
  };
}

export function serializeUpdateOption(
  optionId: string,
  values: OptionFormValues,
): UpdateOptionInput {
  return {
    optionId,
    nameJa: values.nameJa?.trim() ?? '',
    nameEn: values.nameEn?.trim() ?? '',
    optionGroup: trimmedOrNull(values.optionGroup)?.toUpperCase() ?? null,
    sortOrder: values.sortOrder ?? 0,
    active: values.active ?? true,
  };
}
