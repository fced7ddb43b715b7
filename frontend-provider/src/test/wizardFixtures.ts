import type { Category, PlaceMatch } from '@kring/common';
// Test data and a stub API for the sign-up wizard's tests: Bert, a provider half-way through.
import { File as NodeFile } from 'node:buffer';
import { ANNA, json, problem, stubApi, type StubAnswer } from '@kring/common/test-utils';
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
      ? {
          street: 'Lindelaan',
          house_number: '12',
          house_number_addition: null,
          postcode: '3511 AB',
          city: 'Utrecht',
        }
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
    photo: null,
    price_list: null,
    fee: FEE,
    vog: null,
    // Bert has a KvK number once the company step is done: he needs a confirmed VOG.
    vog_required: has('company'),
    fee_paid: has('payment'),
    missing_for_live: ['live', 'suspended'].includes(overrides.status ?? 'draft')
      ? []
      : [
          ...(order.slice(0, 5).every(has) ? [] : ['steps' as const]),
          ...(has('payment') ? [] : ['fee' as const]),
          ...(has('company') ? ['vog' as const] : []),
        ],
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
      const saved = profileWith(done.includes(step) ? done : [...done, step]);
      // A step's form does not touch the status or the files.
      current = current
        ? { ...saved, status: current.status, photo: current.photo, price_list: current.price_list }
        : saved;
      return json(current);
    };
  return withFiles(
    stubApi({
      'GET /api/v1/me': json(BERT),
      'GET /api/v1/provider/profile': () =>
        current ? json(current) : problem(404, { detail: 'Not found.' }),
      'GET /api/v1/categories': json(CATEGORIES),
      'GET /api/v1/places': (call) => {
        const q = new URLSearchParams(call.search).get('q')?.toLowerCase() ?? '';
        return json(
          [UTRECHT, AMERSFOORT].filter((place) => place.name.toLowerCase().startsWith(q)),
        );
      },
      'PUT /api/v1/provider/profile/personal': saveStep('personal'),
      'PUT /api/v1/provider/profile/company': saveStep('company'),
      'PUT /api/v1/provider/profile/introduction': saveStep('profile'),
      'PUT /api/v1/provider/profile/availability': saveStep('availability'),
      'PUT /api/v1/provider/profile/services': saveStep('services'),
      ...routes,
    }),
  );
}

/** A file the portal sent as the request body itself (a photo, a PDF). */
export interface SentFile {
  method: string;
  path: string;
  search: string;
  contentType: string;
  bytes: Uint8Array;
}

/**
 * The stub API reads every body as JSON. Files are taken off first and kept in `files`; the
 * request goes on without its body (its headers and address kept), so the stub still answers it
 * by method and path.
 */
function withFiles(api: ReturnType<typeof stubApi>) {
  const files: SentFile[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const type = request.headers.get('content-type') ?? '';
    if (!request.body || type.startsWith('application/json')) return api.fetch(request);
    const url = new URL(request.url);
    files.push({
      method: request.method,
      path: url.pathname,
      search: url.search,
      contentType: type,
      bytes: new Uint8Array(await request.arrayBuffer()),
    });
    return api.fetch(
      new Request(request.url, { method: request.method, headers: request.headers }),
    );
  };
  return { ...api, fetch, files };
}

/** Bert's portrait as the API answers it: the square's centre and zoom, and its sizes. */
export const PHOTO: NonNullable<ProviderProfile['photo']> = {
  x: 0.5,
  y: 0.33,
  zoom: 1,
  urls: {
    large: '/api/v1/provider/profile/photo/large?v=a1b2c3',
    medium: '/api/v1/provider/profile/photo/medium?v=a1b2c3',
    small: '/api/v1/provider/profile/photo/small?v=a1b2c3',
  },
};

export const PRICE_LIST: NonNullable<ProviderProfile['price_list']> = {
  url: '/api/v1/provider/profile/price-list',
  bytes: 250_880,
};

/**
 * A file as the browser hands it to the portal. Node's File, not jsdom's: only Node's can be the
 * body of the (Node) fetch the tests run on.
 */
export function testFile(content: string | Uint8Array, name: string, type: string): File {
  return new NodeFile([content], name, { type }) as unknown as File;
}

/** The first bytes of a PNG, enough for the portal (which never reads the picture). */
export const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
