import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { authToken } from './auth-token';

/** Screens behind the login: without a token, go to /login and come back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation();
  if (!authToken.get()) {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?from=${encodeURIComponent(from)}`} replace />;
  }
  return children;
}
