import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { requestIdOf } from './request-id';

const graphqlErrors = (...extensions: Record<string, unknown>[]) =>
  new CombinedGraphQLErrors({
    data: null,
    errors: extensions.map((e) => ({ message: 'failed', extensions: e })),
  });
// jsdom has no fetch Response: only its status and headers are read.
const serverError = (headers: Record<string, string>) =>
  new ServerError('Bad gateway', {
    response: {
      status: 502,
      headers: { get: (name: string) => headers[name] ?? null },
    } as unknown as Response,
    bodyText: '<html>',
  });

describe('requestIdOf', () => {
  it.each<[string, unknown, string | null]>([
    [
      'an internal server error',
      graphqlErrors({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-1' }),
      'req-1',
    ],
    [
      'the first error that has one',
      graphqlErrors({ code: 'FORBIDDEN' }, { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-2' }),
      'req-2',
    ],
    ['a GraphQL error without one', graphqlErrors({ code: 'FORBIDDEN' }), null],
    ['an HTTP error with the header', serverError({ 'x-request-id': 'req-3' }), 'req-3'],
    ['an HTTP error without it', serverError({}), null],
    ['a network failure', new TypeError('Failed to fetch'), null],
  ])('%s', (_, error, expected) => expect(requestIdOf(error)).toBe(expected));
});
