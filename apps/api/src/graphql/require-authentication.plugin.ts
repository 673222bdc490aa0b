import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { GraphQLContext } from './context';
import { forbidden, unauthenticated } from './errors';
import { fragmentsOf } from './selection';

/** Root fields that anonymous callers may use (a certificate's holder need not be staff). */
const PUBLIC_ROOT_FIELDS = new Set([
  'mutation.login',
  'query.verifyDeletionCertificate',
  'query.__typename',
  'mutation.__typename',
]);

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

/** Root fields of the schema's introspection (`__typename` tells nothing and stays open). */
const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/**
 * Limits of one request (ADR 0012), checked before execution:
 * - at most one `login` per request: aliases would try a password each (200 in one request);
 * - in production, introspection only for staff with the ADMIN role (API keys never): the
 *   console and integrators use the committed schema.graphql;
 * - a refused sign-in tells when to come back: `Retry-After` on the response.
 */
export function requestLimitsPlugin(options: {
  production: boolean;
}): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document }) {
          if (!operation) return;
          const names = rootFieldNames(operation.selectionSet, fragmentsOf(document));
          if (operation.operation === 'mutation' && names.filter((n) => n === 'login').length > 1)
            throw new GraphQLError('Sign in with one login per request.', {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          if (!options.production || !names.some((n) => INTROSPECTION_FIELDS.has(n))) return;
          const actor = contextValue.actor;
          if (!actor) throw unauthenticated();
          if (actor.kind !== 'STAFF' || !actor.roles.includes('ADMIN'))
            throw forbidden('introspect the schema (staff with the ADMIN role only)');
        },
        async willSendResponse({ contextValue, response }) {
          const seconds = contextValue.perRequest?.retryAfterSeconds;
          if (seconds !== undefined) response.http.headers.set('retry-after', String(seconds));
        },
      };
    },
  };
}
