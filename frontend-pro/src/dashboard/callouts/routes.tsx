import { lazy } from 'react';
import { Route } from 'react-router';
import { CALLOUT_PATHS } from './paths';

const CalloutsPage = lazy(() => import('./CalloutsPage'));
const NewCalloutPage = lazy(() => import('./NewCalloutPage'));
const CalloutPage = lazy(() => import('./CalloutPage'));

/** The callouts' routes, to place inside the portal's `<Routes>` (and its Suspense). */
export const calloutRoutes = [
  <Route key="callouts" path={CALLOUT_PATHS.list} element={<CalloutsPage />} />,
  <Route key="callouts-new" path={CALLOUT_PATHS.create} element={<NewCalloutPage />} />,
  <Route key="callout" path={CALLOUT_PATHS.callout} element={<CalloutPage />} />,
];
