import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import type { GraphQLContext } from './context';

/**
 * PostgreSQL refuses the NUL character in text ("invalid byte sequence"), and no name, e-mail,
 * comment or id of Kizuna has one. A string holding it is refused up front, whatever field or
 * variable carries it, so that it never reaches SQL (where it would fail as a fault).
 */
export const hasNul = (value: string) => value.includes('\u0000');

/** The path (`$input.contact.email`, `$ids[2]`) of the first string holding NUL, if any. */
function nulIn(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return hasNul(value) ? path : null;
  // Deeper than any input of the schema: left to coercion, which refuses it.
  if (depth > 32 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulIn(value[i], `${path}[${i}]`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    const found = hasNul(key) ? `${path}.${key}` : nulIn(item, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}

/** Whether a string literal of the document (an argument or default value) holds NUL. */
function literalHasNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (hasNul(node.value)) found = true;
    },
  });
  return found;
}

const refusal = (where: string) =>
  new GraphQLError(`${where} contains a NUL character (\\u0000), which no field accepts.`, {
    extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
  });

/**
 * Refuses input no resolver could store or query, before anything runs: a NUL character in any
 * variable or string literal.
 */
export const inputGuardPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        const variable = nulIn(request.variables ?? {}, '$');
        if (variable) throw refusal(`The variable ${variable.replace('$.', '$')}`);
        if (literalHasNul(document)) throw refusal('A string in the query');
      },
    };
  },
};
