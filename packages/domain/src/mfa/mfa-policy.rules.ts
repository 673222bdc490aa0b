import { MFA_FACTOR_CATEGORIES, type MfaFactorCategory } from '../catalog/catalog.types.js';
import { userError, type UserErrorData } from '../errors/user-error.js';

export interface MfaAssessment {
  isMultiFactor: boolean;
  /** Distinct categories covered, in canonical order. */
  categories: MfaFactorCategory[];
  missingCategories: MfaFactorCategory[];
  methodCount: number;
}

/** Multi-factor means methods from at least two different categories: password + PIN is not. */
export function assessMfaPolicy(
  methods: readonly { code: string; category: MfaFactorCategory }[],
): MfaAssessment {
  const present = new Set(methods.map((m) => m.category));
  const categories = MFA_FACTOR_CATEGORIES.filter((c) => present.has(c));
  return {
    isMultiFactor: categories.length >= 2,
    categories,
    missingCategories: MFA_FACTOR_CATEGORIES.filter((c) => !present.has(c)),
    methodCount: methods.length,
  };
}

/**
 * An option set that enables MFA methods must make a real multi-factor policy. No MFA option at
 * all is allowed (the customer does not use the product's MFA).
 */
export function validateMfaSelection(
  options: readonly { code: string; kind: string; factorCategory: MfaFactorCategory | null }[],
  field = 'optionCodes',
): UserErrorData[] {
  const methods = options.flatMap((o) =>
    o.kind === 'MFA' && o.factorCategory !== null
      ? [{ code: o.code, category: o.factorCategory }]
      : [],
  );
  if (methods.length === 0) return [];
  return assessMfaPolicy(methods).isMultiFactor ? [] : [userError('NOT_MULTI_FACTOR', field)];
}
