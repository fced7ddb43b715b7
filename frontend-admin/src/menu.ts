import type { Me, NavItem } from '@kring/common';
import { isStaff, mayDo, type StaffTask } from './api/staffTasks';
import {
  ADMIN_PATHS,
  CATALOGUE_PATHS,
  CATEGORY_PATHS,
  CONCIERGE_PATHS,
  DOSSIER_PATHS,
  HELPER_PATHS,
  HOURS_PATHS,
  INVOICE_PATHS,
  NEIGHBOURHOOD_REPORT_PATHS,
  NEIGHBOURHOOD_PATHS,
  ORDER_PATHS,
  ORDER_REFUSAL_PATHS,
  ORGANISATION_PATHS,
  PARTNER_ACCESS_PATHS,
  PAYMENT_RUN_PATHS,
  PROJECT_PATHS,
  PROVIDER_PATHS,
  QUESTION_PATHS,
  QUEUE_PATHS,
  SKILL_PATHS,
} from './paths';

interface MenuEntry {
  to: string;
  /** Translation key of the label. */
  label: string;
  /** The staff task the page needs; none: every staff member. */
  task?: StaffTask;
  /** Or any one of these tasks. */
  anyOf?: readonly StaffTask[];
  end?: boolean;
}

/** The console's menu, in order; what each entry needs is the API's staff-role table. */
export const MENU: readonly MenuEntry[] = [
  { to: ADMIN_PATHS.home, label: 'common.navigation.home' },
  { to: ADMIN_PATHS.people, label: 'nav.people', task: 'view_accounts', end: false },
  {
    to: ORGANISATION_PATHS.list,
    label: 'nav.organisations',
    task: 'view_organisations',
    end: false,
  },
  { to: PROVIDER_PATHS.list, label: 'nav.providers', task: 'view_providers', end: false },
  { to: HELPER_PATHS.list, label: 'nav.helpers', task: 'view_providers', end: false },
  { to: DOSSIER_PATHS.list, label: 'nav.dossiers', task: 'view_dossiers', end: false },
  { to: HOURS_PATHS.overdue, label: 'nav.overdueHours', task: 'view_dossiers' },
  { to: ORDER_PATHS.list, label: 'nav.orders', task: 'view_orders', end: false },
  { to: ORDER_REFUSAL_PATHS.list, label: 'nav.refusals', task: 'view_orders' },
  { to: PROJECT_PATHS.list, label: 'projects.nav', task: 'view_projects', end: false },
  {
    to: NEIGHBOURHOOD_PATHS.list,
    label: 'neighbourhoods.nav',
    task: 'manage_neighbourhoods',
    end: false,
  },
  {
    to: CONCIERGE_PATHS.queue,
    label: 'concierge.nav',
    task: 'work_concierge_cases',
    end: false,
  },
  {
    to: CONCIERGE_PATHS.subscriptions,
    label: 'concierge.subscriptionsNav',
    task: 'manage_concierge_subscriptions',
  },
  { to: CATALOGUE_PATHS.list, label: 'nav.catalogue', task: 'manage_catalogue', end: false },
  {
    to: QUESTION_PATHS.list,
    label: 'correspondence.nav.questions',
    task: 'answer_questions',
    end: false,
  },
  {
    to: PARTNER_ACCESS_PATHS.list,
    label: 'nav.partnerAccess',
    task: 'verify_partners',
    end: false,
  },
  {
    to: NEIGHBOURHOOD_REPORT_PATHS.list,
    label: 'neighbourhoodReports.nav',
    task: 'moderate_neighbourhoods',
    end: false,
  },
  { to: QUEUE_PATHS.promotions, label: 'nav.promotions', task: 'view_promotions' },
  {
    to: INVOICE_PATHS.list,
    label: 'invoices.nav',
    anyOf: ['make_invoices', 'record_payments'],
    end: false,
  },
  { to: PAYMENT_RUN_PATHS.list, label: 'nav.paymentRuns', task: 'run_payments', end: false },
  { to: QUEUE_PATHS.responseTimes, label: 'nav.responseTimes', task: 'view_response_times' },
  { to: CATEGORY_PATHS.list, label: 'nav.categories', task: 'manage_categories' },
  { to: SKILL_PATHS.list, label: 'nav.skills', task: 'manage_skills' },
];

/** The entries this person may use: none for someone who is not staff. */
export function menuFor(me: Me | null | undefined, t: (key: string) => string): NavItem[] {
  if (!isStaff(me)) return [];
  const allowed = (entry: MenuEntry) =>
    (!entry.task || mayDo(me, entry.task)) &&
    (!entry.anyOf || entry.anyOf.some((task) => mayDo(me, task)));
  return MENU.filter(allowed).map((entry) => ({
    to: entry.to,
    label: t(entry.label),
    ...(entry.end === undefined ? {} : { end: entry.end }),
  }));
}
