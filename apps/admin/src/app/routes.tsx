import type { RouteObject } from 'react-router';
import { LoginPage } from '../features/auth/login.page';
import { CustomerDetailPage } from '../features/customers/detail/customer-detail.page';
import { CustomerListPage } from '../features/customers/list/customer-list.page';
import { HomePage } from '../features/home/home.page';
import { StartTrialPage } from '../features/trials/start-trial.page';
import { RequireAuth } from './auth/require-auth';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from './layout/not-found.page';

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'customers', element: <CustomerListPage /> },
      { path: 'customers/:id', element: <CustomerDetailPage /> },
      { path: 'trials/new', element: <StartTrialPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
