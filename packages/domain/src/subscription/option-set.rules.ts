import type { MfaFactorCategory } from '../catalog/catalog.types.js';
import { validateOptionGroups } from '../catalog/option-group.rules.js';
import type { UserErrorData } from '../errors/user-error.js';
import { validateMfaSelection } from '../mfa/mfa-policy.rules.js';
import { sameCodeSet } from '../shared/code-set.js';

type OptionRef = {
  code: string;
  kind: string;
  factorCategory: MfaFactorCategory | null;
  optionGroup: string | null;
};

/**
 * The rules an option set must follow (real MFA, one option per exclusive group), applied only to
 * what a change touches: the MFA check is skipped when the MFA options stay the same, and a
 * group's conflict when that group's options stay the same. So a customer who holds a set that is
 * invalid today can still change something unrelated. `current` null: nothing held, so the whole
 * proposed set must be valid. Unknown codes are ignored here (the catalog check reports them).
 */
export function validateOptionSetChange(
  current: readonly string[] | null,
  proposed: readonly string[],
  options: readonly OptionRef[],
  field = 'optionCodes',
): UserErrorData[] {
  const byCode = new Map(options.map((o) => [o.code, o]));
  const resolve = (codes: readonly string[]) =>
    [...new Set(codes)].flatMap((c) => byCode.get(c) ?? []);
  const before = resolve(current ?? []);
  const after = resolve(proposed);

  const codesWhere = (set: readonly OptionRef[], keep: (o: OptionRef) => boolean) =>
    set.filter(keep).map((o) => o.code);
  const isMfa = (o: OptionRef) => o.kind === 'MFA';
  const mfaUnchanged = sameCodeSet(codesWhere(before, isMfa), codesWhere(after, isMfa));

  const groupUnchanged = (group: string) => {
    const inGroup = (o: OptionRef) => o.optionGroup === group;
    return sameCodeSet(codesWhere(before, inGroup), codesWhere(after, inGroup));
  };
  const changedGroups = after.filter(
    (o) => o.optionGroup === null || !groupUnchanged(o.optionGroup),
  );

  return [
    ...(mfaUnchanged ? [] : validateMfaSelection(after, field)),
    ...validateOptionGroups(changedGroups, field),
  ];
}
