// The volunteer list's route, for the lead to place in AppRoutes (under the signed-in shell).
import { lazy } from 'react';
import { Route } from 'react-router';

const VolunteersPage = lazy(() => import('./VolunteersPage'));

export const VOLUNTEERS_PATH = '/dashboard/volunteers';

export const volunteerRoutes = (
  <Route key="volunteers" path={VOLUNTEERS_PATH} element={<VolunteersPage />} />
);
