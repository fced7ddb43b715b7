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
import { useUnreadMessages } from './api/messages';
import { useMySubscription } from './api/concierge';
import {
  CALLOUT_PATHS,
  CONCIERGE_PATHS,
  DOSSIER_LINK_PATHS,
  DOSSIER_PATHS,
  MESSAGE_PATHS,
  MY_NEIGHBOURHOOD_PATHS,
  PARTNER_PATHS,
  POST_PATHS,
  PUBLIC_PATHS,
} from './paths';

// Every page is its own chunk, so the first load carries only the shell.
const SearchPage = lazy(() => import('./pages/SearchPage'));
const ProviderProfilePage = lazy(() => import('./pages/ProviderProfilePage'));
const ContactPage = lazy(() => import('./pages/ContactPage'));
const ReviewPage = lazy(() => import('./pages/ReviewPage'));
const SignupPage = lazy(() => import('./pages/SignupPage'));
const VerifyEmailPage = lazy(() => import('./pages/VerifyEmailPage'));
const LoginPage = lazy(() => import('./pages/LoginPage'));
const ForgotPasswordPage = lazy(() => import('./pages/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('./pages/ResetPasswordPage'));
const AccountSecurityPage = lazy(() => import('./pages/AccountSecurityPage'));
const SecondFactorSetupPage = lazy(() => import('./pages/SecondFactorSetupPage'));
const ChooseOrganisationPage = lazy(() => import('./pages/ChooseOrganisationPage'));
const ActivatePage = lazy(() => import('./pages/ActivatePage'));
const ConfirmEmailPage = lazy(() => import('./pages/ConfirmEmailPage'));
const PartnerAccessPage = lazy(() => import('./pages/PartnerAccessPage'));
const DossiersPage = lazy(() => import('./pages/DossiersPage'));
const DossierWizardPage = lazy(() => import('./pages/DossierWizardPage'));
const DossierPage = lazy(() => import('./pages/DossierPage'));
const DossierLinkPage = lazy(() => import('./pages/DossierLinkPage'));
const NeighbourhoodFeedPage = lazy(() => import('./pages/NeighbourhoodFeedPage'));
const CalloutAnswerPage = lazy(() => import('./pages/CalloutAnswerPage'));
const AskHelpPage = lazy(() => import('./pages/AskHelpPage'));
const NeighbourhoodPostPage = lazy(() => import('./pages/NeighbourhoodPostPage'));
const UnansweredPage = lazy(() => import('./pages/UnansweredPage'));
const ConversationsPage = lazy(() => import('./messages/ConversationsPage'));
const ConversationPage = lazy(() => import('./messages/ConversationPage'));
const MyNeighbourhoodPage = lazy(() => import('./mybuurt/MyNeighbourhoodPage'));
const AcceptInvitePage = lazy(() => import('./mybuurt/AcceptInvitePage'));
const NeighbourhoodProfilePage = lazy(() => import('./mybuurt/NeighbourhoodProfilePage'));
const HelpersPage = lazy(() => import('./mybuurt/HelpersPage'));
const ConciergePage = lazy(() => import('./concierge/ConciergePage'));
const ConciergeCasePage = lazy(() => import('./concierge/ConciergeCasePage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

function Layout() {
  const { t } = useTranslation();
  const me = useMe();
  const signedIn = Boolean(me.data);
  // The shell's items carry a label only: the unread count goes in it ("Berichten (2)").
  const unread = useUnreadMessages(signedIn).data?.conversations ?? 0;
  // The concierge is in the menu for subscribers only (no subscription: the API's 404).
  const subscribed = Boolean(useMySubscription(signedIn).data);
  return (
    <KringShell
      portal="partner"
      portalName={t('app.name')}
      navItems={[
        { to: '/', label: t('common.navigation.home') },
        { to: DOSSIER_PATHS.list, label: t('dossiers.nav'), end: false },
        { to: PARTNER_PATHS.partnerAccess, label: t('partnerAccess.nav') },
        ...(signedIn
          ? [{ to: MY_NEIGHBOURHOOD_PATHS.home, label: t('myNeighbourhood.nav'), end: false }]
          : []),
        ...(subscribed
          ? [{ to: CONCIERGE_PATHS.home, label: t('concierge.nav'), end: false }]
          : []),
        {
          to: MESSAGE_PATHS.list,
          label:
            unread > 0
              ? t('myNeighbourhood.messagesNav', { count: unread })
              : t('neighbourMessages.nav'),
          end: false,
        },
      ]}
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
        {/* Finding a provider comes first; what the portal is for is under the search. */}
        <Route index element={<SearchPage />} />
        <Route path={PUBLIC_PATHS.profile} element={<ProviderProfilePage />} />
        <Route path={PUBLIC_PATHS.contact} element={<ContactPage />} />
        <Route path={PUBLIC_PATHS.review} element={<ReviewPage />} />
        <Route path={PARTNER_PATHS.partnerAccess} element={<PartnerAccessPage />} />
        <Route path={DOSSIER_PATHS.list} element={<DossiersPage />} />
        <Route path={DOSSIER_PATHS.create} element={<DossierWizardPage />} />
        <Route path={DOSSIER_PATHS.dossier} element={<DossierPage />} />
        <Route path={DOSSIER_PATHS.payment} element={<DossierPage />} />
        <Route path={DOSSIER_PATHS.wizard} element={<DossierWizardPage />} />
        <Route path={DOSSIER_PATHS.wizardStep} element={<DossierWizardPage />} />
        <Route path={AUTH_PATHS.signup} element={<SignupPage />} />
        <Route path={AUTH_PATHS.verifyEmail} element={<VerifyEmailPage />} />
        <Route path={AUTH_PATHS.login} element={<LoginPage />} />
        <Route path={AUTH_PATHS.forgotPassword} element={<ForgotPasswordPage />} />
        <Route path={AUTH_PATHS.resetPassword} element={<ResetPasswordPage />} />
        <Route path={AUTH_PATHS.accountSecurity} element={<AccountSecurityPage />} />
        <Route path={AUTH_PATHS.secondFactorSetup} element={<SecondFactorSetupPage />} />
        <Route path={AUTH_PATHS.chooseOrganisation} element={<ChooseOrganisationPage />} />
        <Route path={AUTH_PATHS.activate} element={<ActivatePage />} />
        <Route path={AUTH_PATHS.confirmEmail} element={<ConfirmEmailPage />} />
        <Route
          path={DOSSIER_LINK_PATHS.invitation}
          element={<DossierLinkPage kind="invitation" />}
        />
        <Route path={DOSSIER_LINK_PATHS.transfer} element={<DossierLinkPage kind="transfer" />} />
        <Route path={POST_PATHS.feed} element={<NeighbourhoodFeedPage />} />
        <Route path={POST_PATHS.ask} element={<AskHelpPage />} />
        <Route path={POST_PATHS.unanswered} element={<UnansweredPage />} />
        <Route path={POST_PATHS.post} element={<NeighbourhoodPostPage />} />
        <Route path={CALLOUT_PATHS.answer} element={<CalloutAnswerPage />} />
        <Route path={MESSAGE_PATHS.list} element={<ConversationsPage />} />
        <Route path={MESSAGE_PATHS.conversation} element={<ConversationPage />} />
        <Route path={MY_NEIGHBOURHOOD_PATHS.home} element={<MyNeighbourhoodPage />} />
        <Route path={MY_NEIGHBOURHOOD_PATHS.profile} element={<NeighbourhoodProfilePage />} />
        <Route path={MY_NEIGHBOURHOOD_PATHS.invite} element={<AcceptInvitePage />} />
        <Route path={MY_NEIGHBOURHOOD_PATHS.helpers} element={<HelpersPage />} />
        <Route path={CONCIERGE_PATHS.home} element={<ConciergePage />} />
        <Route path={CONCIERGE_PATHS.case} element={<ConciergeCasePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
