// Test data and a stub API for the orders pages: Paula is linked to De Linde (AD contract) and
// Zonnehuis (no AD contract), each served by a branch.
import { json, renderWithProviders, type StubAnswer } from '@kring/common/test-utils';
import { AppRoutes } from '../AppRoutes';
import type {
  Device,
  EndedTrajectory,
  Order,
  OrderingOrganisation,
  OrderSummary,
  RentalOutstanding,
  RentalsSummary,
} from '../api/orders';
import { translations } from '../locales';
import { LINDE_ID, proApi, ZONNEHUIS_ID } from './proApi';

export const ORDERS_API = '/api/v1/orders';

export const UTRECHT = {
  id: '0193a1b2-0000-7000-8000-0000000000b1',
  name: 'Kring vestiging Utrecht',
  phone: '+31885138484',
  email: 'utrecht@kring.demo',
  opening_hours: 'Maandag t/m vrijdag 8.30-17.00 uur',
};

export const AMERSFOORT = {
  id: '0193a1b2-0000-7000-8000-0000000000b2',
  name: 'Kring vestiging Amersfoort',
  phone: '+31334567890',
  email: 'amersfoort@kring.demo',
  opening_hours: 'Werkdagen 8.00-16.30 uur',
};

export const ORGANISATIONS: OrderingOrganisation[] = [
  {
    organisation_id: LINDE_ID,
    name: 'Zorggroep De Linde',
    kind: 'umbrella',
    ad_contract: true,
    may_order: true,
    supplier_branch: UTRECHT,
  },
  {
    organisation_id: ZONNEHUIS_ID,
    name: 'Stichting Zonnehuis',
    kind: 'umbrella',
    ad_contract: false,
    may_order: true,
    supplier_branch: AMERSFOORT,
  },
];

export const BED_ID = '0193a1b2-0000-7000-8000-0000000000d1';
export const WHEELCHAIR_ID = '0193a1b2-0000-7000-8000-0000000000d2';
export const CUSHION_ID = '0193a1b2-0000-7000-8000-0000000000d3';
export const MATTRESS_ID = '0193a1b2-0000-7000-8000-0000000000d4';
export const AD_SEAT_ID = '0193a1b2-0000-7000-8000-0000000000e1';
export const PLAIN_SEAT_ID = '0193a1b2-0000-7000-8000-0000000000e2';

export const DEVICES: Device[] = [
  {
    id: BED_ID,
    code: 'HB-1024',
    name: 'Hoog-laagbed',
    category: 'GRZ',
    supply: 'rental',
    needs_ad_contract: false,
    options: [],
  },
  {
    id: WHEELCHAIR_ID,
    code: 'RS-200',
    name: 'Rolstoel standaard',
    category: 'ELV',
    supply: 'rental',
    needs_ad_contract: false,
    options: [
      { id: PLAIN_SEAT_ID, name: 'Standaard zitting', needs_ad_contract: false },
      { id: AD_SEAT_ID, name: 'Plankzitting met AD-kussen', needs_ad_contract: true },
    ],
  },
  {
    id: CUSHION_ID,
    code: 'AD-10',
    name: 'AD-kussen',
    category: 'AD',
    supply: 'rental',
    needs_ad_contract: true,
    options: [],
  },
  {
    // Not marked, but of the AD category: the API asks the contract for it all the same.
    id: MATTRESS_ID,
    code: 'AD-20',
    name: 'AD-matras',
    category: 'AD',
    supply: 'rental',
    needs_ad_contract: false,
    options: [],
  },
];

export const ORDER_ID = '0193a1b2-0000-7000-8000-0000000000f1';
export const REPAIR_ID = '0193a1b2-0000-7000-8000-0000000000f2';

/** A rental of a wheelchair for J. Jansen, delivered, with its history. */
export const ORDER: Order = {
  id: ORDER_ID,
  number: 'HB-2026-000123',
  kind: 'rental',
  status: 'delivered',
  action_required: false,
  organisation_id: LINDE_ID,
  organisation_name: 'Zorggroep De Linde',
  supplier_branch: UTRECHT,
  placed_at: '2026-11-02T09:15:00Z',
  placed_by_name: 'Paula Zorgprofessional',
  client: {
    name: 'J. Jansen',
    birth_date: '1941-03-15',
    address: {
      street: 'Lindelaan',
      house_number: '12',
      house_number_addition: 'A',
      postcode: '3511 AB',
      city: 'Utrecht',
    },
  },
  delivery_address: null,
  contact: { name: 'Karin de Boer (EVV)', phone: '+31612345678' },
  wlz_indication: false,
  signature_required: false,
  signed_at: null,
  device: {
    id: WHEELCHAIR_ID,
    code: 'RS-200',
    name: 'Rolstoel standaard',
    category: 'ELV',
    supply: 'rental',
  },
  option: { id: AD_SEAT_ID, name: 'Plankzitting met AD-kussen' },
  rental_order: null,
  description: null,
  desired_date: '2026-11-05',
  notes: 'Graag in de ochtend.',
  dates: {
    planned_for: '2026-11-05',
    delivered_on: '2026-11-05',
    rental_ended_on: null,
    picked_up_on: null,
    repaired_on: null,
    adjusted_on: null,
  },
  days_outstanding: 31,
  history: [
    {
      at: '2026-11-04T08:00:00Z',
      status: 'planned',
      on_date: '2026-11-05',
      note: '',
      by_name: 'Kring vestiging Utrecht',
    },
    { at: '2026-11-02T09:15:00Z', status: 'received', on_date: null, note: '', by_name: null },
    {
      at: '2026-11-05T13:00:00Z',
      status: 'delivered',
      on_date: '2026-11-05',
      note: 'Afgeleverd bij de receptie.',
      by_name: 'Kring vestiging Utrecht',
    },
  ],
  signing: null,
};

