// Test data for the service dashboard: Gijs acts for Gemeente Utrecht, which serves two
// neighbourhoods.
import { ANNA, json, stubApi, type StubAnswer } from '@kring/common/test-utils';
import type { ServedNeighbourhood } from './api';

export const GEMEENTE_ID = '0192f0c4-0000-7000-8000-00000000ae01';
export const WITTE_ID = '0192f0c4-0000-7000-8000-0000000000b1';
export const LOMBOK_ID = '0192f0c4-0000-7000-8000-0000000000b2';

export const GIJS = {
  ...ANNA,
  id: '0190d5a4-0000-7000-8000-0000000000ab',
  email: 'gemeente@kring.demo',
  first_name: 'Gijs',
  prefix: null,
  last_name: 'Gemeente',
  memberships: [
    {
      organisation_id: GEMEENTE_ID,
      organisation_name: 'Gemeente Utrecht',
      kind: 'municipality',
      portal_admin: true,
    },
  ],
  active_organisation_id: GEMEENTE_ID,
};

export const SERVED: ServedNeighbourhood[] = [
  {
    id: LOMBOK_ID,
    name: 'Lombok',
    country: 'NL',
    resident_count: 0,
    volunteer_count: 0,
    volunteer_share: null,
  },
  {
    id: WITTE_ID,
    name: 'Wittevrouwen',
    country: 'NL',
    resident_count: 12,
    volunteer_count: 3,
    volunteer_share: 0.25,
  },
];

/** The API as Gijs sees it; `routes` add or replace answers. */
export function dashboardApi(routes: Record<string, StubAnswer> = {}) {
  return stubApi({
    'GET /api/v1/me': json(GIJS),
    [`GET /api/v1/organisations/${GEMEENTE_ID}/neighbourhoods`]: json(SERVED),
    ...routes,
  });
}
