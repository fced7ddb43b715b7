import { lazy } from 'react';
import { Route } from 'react-router';

// Its own chunk, like every page of the portal.
const ImpactPage = lazy(() => import('./ImpactPage'));

/** Where the service dashboard's impact figures live. */
export const IMPACT_PATH = '/dashboard/impact';

/** The route element for AppRoutes (inside the portal's layout, like the other pages). */
export const impactRoute = <Route key="impact" path={IMPACT_PATH} element={<ImpactPage />} />;
