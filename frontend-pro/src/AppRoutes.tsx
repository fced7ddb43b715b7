import {
  activeMembership,
  AUTH_PATHS,
  IdentityGuard,
  KringShell,
  LoadingState,
  OrganisationSwitcher,
  useMe,
  UserMenu,
  type NavItem,
  type UserMenuLink,
} from '@kring/common';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, Route, Routes } from 'react-router';
import { calloutRoutes } from './dashboard/callouts/routes';
import { CALLOUT_PATHS } from './dashboard/callouts/paths';
import { IMPACT_PATH, impactRoute } from './dashboard/impact/routes';
import { isServiceMembership } from './dashboard/kinds';
import { VOLUNTEERS_PATH, volunteerRoutes } from './dashboard/volunteers/routes';
import { PRO_PATHS } from './paths';

// Every page is its own chunk, so the first load carries only the shell.
const LandingPage = lazy(() => import('./pages/LandingPage'));
const HomePage = lazy(() => import('./pages/HomePage'));
const MyDetailsPage = lazy(() => import('./pages/MyDetailsPage'));
const MyContactDetailsPage = lazy(() => import('./pages/MyContactDetailsPage'));
const EditMyContactDetailsPage = lazy(() => import('./pages/EditMyContactDetailsPage'));
const MyOrganisationPage = lazy(() => import('./pages/MyOrganisationPage'));
const ContactPersonsPage = lazy(() => import('./pages/ContactPersonsPage'));
const AddContactPersonPage = lazy(() => import('./pages/AddContactPersonPage'));
const ContactPersonPage = lazy(() => import('./pages/ContactPersonPage'));
const EditContactPersonPage = lazy(() => import('./pages/EditContactPersonPage'));
const InvoicesPage = lazy(() => import('./invoices/InvoicesPage'));
const InvoicePage = lazy(() => import('./invoices/InvoicePage'));
const ProjectsPage = lazy(() => import('./projects/ProjectsPage'));
const ProjectPage = lazy(() => import('./projects/ProjectPage'));
const OrdersListPage = lazy(() => import('./orders/OrdersListPage'));
const NewOrderPage = lazy(() => import('./orders/NewOrderPage'));
const RentalOrderPage = lazy(() => import('./orders/RentalOrderPage'));
const FollowUpOrderPage = lazy(() => import('./orders/FollowUpOrderPage'));
const SignOrdersPage = lazy(() => import('./orders/SignOrdersPage'));
const OrderPage = lazy(() => import('./orders/OrderPage'));
const OrderPlacedPage = lazy(() => import('./orders/OrderPlacedPage'));
const RentalsOutstandingPage = lazy(() => import('./orders/RentalsOutstandingPage'));
const EndedTrajectoriesPage = lazy(() => import('./orders/EndedTrajectoriesPage'));
const CorrespondencePage = lazy(() => import('./correspondence/CorrespondencePage'));
const ThreadPage = lazy(() => import('./correspondence/ThreadPage'));
const LoginPage = lazy(() => import('./pages/LoginPage'));
const ForgotPasswordPage = lazy(() => import('./pages/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('./pages/ResetPasswordPage'));
const AccountSecurityPage = lazy(() => import('./pages/AccountSecurityPage'));
const SecondFactorSetupPage = lazy(() => import('./pages/SecondFactorSetupPage'));
const ChooseOrganisationPage = lazy(() => import('./pages/ChooseOrganisationPage'));
const ActivatePage = lazy(() => import('./pages/ActivatePage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));
const ConciergeSubscriptionsPage = lazy(
  () => import('./dashboard/concierge/ConciergeSubscriptionsPage'),
);
// The concierge subscriptions a municipality or social service funds.
const CONCIERGE_PATH = '/dashboard/concierge';

function Layout() {
  const { t } = useTranslation();
  const me = useMe();
  // The menu of a member acting for an organisation; everyone else has only the front page.
  const membership = activeMembership(me.data);
  const navItems: NavItem[] = [{ to: PRO_PATHS.home, label: t('common.navigation.home') }];
  const userLinks: UserMenuLink[] = [];
  if (isServiceMembership(membership)) {
    // A municipality or social service orders nothing from a supplier: its own pages only.
    navItems.push(
      { to: CALLOUT_PATHS.list, label: t('nav.callouts'), end: false },
      { to: VOLUNTEERS_PATH, label: t('nav.volunteers') },
      { to: IMPACT_PATH, label: t('nav.impact') },
      { to: CONCIERGE_PATH, label: t('nav.concierge') },
      { to: PRO_PATHS.myDetails, label: t('nav.myDetails'), end: false },
    );
    userLinks.push(
      { to: PRO_PATHS.myContact, label: t('userMenu.myDetails') },
      { to: PRO_PATHS.organisation, label: t('userMenu.organisation') },
    );
  } else if (membership) {
    navItems.push(
      { to: PRO_PATHS.myDetails, label: t('nav.myDetails'), end: false },
      { to: PRO_PATHS.invoices, label: t('nav.invoices') },
      { to: PRO_PATHS.projects, label: t('nav.projects') },
      { to: PRO_PATHS.orders, label: t('nav.orders'), end: false },
    );
    userLinks.push(
      { to: PRO_PATHS.myContact, label: t('userMenu.myDetails') },
      { to: PRO_PATHS.organisation, label: t('userMenu.organisation') },
    );
  }
  return (
    <KringShell
      portal="pro"
      portalName={t('app.name')}
      navItems={navItems}
      userMenu={<UserMenu links={userLinks} organisationChoice />}
      organisationSwitcher={<OrganisationSwitcher />}
    >
      <IdentityGuard organisationRequired />
      <Suspense fallback={<LoadingState />}>
        <Outlet />
      </Suspense>
    </KringShell>
  );
}

/** The front page: a member's home, or what the portal is about for everyone else. */
function Home() {
  const me = useMe();
  if (me.isPending) return <LoadingState />;
  return activeMembership(me.data) ? <HomePage /> : <LandingPage />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Home />} />
        <Route path={PRO_PATHS.myDetails} element={<MyDetailsPage />} />
        <Route path={PRO_PATHS.myContact} element={<MyContactDetailsPage />} />
        <Route path={PRO_PATHS.myContactEdit} element={<EditMyContactDetailsPage />} />
        <Route path={PRO_PATHS.organisation} element={<MyOrganisationPage />} />
        <Route path={PRO_PATHS.contactPersons} element={<ContactPersonsPage />} />
        <Route path={PRO_PATHS.addContactPerson} element={<AddContactPersonPage />} />
        <Route path={`${PRO_PATHS.contactPersons}/:membershipId`} element={<ContactPersonPage />} />
        <Route
          path={`${PRO_PATHS.contactPersons}/:membershipId/edit`}
          element={<EditContactPersonPage />}
        />
        <Route path={PRO_PATHS.invoices} element={<InvoicesPage />} />
        <Route path={`${PRO_PATHS.invoices}/:invoiceId`} element={<InvoicePage />} />
        <Route path={PRO_PATHS.projects} element={<ProjectsPage />} />
        <Route path={`${PRO_PATHS.projects}/:projectId`} element={<ProjectPage />} />
        <Route path={PRO_PATHS.orders} element={<OrdersListPage />} />
        <Route path={PRO_PATHS.newOrder} element={<NewOrderPage />} />
        <Route path={`${PRO_PATHS.newOrder}/rental`} element={<RentalOrderPage />} />
        <Route path={`${PRO_PATHS.newOrder}/:kind`} element={<FollowUpOrderPage />} />
        <Route path={PRO_PATHS.rentals} element={<RentalsOutstandingPage />} />
        <Route path={PRO_PATHS.ended} element={<EndedTrajectoriesPage />} />
        <Route path={PRO_PATHS.signOrders} element={<SignOrdersPage />} />
        <Route path={`${PRO_PATHS.orders}/:orderId`} element={<OrderPage />} />
        <Route path={`${PRO_PATHS.orders}/:orderId/placed`} element={<OrderPlacedPage />} />
        <Route path={PRO_PATHS.correspondence} element={<CorrespondencePage />} />
        <Route path={`${PRO_PATHS.correspondence}/:threadId`} element={<ThreadPage />} />
        {/* The service dashboard of a municipality or social service. */}
        {calloutRoutes}
        {volunteerRoutes}
        <Route path={CONCIERGE_PATH} element={<ConciergeSubscriptionsPage />} />
        {impactRoute}
        <Route path={AUTH_PATHS.login} element={<LoginPage />} />
        <Route path={AUTH_PATHS.forgotPassword} element={<ForgotPasswordPage />} />
        <Route path={AUTH_PATHS.resetPassword} element={<ResetPasswordPage />} />
        <Route path={AUTH_PATHS.accountSecurity} element={<AccountSecurityPage />} />
        <Route path={AUTH_PATHS.secondFactorSetup} element={<SecondFactorSetupPage />} />
        <Route path={AUTH_PATHS.chooseOrganisation} element={<ChooseOrganisationPage />} />
        <Route path={AUTH_PATHS.activate} element={<ActivatePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
