import {
  AUTH_PATHS,
  IdentityGuard,
  KringShell,
  LoadingState,
  useMe,
  UserMenu,
} from '@kring/common';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, Route, Routes } from 'react-router';
import { menuFor } from './menu';
import {
  ADMIN_PATHS,
  CATALOGUE_PATHS,
  CATEGORY_PATHS,
  DOSSIER_PATHS,
  HELPER_PATHS,
  HOURS_PATHS,
  INVOICE_PATHS,
  NEIGHBOURHOOD_REPORT_PATHS,
  ORDER_PATHS,
  ORDER_REFUSAL_PATHS,
  ORGANISATION_PATHS,
  PARTNER_ACCESS_PATHS,
  PAYMENT_RUN_PATHS,
  NEIGHBOURHOOD_PATHS,
  CONCIERGE_PATHS,
  PROJECT_PATHS,
  PROVIDER_PATHS,
  QUESTION_PATHS,
  QUEUE_PATHS,
  SKILL_PATHS,
} from './paths';

// Every page is its own chunk, so the first load carries only the shell.
const HomePage = lazy(() => import('./pages/HomePage'));
const PeoplePage = lazy(() => import('./pages/PeoplePage'));
const NewPersonPage = lazy(() => import('./pages/NewPersonPage'));
const PersonPage = lazy(() => import('./pages/PersonPage'));
const ProvidersPage = lazy(() => import('./pages/ProvidersPage'));
const ProviderPage = lazy(() => import('./pages/ProviderPage'));
const ResponseTimesPage = lazy(() => import('./pages/ResponseTimesPage'));
const PromotionsPage = lazy(() => import('./pages/PromotionsPage'));
const OrganisationsPage = lazy(() => import('./pages/OrganisationsPage'));
const OrganisationPage = lazy(() => import('./pages/OrganisationPage'));
const NewOrganisationPage = lazy(() =>
  import('./pages/OrganisationFormPage').then((page) => ({ default: page.NewOrganisationPage })),
);
const EditOrganisationPage = lazy(() => import('./pages/OrganisationFormPage'));
const CategoriesPage = lazy(() => import('./pages/CategoriesPage'));
const SkillsPage = lazy(() => import('./pages/SkillsPage'));
const DossiersPage = lazy(() => import('./pages/DossiersPage'));
const DossierPage = lazy(() => import('./pages/DossierPage'));
const PartnerAccessRequestsPage = lazy(() => import('./pages/PartnerAccessRequestsPage'));
const PartnerAccessRequestPage = lazy(() => import('./pages/PartnerAccessRequestPage'));
const LoginPage = lazy(() => import('./pages/LoginPage'));
const ForgotPasswordPage = lazy(() => import('./pages/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('./pages/ResetPasswordPage'));
const AccountSecurityPage = lazy(() => import('./pages/AccountSecurityPage'));
const SecondFactorSetupPage = lazy(() => import('./pages/SecondFactorSetupPage'));
const ActivatePage = lazy(() => import('./pages/ActivatePage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));
const QuestionsPage = lazy(() => import('./correspondence/QuestionsPage'));
const QuestionPage = lazy(() => import('./correspondence/QuestionPage'));
const NeighbourhoodReportsPage = lazy(() => import('./neighbourhoodReports/ReportsPage'));
const NeighbourhoodReportPage = lazy(() => import('./neighbourhoodReports/ReportPage'));
const InvoicesPage = lazy(() => import('./invoices/InvoicesPage'));
const InvoicePage = lazy(() => import('./invoices/InvoicePage'));
const MakeInvoicePage = lazy(() => import('./invoices/MakeInvoicePage'));
const HelpersPage = lazy(() => import('./pages/HelpersPage'));
const HelperPage = lazy(() => import('./pages/HelperPage'));
const OverdueHoursPage = lazy(() => import('./pages/OverdueHoursPage'));
const PaymentRunsPage = lazy(() => import('./pages/PaymentRunsPage'));
const PaymentRunPage = lazy(() => import('./pages/PaymentRunPage'));
const OrdersPage = lazy(() => import('./pages/OrdersPage'));
const ConciergeQueuePage = lazy(() => import('./concierge/QueuePage'));
const ConciergeCasePage = lazy(() => import('./concierge/CasePage'));
const ConciergePhoneCasePage = lazy(() => import('./concierge/PhoneCasePage'));
const ConciergeSubscriptionsPage = lazy(() => import('./concierge/SubscriptionsPage'));
const ConciergeFiguresPage = lazy(() => import('./concierge/FiguresPage'));
const ProjectsPage = lazy(() => import('./projects/ProjectsPage'));
const NeighbourhoodsPage = lazy(() => import('./neighbourhoods/NeighbourhoodsPage'));
const NewNeighbourhoodPage = lazy(() => import('./neighbourhoods/NewNeighbourhoodPage'));
const NeighbourhoodPage = lazy(() => import('./neighbourhoods/NeighbourhoodPage'));
const NewProjectPage = lazy(() => import('./projects/NewProjectPage'));
const ProjectPage = lazy(() => import('./projects/ProjectPage'));
const OrderPage = lazy(() => import('./pages/OrderPage'));
const OrderRefusalsPage = lazy(() => import('./pages/OrderRefusalsPage'));
const DevicesPage = lazy(() => import('./pages/DevicesPage'));
const DevicePage = lazy(() => import('./pages/DevicePage'));
const NewDevicePage = lazy(() =>
  import('./pages/DevicePage').then((page) => ({ default: page.NewDevicePage })),
);

function Layout() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <KringShell
      portal="admin"
      portalName={t('app.name')}
      navItems={menuFor(me.data, t)}
      userMenu={<UserMenu />}
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
        <Route index element={<HomePage />} />
        <Route path={ADMIN_PATHS.people} element={<PeoplePage />} />
        <Route path={ADMIN_PATHS.newPerson} element={<NewPersonPage />} />
        <Route path={`${ADMIN_PATHS.people}/:userId`} element={<PersonPage />} />
        <Route path={PROVIDER_PATHS.list} element={<ProvidersPage />} />
        <Route path={`${PROVIDER_PATHS.list}/:profileId`} element={<ProviderPage />} />
        <Route path={HELPER_PATHS.list} element={<HelpersPage />} />
        <Route path={`${HELPER_PATHS.list}/:helperId`} element={<HelperPage />} />
        <Route path={ORGANISATION_PATHS.list} element={<OrganisationsPage />} />
        <Route path={ORGANISATION_PATHS.new} element={<NewOrganisationPage />} />
        <Route path={`${ORGANISATION_PATHS.list}/:organisationId`} element={<OrganisationPage />} />
        <Route
          path={`${ORGANISATION_PATHS.list}/:organisationId/edit`}
          element={<EditOrganisationPage />}
        />
        <Route path={QUEUE_PATHS.responseTimes} element={<ResponseTimesPage />} />
        <Route path={QUEUE_PATHS.promotions} element={<PromotionsPage />} />
        <Route path={CATEGORY_PATHS.list} element={<CategoriesPage />} />
        <Route path={SKILL_PATHS.list} element={<SkillsPage />} />
        <Route path={DOSSIER_PATHS.list} element={<DossiersPage />} />
        <Route path={`${DOSSIER_PATHS.list}/:dossierId`} element={<DossierPage />} />
        <Route path={HOURS_PATHS.overdue} element={<OverdueHoursPage />} />
        <Route path={PARTNER_ACCESS_PATHS.list} element={<PartnerAccessRequestsPage />} />
        <Route
          path={`${PARTNER_ACCESS_PATHS.list}/:requestId`}
          element={<PartnerAccessRequestPage />}
        />
        <Route path={PAYMENT_RUN_PATHS.list} element={<PaymentRunsPage />} />
        <Route path={`${PAYMENT_RUN_PATHS.list}/:runId`} element={<PaymentRunPage />} />
        <Route path={ORDER_PATHS.list} element={<OrdersPage />} />
        <Route path={`${ORDER_PATHS.list}/:orderId`} element={<OrderPage />} />
        <Route path={ORDER_REFUSAL_PATHS.list} element={<OrderRefusalsPage />} />
        <Route path={NEIGHBOURHOOD_PATHS.list} element={<NeighbourhoodsPage />} />
        <Route path={NEIGHBOURHOOD_PATHS.new} element={<NewNeighbourhoodPage />} />
        <Route
          path={`${NEIGHBOURHOOD_PATHS.list}/:neighbourhoodId`}
          element={<NeighbourhoodPage />}
        />
        <Route path={CONCIERGE_PATHS.queue} element={<ConciergeQueuePage />} />
        <Route path={CONCIERGE_PATHS.case} element={<ConciergeCasePage />} />
        <Route path={CONCIERGE_PATHS.phone} element={<ConciergePhoneCasePage />} />
        <Route path={CONCIERGE_PATHS.subscriptions} element={<ConciergeSubscriptionsPage />} />
        <Route path={CONCIERGE_PATHS.figures} element={<ConciergeFiguresPage />} />
        <Route path={PROJECT_PATHS.list} element={<ProjectsPage />} />
        <Route path={PROJECT_PATHS.new} element={<NewProjectPage />} />
        <Route path={`${PROJECT_PATHS.list}/:projectId`} element={<ProjectPage />} />
        <Route path={CATALOGUE_PATHS.list} element={<DevicesPage />} />
        <Route path={CATALOGUE_PATHS.new} element={<NewDevicePage />} />
        <Route path={`${CATALOGUE_PATHS.list}/:deviceId`} element={<DevicePage />} />
        <Route path={QUESTION_PATHS.list} element={<QuestionsPage />} />
        <Route path={`${QUESTION_PATHS.list}/:threadId`} element={<QuestionPage />} />
        <Route path={NEIGHBOURHOOD_REPORT_PATHS.list} element={<NeighbourhoodReportsPage />} />
        <Route
          path={`${NEIGHBOURHOOD_REPORT_PATHS.list}/:reportId`}
          element={<NeighbourhoodReportPage />}
        />
        <Route path={INVOICE_PATHS.list} element={<InvoicesPage />} />
        <Route path={INVOICE_PATHS.new} element={<MakeInvoicePage />} />
        <Route path={`${INVOICE_PATHS.list}/:invoiceId`} element={<InvoicePage />} />
        <Route path={AUTH_PATHS.login} element={<LoginPage />} />
        <Route path={AUTH_PATHS.forgotPassword} element={<ForgotPasswordPage />} />
        <Route path={AUTH_PATHS.resetPassword} element={<ResetPasswordPage />} />
        <Route path={AUTH_PATHS.accountSecurity} element={<AccountSecurityPage />} />
        <Route path={AUTH_PATHS.secondFactorSetup} element={<SecondFactorSetupPage />} />
        <Route path={AUTH_PATHS.activate} element={<ActivatePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
