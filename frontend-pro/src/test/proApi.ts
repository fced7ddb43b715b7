// Test data and a stub API for the pro portal's pages: Paula acts for Zorggroep De Linde.
import { ANNA, json, stubApi, type StubAnswer } from '@kring/common/test-utils';
import type { Member } from '../api/members';
import type { FunctionCode, Organisation } from '../api/organisation';


export const LINDE_ID = '0192f0c4-0000-7000-8000-00000000d1de';
export const ZONNEHUIS_ID = '0192f0c4-0000-7000-8000-0000000020e7';

export const LINDE: Organisation = {
  id: LINDE_ID,
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
  contact_card: {
    name: 'Kring vestiging Utrecht',
    phone: '+31885138484',
    email: 'utrecht@kring.demo',
    opening_hours: 'Maandag t/m vrijdag 8.30-17.00 uur',
  },
};

export const FUNCTION_CODES: FunctionCode[] = [
  { code: 200, label: 'Administratief medewerker' },
  { code: 100, label: 'Directeur' },
  { code: 220, label: 'P&O Adviseur' },
  { code: 210, label: 'P&O Manager' },
  { code: 221, label: 'Planner' },
  { code: 140, label: 'Systeem/applicatiebeheerder' },
];

export const PAULA_USER_ID = '0190d5a4-0000-7000-8000-0000000000aa';

export function paula(admin = true) {
  return {
    ...ANNA,
    id: PAULA_USER_ID,
    email: 'pro@kring.demo',
    first_name: 'Paula',
    prefix: null,
    last_name: 'Zorgprofessional',
    memberships: [
      {
        organisation_id: LINDE_ID,
        organisation_name: 'Zorggroep De Linde',
        kind: 'umbrella',
        portal_admin: admin,
      },
      {
        organisation_id: ZONNEHUIS_ID,
        organisation_name: 'Stichting Zonnehuis',
        kind: 'umbrella',
        portal_admin: true,
      },
    ],
    active_organisation_id: LINDE_ID,
  };
}

export const PAULA_MEMBER: Member = {
  id: '0192f0c4-0000-7000-8000-0000000000a1',
  user_id: PAULA_USER_ID,
  email: 'pro@kring.demo',
  full_name: 'Paula Zorgprofessional',
  initials: null,
  first_name: 'Paula',
  prefix: null,
  last_name: 'Zorgprofessional',
  birth_date: null,
  gender: null,
  nickname: null,
  address: null,
  postal_address: null,
  phone: null,
  mobile: null,
  department: 'Directie',
  function_code: 100,
  function_on_business_card: null,
  portal_admin: true,
  portal_employee: true,
  email_services: true,
  contact_for_all_projects: false,
  account_status: 'active',
  has_second_factor: true,
};

export const SANNE: Member = {
  ...PAULA_MEMBER,
  id: '0192f0c4-0000-7000-8000-0000000000a2',
  user_id: '0190d5a4-0000-7000-8000-0000000000bb',
  email: 'sanne@delinde.demo',
  full_name: 'Sanne de Vries',
  first_name: 'Sanne',
  prefix: 'de',
  last_name: 'Vries',
  birth_date: '1984-03-09',
  gender: 'female',
  phone: '+31301234567',
  mobile: '+31612345678',
  department: 'Planning',
  function_code: 221,
  portal_admin: false,
  email_services: false,
  contact_for_all_projects: true,
  account_status: 'active',
  has_second_factor: true,
};

export const JOOST: Member = {
  ...PAULA_MEMBER,
  id: '0192f0c4-0000-7000-8000-0000000000a3',
  user_id: '0190d5a4-0000-7000-8000-0000000000cc',
  email: 'joost@delinde.demo',
  full_name: 'Joost Bakker',
  first_name: 'Joost',
  last_name: 'Bakker',
  department: 'Planning',
  function_code: 200,
  portal_admin: false,
  portal_employee: false,
  email_services: false,
  account_status: 'invited',
  has_second_factor: false,
};

export const MEMBERS = [JOOST, SANNE, PAULA_MEMBER];

const SECURITY = {
  mfa_required: true,
  factors: [{ id: 'f-1', kind: 'totp', phone_ending: null, confirmed_at: '2026-01-05T10:00:00Z' }],
  recovery_codes_left: 10,
  mfa_verified_at: '2026-07-01T10:00:00Z',
};

const MEMBERS_PATH = `/api/v1/organisations/${LINDE_ID}/members`;

/** The path of one contact person in the API. */
export const memberPath = (member: Member) => `${MEMBERS_PATH}/${member.id}`;

/**
 * The API as Paula sees it while acting for De Linde (as admin, or as employee), with the
 * members list filtered and paged like the real one; `routes` adds or replaces answers.
 */
export function proApi(
  options: { admin?: boolean; members?: Member[] } = {},
  routes: Record<string, StubAnswer> = {},
) {
  const admin = options.admin ?? true;
  const members = options.members ?? MEMBERS;
  const me = paula(admin);
  const own = { ...PAULA_MEMBER, portal_admin: admin };
  return stubApi({
    'GET /api/v1/me': json(me),
    'GET /api/v1/me/security': json(SECURITY),
    'GET /api/v1/function-codes': json(FUNCTION_CODES),
    [`GET /api/v1/organisations/${LINDE_ID}`]: json(LINDE),
    'GET /api/v1/me/contact-details': json(own),
    // No correspondence yet (`correspondenceApi` in src/correspondence has threads).
    [`GET /api/v1/organisations/${LINDE_ID}/correspondence`]: json({
      items: [],
      next_cursor: null,
    }),
    [`GET /api/v1/organisations/${LINDE_ID}/correspondence/unread`]: json({ unread: 0 }),
    [`GET ${MEMBERS_PATH}`]: (call) => {
      const params = new URLSearchParams(call.search);
      const q = (params.get('q') ?? '').toLowerCase();
      const limit = Number(params.get('limit') ?? 50);
      // The stub's cursor is simply where the next page starts.
      const offset = Number(params.get('cursor') ?? 0);
      const found = members
        .map((member) => (member.id === own.id ? own : member))
        .filter(
          (member) =>
            !q ||
            `${member.full_name} ${member.email} ${member.department ?? ''}`
              .toLowerCase()
              .includes(q),
        );
      const next = offset + limit < found.length ? String(offset + limit) : null;
      return json({ items: found.slice(offset, offset + limit), next_cursor: next });
    },
    ...Object.fromEntries(
      members.map((member) => [
        `GET ${memberPath(member)}`,
        json(member.id === own.id ? own : member),
      ]),
    ),
    ...routes,
  });
}
