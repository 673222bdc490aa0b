import type { MfaFactorCategory } from '../catalog/catalog.types.js';
import { assessMfaPolicyWithPassword } from './mfa-policy.rules.js';

/** An option as far as sign-in is concerned: MFA options carry the factor they add. */
export interface SignInOption {
  code: string;
  kind: string;
  factorCategory: MfaFactorCategory | null;
}

/**
 * What an option change does to signing in:
 * - REMOVES_EVERY_FACTOR: every MFA option goes, the password is left alone;
 * - WEAKENS: a factor category (possession, inherence…) is no longer covered;
 * - null: as strong as before, or stronger.
 */
export type MfaChangeRisk = 'REMOVES_EVERY_FACTOR' | 'WEAKENS';

export interface MfaChange {
  risk: MfaChangeRisk | null;
  /** Categories covered before and not after, in canonical order (the password keeps KNOWLEDGE). */
  lostCategories: MfaFactorCategory[];
  /** MFA option codes removed by the change. */
  removedMethods: string[];
}

const mfaMethods = (options: readonly SignInOption[]) =>
  options.flatMap((o) =>
    o.kind === 'MFA' && o.factorCategory !== null
      ? [{ code: o.code, category: o.factorCategory }]
      : [],
  );

/** Compare the sign-in policy of a subscription's options before and after a change. */
export function compareMfaPolicies(
  before: readonly SignInOption[],
  after: readonly SignInOption[],
): MfaChange {
  const was = mfaMethods(before);
  const will = mfaMethods(after);
  const kept = new Set(will.map((m) => m.code));
  const removedMethods = was.filter((m) => !kept.has(m.code)).map((m) => m.code);
  const covered = new Set(assessMfaPolicyWithPassword(will).categories);
  const lostCategories = assessMfaPolicyWithPassword(was).categories.filter((c) => !covered.has(c));
  const risk: MfaChangeRisk | null =
    was.length > 0 && will.length === 0
      ? 'REMOVES_EVERY_FACTOR'
      : lostCategories.length > 0
        ? 'WEAKENS'
        : null;
  return { risk, lostCategories, removedMethods };
}
