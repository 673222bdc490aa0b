import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the query selects `path` below the current field (through fragments; `@skip` and
 * `@include` are ignored, so at worst something is loaded for nothing). Lets a list resolver
 * load what its nested fields will ask for before they are resolved, one row at a time.
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  return sets.some((set) => selectsIn(info, set, path));
}

function selectsIn(
  info: GraphQLResolveInfo,
  set: SelectionSetNode,
  path: readonly string[],
): boolean {
  const [name, ...rest] = path;
  if (name === undefined) return true;
  return set.selections.some((s) => {
    if (s.kind === Kind.FIELD) {
      if (s.name.value !== name) return false;
      return rest.length === 0 || (!!s.selectionSet && selectsIn(info, s.selectionSet, rest));
    }
    const fragment = s.kind === Kind.INLINE_FRAGMENT ? s : info.fragments[s.name.value];
    return !!fragment && selectsIn(info, fragment.selectionSet, path);
  });
}