export const SUMMARY: OrderSummary = {
  id: ORDER_ID,
  number: 'HB-2026-000123',
  kind: 'rental',
  status: 'received',
  action_required: false,
  refused: false,
  organisation_id: LINDE_ID,
  organisation_name: 'Zorggroep De Linde',
  client_name: 'J. Jansen',
  device_code: 'RS-200',
  device_name: 'Rolstoel standaard',
  option_name: 'Plankzitting met AD-kussen',
  category: 'ELV',
  rental_order_number: null,
  desired_date: '2026-12-14',
  planned_for: null,
  placed_at: '2026-12-06T09:15:00Z',
  status_changed_at: '2026-12-06T09:15:00Z',
};

export const WLZ_SUMMARY: OrderSummary = {
  ...SUMMARY,
  id: '0193a1b2-0000-7000-8000-0000000000f3',
  number: 'HB-2026-000124',
  action_required: true,
  client_name: 'M. de Wit',
  device_code: 'HB-1024',
  device_name: 'Hoog-laagbed',
  option_name: null,
  category: 'GRZ',
};

export const RENTAL: RentalOutstanding = {
  id: ORDER_ID,
  number: 'HB-2026-000123',
  organisation_id: LINDE_ID,
  organisation_name: 'Zorggroep De Linde',
  client_name: 'J. Jansen',
  device_code: 'RS-200',
  device_name: 'Rolstoel standaard',
  option_name: 'Plankzitting met AD-kussen',
  category: 'ELV',
  delivered_on: '2026-11-05',
  rental_ended_on: null,
  days_outstanding: 31,
};

export const OLD_RENTAL: RentalOutstanding = {
  ...RENTAL,
  id: '0193a1b2-0000-7000-8000-0000000000f9',
  number: 'HB-2025-000042',
  organisation_id: ZONNEHUIS_ID,
  organisation_name: 'Stichting Zonnehuis',
  client_name: 'P. Bakker',
  device_code: 'HB-1024',
  device_name: 'Hoog-laagbed',
  option_name: null,
  category: 'GRZ',
  delivered_on: '2025-09-01',
  rental_ended_on: '2026-12-01',
  days_outstanding: 461,
};

export const RENTALS_SUMMARY: RentalsSummary = {
  total: 14,
  as_of: '2026-12-06',
  by_category: [
    { category: 'GRZ', count: 9 },
    { category: 'ELV', count: 5 },
    { category: 'AD', count: 0 },
  ],
  by_age: [
    { bucket: '0-30', count: 3 },
    { bucket: '31-90', count: 6 },
    { bucket: '91-365', count: 4 },
    { bucket: '365+', count: 1 },
  ],
};

export const ENDED: EndedTrajectory = {
  id: '0193a1b2-0000-7000-8000-0000000000fa',
  number: 'HB-2026-000007',
  organisation_id: LINDE_ID,
  organisation_name: 'Zorggroep De Linde',
  client_name: 'A. Visser',
  device_code: 'HB-1024',
  device_name: 'Hoog-laagbed',
  category: 'GRZ',
  delivered_on: '2026-01-10',
  rental_ended_on: '2026-10-28',
  picked_up_on: '2026-11-02',
  days_rented: 291,
  visible_until: '2027-01-02',
};

/** A page of a list as the API gives it. */
export function page<T>(items: T[], nextCursor: string | null = null) {
  return json({ items, next_cursor: nextCursor });
}

/** The pro API with the orders endpoints answering the data above; `routes` replaces some. */
export function ordersApi(routes: Record<string, StubAnswer> = {}) {
  return proApi(
    {},
    {
      'GET /api/v1/orders/organisations': json(ORGANISATIONS),
      'GET /api/v1/assistive-devices': json(DEVICES),
      'GET /api/v1/orders': page([SUMMARY]),
      'GET /api/v1/orders/rentals-outstanding': page([RENTAL, OLD_RENTAL]),
      'GET /api/v1/orders/rentals-outstanding/summary': json(RENTALS_SUMMARY),
      'GET /api/v1/orders/ended': page([ENDED]),
      [`GET /api/v1/orders/${ORDER_ID}`]: json(ORDER),
      ...routes,
    },
  );
}

/** The whole portal at `route`, on the orders stub API. */
export function renderOrders(route: string, routes: Record<string, StubAnswer> = {}) {
  const api = ordersApi(routes);
  return {
    api,
    ...renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch, route }),
  };
}
