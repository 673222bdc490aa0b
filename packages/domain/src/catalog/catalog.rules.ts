import { userError, type UserErrorData } from '../errors/user-error.js';
import type { CatalogOption } from './catalog.types.js';

/** An option is consistent: MFA options have a factor category, others none; fees are whole yen ≥ 0. */
export function validateCatalogOption(o: CatalogOption): UserErrorData[] {
  const errors: UserErrorData[] = [];
  if (!/^[A-Z][A-Z0-9_]*$/.test(o.code))
    errors.push(userError('OUT_OF_RANGE', 'code', { value: o.code }));
  if (!Number.isInteger(o.monthlyFeeYen) || o.monthlyFeeYen < 0) {
    errors.push(userError('OUT_OF_RANGE', 'monthlyFeeYen', { value: o.monthlyFeeYen }));
  }
  if ((o.kind === 'MFA') !== (o.factorCategory !== null)) {
    errors.push(userError('OUT_OF_RANGE', 'factorCategory', { value: String(o.factorCategory) }));
  }
  return errors;
}

/** The group key reports use for customers or answers without a plan (never a plan code: plan codes are A–Z…). */
export const NO_PLAN_KEY = 'NONE';

/** How people read the no-plan group, instead of its key. */
export const NO_PLAN_LABEL = { ja: 'プランなし', en: 'No plan' } as const;

/** A report's plan group key as a name: the plan's name in the language, プランなし for NO_PLAN_KEY, else the key. */
export function planGroupLabel(
  key: string,
  plans: readonly { code: string; name: string }[],
  language: string,
): string {
  if (key === NO_PLAN_KEY) return language === 'en' ? NO_PLAN_LABEL.en : NO_PLAN_LABEL.ja;
  return plans.find((p) => p.code === key)?.name ?? key;
}
