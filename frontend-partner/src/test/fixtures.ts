import type { Category, PlaceMatch } from '@kring/common';
// Test data and a stub API for the partner portal's public pages: Pieter, a handyman in Utrecht.
import { json, stubApi, type StubAnswer } from '@kring/common/test-utils';
import type { ProviderCard, PublicProfile, Review, SearchResults } from '../api/providers';
import type { ReviewInvitation } from '../api/reviews';

export const PIETER_ID = '0192f0c4-0000-7000-8000-0000000000a1';
export const TOKEN = 'review-token-abcdefghijklmnopqrstuvwxyz';

export const CATEGORIES: Category[] = [
  { id: '0192f0c4-0000-7000-8000-00000000c001', slug: 'klusjesmannen', name: 'Klusjesmannen' },
  { id: '0192f0c4-0000-7000-8000-00000000c002', slug: 'kappers', name: 'Kappers aan huis' },
  { id: '0192f0c4-0000-7000-8000-00000000c099', slug: 'overige', name: 'Overige' },
];

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

export const UTRECHT_PLACE = {
  id: UTRECHT.id,
  name: UTRECHT.name,
  municipality: null,
  province: 'Utrecht',
  country: 'NL' as const,
  latitude: UTRECHT.latitude,
  longitude: UTRECHT.longitude,
};

export const PIETER_CARD: ProviderCard = {
  id: PIETER_ID,
  name: 'Pieter Dienstverlener',
  company_name: 'Klushulp Pieter',
  introduction: 'Ik help u met kleine klussen in en om het huis.',
  photo_url: null,
  categories: [CATEGORIES[0] as Category],
  rating: { average: 4.5, count: 2 },
  distance_km: 3.2,
  price_from: { price_cents: 3500, member_price_cents: 3150, unit: 'hour' },
};

export const NEW_CARD: ProviderCard = {
  id: '0192f0c4-0000-7000-8000-0000000000a2',
  name: 'Anke Nieuw',
  company_name: null,
  introduction: 'Kapper aan huis.',
  photo_url: '/api/v1/providers/0192f0c4-0000-7000-8000-0000000000a2/photo/small?v=1',
  categories: [CATEGORIES[1] as Category],
  rating: { average: null, count: 0 },
  distance_km: null,
  price_from: null,
};

export function resultsWith(
  results: ProviderCard[],
  overrides: Partial<SearchResults> = {},
): SearchResults {
  return { items: results, next_cursor: null, place: null, total: results.length, ...overrides };
}

export const REVIEW_WITH_REPLY: Review = {
  id: '0192f0c4-0000-7000-8000-0000000000r1',
  stars: 5,
  text: 'Lamp hangt, snel en netjes.',
  author_name: 'Jan',
  created_at: '2026-06-01T10:00:00Z',
  reply: 'Dank u wel, Jan!',
  replied_at: '2026-06-02T09:00:00Z',
};

export const REVIEW_WITHOUT_REPLY: Review = {
  id: '0192f0c4-0000-7000-8000-0000000000r2',
  stars: 4,
  text: 'Goed geholpen.',
  author_name: 'Els',
  created_at: '2026-05-20T10:00:00Z',
  reply: null,
  replied_at: null,
};

export function pieterWith(overrides: Partial<PublicProfile> = {}): PublicProfile {
  return {
    id: PIETER_ID,
    name: 'Pieter Dienstverlener',
    first_name: 'Pieter',
    company_name: 'Klushulp Pieter',
    introduction: 'Ik help u met kleine klussen in en om het huis.',
    profile_text: 'Ik ben Pieter, al twintig jaar handig in huis.',
    photo_urls: null,
    video: null,
    categories: [CATEGORIES[0] as Category],
    services: [
      {
        id: '0192f0c4-0000-7000-8000-0000000005e1',
        name: 'Kleine klussen',
        price_cents: 3500,
        unit: 'hour',
        description: 'Lampen, planken, kastjes en kranen.',
        member_price_cents: 3150,
      },
    ],
    price_note: 'Voorrijkosten € 5,00 buiten Utrecht.',
    price_list: null,
    badges: {
      identity_document_seen: true,
      seen_in_person: false,
      certificate_of_conduct: true,
      introduction_video: false,
    },
    rating: { average: 4.5, count: 2 },
    work_area_kind: 'radius',
    radius_km: 15,
    places: [],
    latitude: 52.09,
    longitude: 5.12,
    day_parts: { monday: ['morning', 'afternoon'], thursday: ['morning'] },
    reviews: { items: [REVIEW_WITH_REPLY, REVIEW_WITHOUT_REPLY], next_cursor: null },
    ...overrides,
  };
}

export const INVITATION: ReviewInvitation = {
  provider_id: PIETER_ID,
  provider_name: 'Pieter Dienstverlener',
  name: 'Jan Janssen',
  requested_at: '2026-06-01T10:00:00Z',
};

/**
 * The public API as a visitor sees it: categories, places ("utr…" finds Utrecht), Pieter's
 * profile, and whatever `routes` adds or overrides (e.g. the search's answer).
 */
export function publicApi(routes: Record<string, StubAnswer> = {}) {
  return stubApi({
    'GET /api/v1/categories': json(CATEGORIES),
    'GET /api/v1/places': (call) =>
      json(
        new URLSearchParams(call.search).get('q')?.toLowerCase().startsWith('utr') ? [UTRECHT] : [],
      ),
    [`GET /api/v1/providers/${PIETER_ID}`]: json(pieterWith()),
    ...routes,
  });
}
