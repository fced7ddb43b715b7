// Test data for the provider's environment: Bert, live, with two services (not imported by the app).
import { json, type StubAnswer } from '@kring/common/test-utils';
import type { ContactRequest, InboxPage } from '../api/contactRequests';
import type { ProviderProfile } from '../api/profile';
import type { PromotionOverview, PromotionRequest } from '../api/promotion';
import type { ProviderReview, ProviderReviewPage } from '../api/reviews';
import type { ProviderStatistics } from '../api/statistics';
import { profileWith, wizardApi } from '../test/wizardFixtures';

const ALL_STEPS = [
  'personal',
  'company',
  'profile',
  'availability',
  'services',
  'payment',
  'done',
] as const;

export const SERVICES: ProviderProfile['services'] = [
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
];

export const VIDEO: NonNullable<ProviderProfile['video']> = {
  url: '/api/v1/provider/profile/video?v=0a1b2c3d4e5f',
  media_type: 'video/webm',
  bytes: 2_516_582,
  uploaded_at: '2026-11-30T10:15:00Z',
};

/** Bert's profile once live: texts, a 15 km radius around Utrecht, two services, no files. */
export function liveProfile(overrides: Partial<ProviderProfile> = {}): ProviderProfile {
  return profileWith([...ALL_STEPS], {
    status: 'live',
    live_at: '2026-11-30T09:00:00Z',
    introduction: 'Ik help je met kleine klussen in en om het huis.',
    profile_text: 'Ik ben Bert, al twintig jaar handig in huis.',
    work_area_kind: 'radius',
    radius_km: 15,
    places: [],
    latitude: 52.0894,
    longitude: 5.119,
    day_parts: { monday: ['morning', 'afternoon'], friday: ['evening'] },
    services: SERVICES,
    price_note: 'Voorrijkosten € 5,00 buiten Utrecht.',
    photo: null,
    price_list: null,
    video: null,
    badges: { identity_document_seen: false, seen_in_person: true, introduction_video: false },
    ...overrides,
  });
}

const BASIC = [
  'Je profiel op het platform van Kring',
  'Bemiddeling telefonisch en online',
  'Je dienst op de overzichtspagina van het magazine (3 keer per jaar, oplage 33.000)',
  'Je dienst in de jaarfolder (oplage 4.500)',
  'Promotie door ambassadeurs van Kring',
];
const PLUS = [
  'Deelname aan de open dagen van Kring',
  'Posters op locaties',
  'De digitale nieuwsbrief',
];
const LUXE = [
  'De informatiezuil op locaties',
  'Socialemediamarketing',
  'Een halve pagina redactie in het magazine (1 keer per jaar)',
];
const FEE = ['Een slidebanner op het platform', 'Bijeenkomsten voor fee-partners'];

/** The four packages as the API lists them, in Dutch. */
export const PACKAGES: PromotionOverview['packages'] = [
  {
    package: 'basic',
    name: 'Basispakket',
    stars: 1,
    price_cents: 10_000,
    price_is_minimum: false,
    activities: BASIC,
  },
  {
    package: 'plus',
    name: 'Pluspakket',
    stars: 2,
    price_cents: 30_000,
    price_is_minimum: false,
    activities: [...BASIC, ...PLUS],
  },
  {
    package: 'luxe',
    name: 'Luxepakket',
    stars: 3,
    price_cents: 50_000,
    price_is_minimum: false,
    activities: [...BASIC, ...PLUS, ...LUXE],
  },
  {
    package: 'fee',
    name: 'Fee-pakket',
    stars: 5,
    price_cents: 50_000,
    price_is_minimum: true,
    activities: [...BASIC, ...PLUS, ...LUXE, ...FEE],
  },
];

/** A request for the plus package, waiting for Kring. */
export function plusRequest(overrides: Partial<PromotionRequest> = {}): PromotionRequest {
  return {
    id: '0192f0c4-0000-7000-8000-0000000000a1',
    package: 'plus',
    name: 'Pluspakket',
    status: 'requested',
    message: '',
    requested_at: '2026-11-30T11:00:00Z',
    price_cents: null,
    starts_on: null,
    ends_on: null,
    invoice: null,
    ...overrides,
  };
}

/** The overview of a live provider who has asked for nothing yet, the fee not yet deducted. */
export function overview(overrides: Partial<PromotionOverview> = {}): PromotionOverview {
  return {
    packages: PACKAGES,
    fee_credit_cents: 1000,
    can_request: true,
    requests: [],
    ...overrides,
  };
}

