import {
  AUTH_PATHS,
  IdentityGuard,
  KringShell,
  LoadingState,
  OrganisationSwitcher,
  UserMenu,
} from '@kring/common';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, Route, Routes } from 'react-router';
import { WIZARD_PATH } from './wizard/steps';

// Every page is its own chunk, so the first load carries only the shell.
const LandingPage = lazy(() => import('./pages/LandingPage'));
const SignupPage = lazy(() => import('./pages/SignupPage'));
const WizardPage = lazy(() => import('./pages/WizardPage'));
const VerifyEmailPage = lazy(() => import('./pages/VerifyEmailPage'));
const LoginPage = lazy(() => import('./pages/LoginPage'));
const ForgotPasswordPage = lazy(() => import('./pages/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('./pages/ResetPasswordPage'));
const AccountSecurityPage = lazy(() => import('./pages/AccountSecurityPage'));
const SecondFactorSetupPage = lazy(() => import('./pages/SecondFactorSetupPage'));
const ChooseOrganisationPage = lazy(() => import('./pages/ChooseOrganisationPage'));
const ActivatePage = lazy(() => import('./pages/ActivatePage'));
const ConfirmEmailPage = lazy(() => import('./pages/ConfirmEmailPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

function Layout() {
  const { t } = useTranslation();
  return (
    <KringShell
      portal="provider"
      portalName={t('app.name')}
      navItems={[{ to: '/', label: t('common.navigation.home') }]}
      userMenu={<UserMenu />}
      organisationSwitcher={<OrganisationSwitcher />}
    >
      <IdentityGuard />
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
        <Route path={AUTH_PATHS.signup} element={<SignupPage />} />
        {/* The provider's sign-up wizard after the account: /signup/personal … /signup/done. */}
        <Route path={`${WIZARD_PATH}/:step`} element={<WizardPage />} />
        <Route path={AUTH_PATHS.verifyEmail} element={<VerifyEmailPage />} />
        <Route path={AUTH_PATHS.login} element={<LoginPage />} />
        <Route path={AUTH_PATHS.forgotPassword} element={<ForgotPasswordPage />} />
        <Route path={AUTH_PATHS.resetPassword} element={<ResetPasswordPage />} />
        <Route path={AUTH_PATHS.accountSecurity} element={<AccountSecurityPage />} />
        <Route path={AUTH_PATHS.secondFactorSetup} element={<SecondFactorSetupPage />} />
        <Route path={AUTH_PATHS.chooseOrganisation} element={<ChooseOrganisationPage />} />
        <Route path={AUTH_PATHS.activate} element={<ActivatePage />} />
        <Route path={AUTH_PATHS.confirmEmail} element={<ConfirmEmailPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
