import { userError, type UserErrorData } from '../errors/user-error.js';

/**
 * Options of an exclusive group (e.g. the storage tiers, 'STORAGE') exclude each other: one
 * OPTION_GROUP_CONFLICT per group that holds two or more of the given options.
 */
export function validateOptionGroups(
  options: readonly { code: string; optionGroup: string | null }[],
  field = 'optionCodes',
): UserErrorData[] {
  const byGroup = new Map<string, Set<string>>();
  for (const o of options) {
    if (o.optionGroup === null) continue;
    const codes = byGroup.get(o.optionGroup) ?? new Set<string>();
    byGroup.set(o.optionGroup, codes.add(o.code));
  }
  return [...byGroup.entries()]
    .filter(([, codes]) => codes.size >= 2)
    .map(([group, codes]) =>
      userError('OPTION_GROUP_CONFLICT', field, { group, value: [...codes].sort().join(', ') }),
    );
}