/**
 * "Now" in the tests of the inbox and the figures: Monday 28 December 2026, 11:00 in Utrecht
 * (winter time, UTC+1), so the weekdays and periods below are fixed.
 */
export const NOW = new Date('2026-12-28T10:00:00Z');

/** Anna asks for help for her mother; new, to be answered by Tuesday 29 December, 23:59. */
export function contactRequest(overrides: Partial<ContactRequest> = {}): ContactRequest {
  return {
    id: '0192f0c4-0000-7000-8000-00000000c0a1',
    received_at: '2026-12-24T08:12:00Z',
    name: 'Anna de Vries',
    email: 'anna@example.org',
    phone: '+31301234567',
    member_number: 'K-1234',
    location: '3511 AB',
    for_whom: 'other',
    message: 'Mijn moeder zoekt iemand die een lamp ophangt.\nZe is er overdag.',
    status: 'new',
    deadline_at: '2026-12-29T22:59:00Z',
    overdue: false,
    answered_at: null,
    handled_at: null,
    note: '',
    appointment_on: null,
    ...overrides,
  };
}

/** Kees, whose deadline (Tuesday 22 December) has passed without an answer. */
export const LATE_REQUEST = contactRequest({
  id: '0192f0c4-0000-7000-8000-00000000c0a2',
  name: 'Kees Jansen',
  email: 'kees@example.org',
  phone: '+31612345678',
  member_number: null,
  location: 'Amersfoort',
  for_whom: 'self',
  received_at: '2026-12-18T13:40:00Z',
  deadline_at: '2026-12-22T22:59:00Z',
  overdue: true,
});

/** Fatima's request, handled with an appointment. */
export const HANDLED_REQUEST = contactRequest({
  id: '0192f0c4-0000-7000-8000-00000000c0a3',
  name: 'Fatima El Amrani',
  email: 'fatima@example.org',
  location: 'Utrecht',
  for_whom: 'self',
  received_at: '2026-12-14T09:00:00Z',
  deadline_at: '2026-12-16T22:59:00Z',
  status: 'handled',
  answered_at: '2026-12-14T10:30:00Z',
  handled_at: '2026-12-15T16:00:00Z',
  appointment_on: '2026-12-17',
  note: 'Kast opgehangen.',
});

/** The inbox, on one page: Kees (late) and Anna open, Fatima handled. */
export function inboxPage(overrides: Partial<InboxPage> = {}): InboxPage {
  return {
    total: 3,
    open: 2,
    overdue: 1,
    items: [LATE_REQUEST, contactRequest(), HANDLED_REQUEST],
    next_cursor: null,
    ...overrides,
  };
}

/** The last 12 weeks: six requests, two appointments, answered in 1 hour 30 (median), half in time. */
export function statistics(overrides: Partial<ProviderStatistics> = {}): ProviderStatistics {
  return {
    period_from: '2026-10-06',
    period_to: '2026-12-28',
    requests: 6,
    appointments: 2,
    answered: 4,
    median_response_minutes: 90,
    within_deadline_share: 0.5,
    rating: { average: 4, count: 3 },
    per_week: [
      { week_start: '2026-12-07', requests: 1 },
      { week_start: '2026-12-14', requests: 3 },
      { week_start: '2026-12-21', requests: 2 },
    ],
    ...overrides,
  };
}

/** A review as Bert sees it: five stars from Anna, not answered yet. */
export function review(overrides: Partial<ProviderReview> = {}): ProviderReview {
  return {
    id: '0192f0c4-0000-7000-8000-00000000e0a1',
    stars: 5,
    text: 'Bert kwam op tijd en hing de lamp netjes op.',
    author_name: 'Anna',
    created_at: '2026-12-20T15:00:00Z',
    reply: null,
    replied_at: null,
    hidden: false,
    hidden_reason: null,
    ...overrides,
  };
}

/** One page of my reviews; the last unless `next_cursor` says otherwise. */
export function reviewPage(
  items: ProviderReview[],
  next_cursor: string | null = null,
): ProviderReviewPage {
  return { items, next_cursor };
}

/**
 * Live Bert's API with the inbox, the figures and the reviews answering the fixtures above;
 * `routes` add to or replace them.
 */
export function providerApi(routes: Record<string, StubAnswer> = {}, profile = liveProfile()) {
  return wizardApi(profile, {
    'GET /api/v1/provider/contact-requests': () => json(inboxPage()),
    'GET /api/v1/provider/statistics': () => json(statistics()),
    'GET /api/v1/provider/reviews': () => json(reviewPage([review()])),
    ...routes,
  });
}
