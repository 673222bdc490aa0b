import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { GraphQLContext } from './context';
import { unauthenticated } from './errors';
import { fragmentsOf } from './selection';

/** Root fields that anonymous callers may use. */
const PUBLIC_ROOT_FIELDS = new Set(['mutation.login', 'query.__typename', 'mutation.__typename']);

function rootFieldNames(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): string[] {
  return selectionSet.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s.name.value];
    if (s.kind === Kind.INLINE_FRAGMENT) return rootFieldNames(s.selectionSet, fragments, seen);
    const name = s.name.value;
    const fragment = fragments.get(name);
    if (!fragment || seen.has(name)) return [];
    seen.add(name);
    return rootFieldNames(fragment.selectionSet, fragments, seen);
  });
}

/**
 * Every operation except `login` needs a caller. Checked once per operation, before execution,
 * instead of in a middleware on every field (which costs per resolved field).
 */
export const requireAuthenticationPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation, document }) {
        if (contextValue.actor || !operation) return;
        const names = rootFieldNames(operation.selectionSet, fragmentsOf(document));
        if (names.some((n) => !PUBLIC_ROOT_FIELDS.has(`${operation.operation}.${n}`)))
          throw unauthenticated();
      },
    };
  },
};
