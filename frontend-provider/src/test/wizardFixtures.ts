// Test data and a stub API for the sign-up wizard's tests: Bert, a provider half-way through.
import { ANNA, json, problem, stubApi, type StubAnswer } from '@kring/common/test-utils';
import type { Category } from '../api/categories';
import type { PlaceMatch } from '../api/places';
import type { ProviderProfile } from '../api/profile';

export const BERT = { ...ANNA, email: 'bert@example.org', first_name: 'Bert', prefix: null };

export const FEE = { net_cents: 826, vat_cents: 174, total_cents: 1000, vat_percent: 21 };

export const UTRECHT: PlaceMatch = {
  id: 2745912,
  name: 'Utrecht',
  municipality: null,
  province: 'Utrecht',
  country: 'NL',
  latitude: 52.09083,
  longitude: 5.12222,
  matched_name: null,
};

export const AMERSFOORT: PlaceMatch = {
  id: 2759821,
  name: 'Amersfoort',
  municipality: null,
  province: 'Utrecht',
  country: 'NL',
  latitude: 52.155,
  longitude: 5.3875,
  matched_name: null,
};

export const CATEGORIES: Category[] = [
  { id: '0192f0c4-0000-7000-8000-00000000c001', slug: 'computerhulp', name: 'Computerhulp' },
  { id: '0192f0c4-0000-7000-8000-00000000c002', slug: 'kappers', name: 'Kappers aan huis' },
  { id: '0192f0c4-0000-7000-8000-00000000c099', slug: 'overige', name: 'Overige' },
];

/** A profile with the given steps done, and what those steps stored. */
export function profileWith(
  completed: ProviderProfile['completed_steps'],
  overrides: Partial<ProviderProfile> = {},
): ProviderProfile {
  const order = ['personal', 'company', 'profile', 'availability', 'services', 'payment', 'done'];
  const has = (step: string) => completed.includes(step as ProviderProfile['next_step']);
  return {
    status: 'draft',
    completed_steps: completed,
    next_step: (order.find((step) => !has(step)) ?? 'done') as ProviderProfile['next_step'],
    first_name: 'Bert',
    service_kinds: has('personal') ? ['home_services'] : [],
    heard_from: null,
    has_kvk: has('company'),
    company_name: has('company') ? 'Bert BV' : null,
    kvk_number: has('company') ? '12345678' : null,
    address: has('company')
      ? { street: 'Lindelaan', house_number: '12', postcode: '3511 AB', city: 'Utrecht' }
      : null,
    address_is_work_address: false,
    located: has('company'),
    introduction: has('profile') ? 'Computerhulp aan huis.' : '',
    profile_text: '',
    work_area_kind: has('availability') ? 'places' : null,
    radius_km: null,
    places: has('availability') ? [UTRECHT] : [],
    day_parts: has('availability') ? { monday: ['morning'] } : {},
    categories: has('services') ? [CATEGORIES[0] as Category] : [],
    services: has('services')
      ? [
          {
            id: '0192f0c4-0000-7000-8000-0000000005e1',
            name: 'Computerhulp',
            price_cents: 1500,
            unit: 'hour',
            description: 'Ik help je met je computer',
            member_price_cents: 1350,
          },
        ]
      : [],
    price_note: '',
    fee: FEE,
    ...overrides,
  } as ProviderProfile;
}

/**
 * Bert is logged in; `GET /provider/profile` answers `profile` (404 when `null`), and every step
 * saved answers the profile with that step done (unless `routes` say otherwise).
 */
export function wizardApi(
  profile: ProviderProfile | null,
  routes: Record<string, StubAnswer> = {},
) {
  let current = profile;
  const saveStep =
    (step: ProviderProfile['next_step']): StubAnswer =>
    () => {
      const done = current?.completed_steps ?? [];
      current = profileWith(done.includes(step) ? done : [...done, step]);
      return json(current);
    };
  return stubApi({
    'GET /api/v1/me': json(BERT),
    'GET /api/v1/provider/profile': () =>
      current ? json(current) : problem(404, { detail: 'Not found.' }),
    'GET /api/v1/categories': json(CATEGORIES),
    'GET /api/v1/places': (call) => {
      const q = new URLSearchParams(call.search).get('q')?.toLowerCase() ?? '';
      return json([UTRECHT, AMERSFOORT].filter((place) => place.name.toLowerCase().startsWith(q)));
    },
    'PUT /api/v1/provider/profile/personal': saveStep('personal'),
    'PUT /api/v1/provider/profile/company': saveStep('company'),
    'PUT /api/v1/provider/profile/introduction': saveStep('profile'),
    'PUT /api/v1/provider/profile/availability': saveStep('availability'),
    'PUT /api/v1/provider/profile/services': saveStep('services'),
    ...routes,
  });
}
