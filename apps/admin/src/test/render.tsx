import { ApolloClient, InMemoryCache } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { AppProviders } from '../app/app-providers';
import { createI18n } from '../i18n/i18n';
import type { Language } from '../i18n/language';

/**
 * Render a screen with the console's real providers around it and a mocked GraphQL server:
 * every operation the screen sends must be in `mocks` (variables included), or the test fails.
 */
export function renderWithProviders(
  ui: ReactElement,
  {
    mocks = [],
    language = 'ja',
    route = '/',
  }: { mocks?: ReadonlyArray<MockLink.MockedResponse>; language?: Language; route?: string } = {},
) {
  const client = new ApolloClient({ cache: new InMemoryCache(), link: new MockLink(mocks) });
  return render(
    <AppProviders client={client} i18n={createI18n(language)}>
      <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
    </AppProviders>,
  );
}
