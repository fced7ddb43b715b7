import {
  AUTH_PATHS,
  IdentityGuard,
  KringShell,
  LoadingState,
  OrganisationSwitcher,
  useMe,
  UserMenu,
} from '@kring/common';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, Route, Routes } from 'react-router';
import { useProviderProfile } from './api/profile';
import { providerNavItems } from './home/navigation';
import { PROVIDER_PATHS } from './home/paths';
import { WIZARD_PATH } from './wizard/steps';

// Every page is its own chunk, so the first load carries only the shell.
const DashboardPage = lazy(() => import('./pages/DashboardPage'));
const ProfilePreviewPage = lazy(() => import('./pages/ProfilePreviewPage'));
const SettingsPage = lazy(() => import('./pages/SettingsPage'));
const VideoPage = lazy(() => import('./pages/VideoPage'));
const PromotionPage = lazy(() => import('./pages/PromotionPage'));
const RequestsPage = lazy(() => import('./pages/RequestsPage'));
const RequestPage = lazy(() => import('./pages/RequestPage'));
const ReviewsPage = lazy(() => import('./pages/ReviewsPage'));
const ProposalsPage = lazy(() => import('./pages/ProposalsPage'));
const ProposalPage = lazy(() => import('./pages/ProposalPage'));
const EngagementsPage = lazy(() => import('./pages/EngagementsPage'));
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
const HelperPage = lazy(() => import('./pages/HelperPage'));
const HoursPage = lazy(() => import('./pages/HoursPage'));

function Layout() {
  const { t } = useTranslation();
  const me = useMe();
  const profile = useProviderProfile({ enabled: Boolean(me.data) });
  return (
    <KringShell
      portal="provider"
      portalName={t('app.name')}
      navItems={providerNavItems(t, me.data ? profile.data : null, Boolean(me.data))}
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
        {/* A provider's dashboard; for visitors what the portal is about. */}
        <Route index element={<DashboardPage />} />
        <Route path={PROVIDER_PATHS.requests} element={<RequestsPage />} />
        {/* One request: the provider's e-mail links here. */}
        <Route path={`${PROVIDER_PATHS.requests}/:id`} element={<RequestPage />} />
        <Route path={PROVIDER_PATHS.reviews} element={<ReviewsPage />} />
        <Route path={PROVIDER_PATHS.proposals} element={<ProposalsPage />} />
        <Route path={`${PROVIDER_PATHS.proposals}/:id`} element={<ProposalPage />} />
        <Route path={PROVIDER_PATHS.engagements} element={<EngagementsPage />} />
        {/* The engagement e-mails link to one engagement: the page lists them all. */}
        <Route path={`${PROVIDER_PATHS.engagements}/:id`} element={<EngagementsPage />} />
        <Route path={PROVIDER_PATHS.hours} element={<HoursPage />} />
        <Route path={PROVIDER_PATHS.preview} element={<ProfilePreviewPage />} />
        <Route path={PROVIDER_PATHS.settings} element={<SettingsPage />} />
        <Route path={PROVIDER_PATHS.video} element={<VideoPage />} />
        <Route path={PROVIDER_PATHS.promotion} element={<PromotionPage />} />
        <Route path={PROVIDER_PATHS.helper} element={<HelperPage />} />
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
