import { KringShell, LoadingState } from '@kring/common';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, Route, Routes } from 'react-router';

// Every page is its own chunk, so the first load carries only the shell.
const LandingPage = lazy(() => import('./pages/LandingPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

function Layout() {
  const { t } = useTranslation();
  return (
    <KringShell
      portal="partner"
      portalName={t('app.name')}
      navItems={[{ to: '/', label: t('common.navigation.home') }]}
    >
      <Suspense fallback={<LoadingState />}>
        <Outlet />
      </Suspense>
    </KringShell>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<LandingPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
