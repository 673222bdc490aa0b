import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/** A document's named fragments by name. */
export function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
}

/**
 * Whether the query selects `path` below the current field (through fragments; `@skip` and
 * `@include` are ignored, so at worst something is loaded for nothing). Lets a list resolver
 * load what its nested fields will ask for before they are resolved, one row at a time.
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  const visited = new Set<string>();
  return sets.some((set) => selectsIn(info, set, path, visited));
}

/**
 * `visited`: the named fragments already searched for a path of this length. A second search
 * would give the same answer, and it was no (a yes ends the whole search) — without this, a
 * fragment spread twice at each of n levels is searched 2^n times.
 */
function selectsIn(
  info: GraphQLResolveInfo,
  set: SelectionSetNode,
  path: readonly string[],
  visited: Set<string>,
): boolean {
  const [name, ...rest] = path;
  if (name === undefined) return true;
  return set.selections.some((s) => {
    if (s.kind === Kind.FIELD) {
      if (s.name.value !== name) return false;
      return (
        rest.length === 0 || (!!s.selectionSet && selectsIn(info, s.selectionSet, rest, visited))
      );
    }
    if (s.kind === Kind.INLINE_FRAGMENT) return selectsIn(info, s.selectionSet, path, visited);
    const key = `${path.length} ${s.name.value}`;
    if (visited.has(key)) return false;
    visited.add(key);
    const fragment = info.fragments[s.name.value];
    return !!fragment && selectsIn(info, fragment.selectionSet, path, visited);
  });
}
