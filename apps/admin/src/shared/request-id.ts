import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/**
 * The id the API gave a request that failed unexpectedly (logged on the server with it), for the
 * user to quote to support: from the INTERNAL_SERVER_ERROR's extensions, else the response header.
 */
export function requestIdOf(error: unknown): string | null {
  if (CombinedGraphQLErrors.is(error)) {
    const id = error.errors.map((e) => e.extensions?.['requestId']).find(Boolean);
    return typeof id === 'string' ? id : null;
  }
  if (ServerError.is(error)) return error.response.headers.get('x-request-id');
  return null;
}
