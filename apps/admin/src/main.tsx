import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
// The DOM build of RouterProvider: it honours `flushSync` (used by filters kept in the URL).
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './app/apollo/apollo-client';
import { AppProviders } from './app/app-providers';
import { authToken } from './app/auth/auth-token';
import { routes } from './app/routes';
import { createI18n } from './i18n/i18n';
import './styles.css';

const i18n = createI18n();
const router = createBrowserRouter(routes);

const client = createApolloClient({
  getToken: authToken.get,
  getLanguage: () => i18n.language,
  onUnauthenticated: () => {
    authToken.clear();
    void client.clearStore();
    if (router.state.location.pathname !== '/login') void router.navigate('/login?expired=1');
  },
});

createRoot(document.getElementById('root')!).render(
  <AppProviders client={client} i18n={i18n}>
    <RouterProvider router={router} />
  </AppProviders>,
);
