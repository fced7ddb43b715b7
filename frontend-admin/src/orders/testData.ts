// Orders as the staff API answers them, for the console's tests.
import { todayInKring } from '@kring/common';
import type { StaffOrder, StaffOrderSummary } from '../api/orders';
import type { Organisation } from '../api/organisations';

export const ORDER_ID = '0192f0c4-0000-7000-8000-00000000a001';
export const WLZ_ORDER_ID = '0192f0c4-0000-7000-8000-00000000a002';
export const LINDE_ID = '0192f0c4-0000-7000-8000-00000000d1de';
export const BRANCH_ID = '0192f0c4-0000-7000-8000-00000000b0b0';

/** A day `days` from today in Dutch time (negative: before), as `YYYY-MM-DD`. */
export function dayFromToday(days: number): string {
  const [year = 0, month = 1, day = 1] = todayInKring().split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

export const ROLSTOEL: StaffOrderSummary = {
  id: ORDER_ID,
  number: 'HB-2026-000123',
  kind: 'rental',
  status: 'received',
  action_required: false,
  refused: false,
  organisation_id: LINDE_ID,
  organisation_name: 'Zorggroep De Linde',
  client_name: 'Truus de Vries',
  device_code: 'HB-1024',
  device_name: 'Rolstoel standaard',
  option_name: 'Plankzitting met AD-kussen',
  category: 'GRZ',
  rental_order_number: null,
  desired_date: dayFromToday(7),
  planned_for: null,
  placed_at: `${dayFromToday(-10)}T09:00:00Z`,
  status_changed_at: `${dayFromToday(-10)}T09:00:00Z`,
  branch_id: BRANCH_ID,
  branch_name: 'HartingBank Utrecht',
  hidden_from_portal: false,
};

export const WLZ_BED: StaffOrderSummary = {
  ...ROLSTOEL,
  id: WLZ_ORDER_ID,
  number: 'HB-2026-000124',
  status: 'planned',
  action_required: true,
  client_name: 'Piet Jansen',
  device_code: 'HB-2001',
  device_name: 'Hoog-laagbed',
  option_name: null,
  planned_for: dayFromToday(2),
};

/** The rental above as its page reads it: received ten days ago, nothing planned yet. */
export const ROLSTOEL_ORDER: StaffOrder = {
  id: ORDER_ID,
  number: 'HB-2026-000123',
  kind: 'rental',
  status: 'received',
  action_required: false,
  organisation_id: LINDE_ID,
  organisation_name: 'Zorggroep De Linde',
  supplier_branch: {
    id: BRANCH_ID,
    name: 'HartingBank Utrecht',
    phone: '+31302345678',
    email: 'utrecht@hartingbank.example',
    opening_hours: 'ma-vr 8:00-17:00',
  },
  placed_at: `${dayFromToday(-10)}T09:00:00Z`,
  placed_by_name: 'Petra de Vries',
  client: {
    name: 'Truus de Vries',
    birth_date: '1941-03-02',
    address: {
      street: 'Oudegracht',
      house_number: '12',
      house_number_addition: 'A',
      postcode: '3511 AB',
      city: 'Utrecht',
    },
  },
  delivery_address: null,
  contact: { name: 'Jan de Vries', phone: '+31612345678' },
  wlz_indication: false,
  signature_required: false,
  signed_at: null,
  device: {
    id: '0192f0c4-0000-7000-8000-0000000de001',
    code: 'HB-1024',
    name: 'Rolstoel standaard',
    category: 'GRZ',
    supply: 'rental',
  },
  option: { id: '0192f0c4-0000-7000-8000-0000000de0a1', name: 'Plankzitting met AD-kussen' },
  rental_order: null,
  description: null,
  desired_date: dayFromToday(7),
  notes: 'Graag bellen voor de levering.',
  dates: {
    planned_for: null,
    delivered_on: null,
    rental_ended_on: null,
    picked_up_on: null,
    repaired_on: null,
    adjusted_on: null,
  },
  days_outstanding: null,
  history: [
    {
      at: `${dayFromToday(-10)}T09:00:00Z`,
      status: 'received',
      on_date: null,
      note: '',
      by_name: 'Petra de Vries',
    },
  ],
  next_statuses: ['planned'],
  hidden_from_portal_at: null,
  signing: null,
};

export const HARTINGBANK_UTRECHT: Organisation = {
  id: BRANCH_ID,
  kind: 'supplier_branch',
  name: 'HartingBank Utrecht',
  country: 'NL',
  registration_number: null,
  visiting_address: null,
  postal_address: null,
  phone: '+31302345678',
  email: null,
  ad_contract: false,
  contact_card: null,
};
