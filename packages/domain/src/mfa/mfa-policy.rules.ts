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

/** The password every customer has, whatever options they hold: a KNOWLEDGE factor. */
export const BASELINE_PASSWORD_METHOD = { code: 'PASSWORD', category: 'KNOWLEDGE' } as const;

/** assessMfaPolicy counting the customer's password (always there) as one more KNOWLEDGE method. */
export function assessMfaPolicyWithPassword(
  methods: readonly { code: string; category: MfaFactorCategory }[],
): MfaAssessment {
  return assessMfaPolicy([BASELINE_PASSWORD_METHOD, ...methods]);
}

/**
 * The password is the baseline: every customer signs in with one (KNOWLEDGE). An option set with
 * no MFA option is allowed (password only). An option set with MFA options must make a real
 * multi-factor policy together with that password: TOTP, a key or a fingerprint alone are fine
 * (password + possession/inherence); PIN alone, or password option + PIN, are not (knowledge +
 * knowledge) → NOT_MULTI_FACTOR.
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
  return assessMfaPolicyWithPassword(methods).isMultiFactor
    ? []
    : [userError('NOT_MULTI_FACTOR', field)];
}
