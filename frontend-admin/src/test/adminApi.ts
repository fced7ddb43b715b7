// Test data and a stub API for the console's pages: the staff roles as /me shows them.
import { ANNA, json, stubApi, type StubAnswer } from '@kring/common/test-utils';
import type { Account } from '../api/accounts';
import type { Organisation } from '../api/organisations';
import type { Provider } from '../api/providers';
import type { StaffTask } from '../api/staffTasks';


const EVERY_ROLE: StaffTask[] = [
  'view_organisations',
  'view_providers',
  'view_promotions',
  'moderate_reviews',
  'view_response_times',
];

/** The tasks of `staff_roles.py`'s table for the roles the tests use. */
export const TASKS = {
  advisor: [
    ...EVERY_ROLE,
    'view_accounts',
    'manage_accounts',
    'manage_organisations',
    'act_for_organisations',
    'manage_categories',
    'set_badges',
    'suspend_providers',
    'verify_certificates',
    'confirm_promotions',
    'verify_partners',
    'manage_skills',
    'view_dossiers',
    'manage_catalogue',
    'view_orders',
    'manage_neighbourhoods',
    'moderate_neighbourhoods',
  ],
  admin: [
    ...EVERY_ROLE,
    'view_accounts',
    'manage_accounts',
    'manage_organisations',
    'act_for_organisations',
    'manage_api_clients',
    'manage_categories',
    'set_badges',
    'suspend_providers',
    'verify_certificates',
    'confirm_promotions',
    'verify_partners',
    'manage_skills',
    'view_dossiers',
    'run_payments',
    'manage_catalogue',
    'view_orders',
    'handle_orders',
    'view_projects',
    'manage_projects',
    'answer_questions',
    'make_invoices',
    'record_payments',
    'manage_neighbourhoods',
    'moderate_neighbourhoods',
  ],
  branch: [...EVERY_ROLE, 'view_orders', 'handle_orders', 'answer_questions'],
  care_manager: [
    ...EVERY_ROLE,
    'view_dossiers',
    'view_projects',
    'manage_projects',
    'answer_questions',
    'make_invoices',
  ],
  verifier: [
    ...EVERY_ROLE,
    'set_badges',
    'verify_certificates',
    'verify_partners',
    'view_dossiers',
  ],
} satisfies Record<string, StaffTask[]>;

export function staffMember(role: keyof typeof TASKS) {
  return {
    ...ANNA,
    id: '0190d5a4-0000-7000-8000-0000000000ad',
    email: `${role}@kring.demo`,
    first_name: 'Ada',
    prefix: null,
    last_name: 'Adviseur',
    staff_role: role,
    staff_tasks: TASKS[role],
    memberships: [],
  };
}

const SECURE = json({
  mfa_required: true,
  factors: [{ id: 'f', kind: 'totp', phone_ending: null, confirmed_at: '2026-11-23T08:00:00Z' }],
  recovery_codes_left: 10,
  mfa_verified_at: '2026-11-23T08:00:00Z',
});

const EMPTY_PAGE = () => json({ items: [], next_cursor: null });

/** The API as a signed-in staff member of `role` sees it; `routes` add or replace answers. */
export function staffApi(role: keyof typeof TASKS, routes: Record<string, StubAnswer> = {}) {
  return stubApi({
    'GET /api/v1/me': () => json(staffMember(role)),
    'GET /api/v1/me/security': () => SECURE.clone(),
    'GET /api/v1/admin/provider-response-times': EMPTY_PAGE,
    'GET /api/v1/admin/providers': EMPTY_PAGE,
    'GET /api/v1/admin/promotion-requests': EMPTY_PAGE,
    'GET /api/v1/admin/partner-access-requests': EMPTY_PAGE,
    'GET /api/v1/admin/helpers': EMPTY_PAGE,
    'GET /api/v1/admin/orders': EMPTY_PAGE,
    ...routes,
  });
}

export const PETRA: Account = {
  id: '0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e10',
  email: 'petra@delinde.example',
  full_name: 'Petra de Vries',
  status: 'active',
  staff_role: null,
  language: 'nl',
  last_login_at: null,
  has_second_factor: true,
  memberships: [
    {
      id: '0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e11',
      organisation_id: '0192f0c4-0000-7000-8000-00000000d1de',
      organisation_name: 'Zorggroep De Linde',
      organisation_kind: 'umbrella',
      portal_admin: false,
      portal_employee: true,
      umbrella_link_reason: null,
    },
  ],
};

export const PIETER = {
  id: '0192f0c4-0000-7000-8000-0000000000e1',
  user_id: '0192f0c4-0000-7000-8000-0000000000e2',
  name: 'Klushulp Pieter',
  company_name: 'Klushulp Pieter',
  email: 'provider@kring.demo',
  status: 'awaiting_vog',
  professional: true,
  live_at: null,
  suspended_reason: null,
  identity_document_seen: false,
  seen_in_person: false,
  introduction_video: false,
  vog_missing: true,
  vog: {
    status: 'waiting',
    version: 'v1',
    bytes: 1000,
    uploaded_at: '2026-12-01T09:00:00Z',
    issued_on: null,
    confirmed_at: null,
    rejected_at: null,
    rejection_reason: null,
  },
} satisfies Provider;

/** Zorggroep De Linde, an umbrella organisation of the demo data. */
export const LINDE: Organisation = {
  id: '0192f0c4-0000-7000-8000-00000000d1de',
  kind: 'umbrella',
  name: 'Zorggroep De Linde',
  country: 'NL',
  registration_number: '41234560',
  visiting_address: {
    street: 'Lindelaan',
    house_number: '12',
    postcode: '3581 KV',
    city: 'Utrecht',
  },
  postal_address: null,
  phone: '+31301234560',
  email: 'info@linde.demo',
  ad_contract: true,
  contact_card: null,
};
