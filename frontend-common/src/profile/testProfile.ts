// Test data for the profile's pieces (not imported by the app): Pieter, a handyman in Utrecht.
import type { Review, ShownProfile } from './types';

export const KLUSJESMANNEN = {
  id: '0192f0c4-0000-7000-8000-00000000c001',
  slug: 'klusjesmannen',
  name: 'Klusjesmannen',
};

export const UTRECHT = {
  id: 2745912,
  name: 'Utrecht',
  municipality: null,
  province: 'Utrecht',
  country: 'NL' as const,
  latitude: 52.09083,
  longitude: 5.12222,
};

export const AMERSFOORT = {
  ...UTRECHT,
  id: 2759821,
  name: 'Amersfoort',
  latitude: 52.155,
  longitude: 5.3875,
};

export function pieterWith(overrides: Partial<ShownProfile> = {}): ShownProfile {
  return {
    name: 'Pieter Dienstverlener',
    first_name: 'Pieter',
    company_name: 'Klushulp Pieter',
    introduction: 'Ik help u met kleine klussen in en om het huis.',
    profile_text: 'Ik ben Pieter, al twintig jaar handig in huis.',
    photo_urls: null,
    video: null,
    categories: [KLUSJESMANNEN],
    services: [
      {
        id: '0192f0c4-0000-7000-8000-0000000005e1',
        name: 'Kleine klussen',
        price_cents: 3500,
        unit: 'hour',
        description: 'Lampen, planken, kastjes en kranen.',
        member_price_cents: 3150,
      },
      {
        id: '0192f0c4-0000-7000-8000-0000000005e2',
        name: 'Meubels in elkaar zetten',
        price_cents: 4500,
        unit: 'service',
        description: 'Eén kast of bed, inclusief opruimen.',
        member_price_cents: 4050,
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
    ...overrides,
  };
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
