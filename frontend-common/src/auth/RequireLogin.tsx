import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorState } from '../states/ErrorState';
import { LoadingState } from '../states/LoadingState';
import { useMe } from './api/me';
import { loginPathFor } from './paths';

/** Shows its children to a signed-in person; anyone else goes to the login page and back. */
export function RequireLogin({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <LoadingState />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    return <Navigate to={loginPathFor(`${location.pathname}${location.search}`)} replace />;
  }
  return <>{children}</>;
}
