import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';

export interface ApolloClientOptions {
  uri?: string;
  getToken: () => string | null;
  getLanguage: () => string;
  /** Called when the API says the session is missing or expired. */
  onUnauthenticated: () => void;
}

/** Does this error mean "log in again"? */
export function isUnauthenticated(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')
  );
}

/** Apollo Client for the console: bearer token and UI language on every request. */
export function createApolloClient(options: ApolloClientOptions): ApolloClient {
  const headers = new SetContextLink((prev) => {
    const token = options.getToken();
    return {
      headers: {
        ...(prev['headers'] as Record<string, string> | undefined),
        'Accept-Language': options.getLanguage(),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
    };
  });
  const sessionGuard = new ErrorLink(({ error }) => {
    if (isUnauthenticated(error)) options.onUnauthenticated();
  });
  return new ApolloClient({
    link: ApolloLink.from([
      sessionGuard,
      headers,
      new HttpLink({ uri: options.uri ?? '/graphql' }),
    ]),
    cache: new InMemoryCache(),
  });
}
