// Wlz signatures and refusals as the staff API answers them, for the console's tests.
import type { Refusal, Signature, StaffRefusal } from '../api/orderSigning';
import type { StaffOrder } from '../api/orders';
import { BRANCH_ID, ROLSTOEL_ORDER, WLZ_ORDER_ID, dayFromToday } from './testData';

export const REFUSAL_ID = '0192f0c4-0000-7000-8000-0000000ef001';
export const OLD_REFUSAL_ID = '0192f0c4-0000-7000-8000-0000000ef002';
export const SIGNATURE_ID = '0192f0c4-0000-7000-8000-0000000e5001';
export const OLD_SIGNATURE_ID = '0192f0c4-0000-7000-8000-0000000e5002';
export const HASH = 'a'.repeat(64);

/** Refused three days ago, waiting for the branch. */
export const OPEN_REFUSAL: StaffRefusal = {
  id: REFUSAL_ID,
  order_id: WLZ_ORDER_ID,
  order_number: 'HB-2026-000124',
  client_name: 'Piet Jansen',
  organisation_name: 'Zorggroep De Linde',
  branch_id: BRANCH_ID,
  branch_name: 'HartingBank Utrecht',
  refused_by_name: 'Paula Pro',
  refused_at: `${dayFromToday(-3)}T10:00:00Z`,
  reason: 'De cliënt heeft al een bed van de zorgverzekeraar.',
  cleared_at: null,
  cleared_by_name: null,
  outcome: null,
  clear_note: '',
};

/** Cleared last week: presented for signing again. */
export const CLEARED_REFUSAL: StaffRefusal = {
  ...OPEN_REFUSAL,
  id: OLD_REFUSAL_ID,
  order_number: 'HB-2026-000120',
  order_id: '0192f0c4-0000-7000-8000-00000000a009',
  client_name: 'Anna Bakker',
  refused_at: `${dayFromToday(-9)}T10:00:00Z`,
  reason: 'Verkeerde maat.',
  cleared_at: `${dayFromToday(-8)}T11:00:00Z`,
  cleared_by_name: 'Bea Branch',
  outcome: 'present_again',
  clear_note: 'Maat aangepast na overleg.',
};

export const SIGNATURE: Signature = {
  id: SIGNATURE_ID,
  signer_name: 'Paula Pro',
  signed_at: `${dayFromToday(-2)}T09:30:00Z`,
  method: 'drawn',
  second_factor: 'totp',
  content_sha256: HASH,
  superseded_at: null,
};

export const OPEN_ORDER_REFUSAL: Refusal = {
  id: REFUSAL_ID,
  refused_by_name: OPEN_REFUSAL.refused_by_name,
  refused_at: OPEN_REFUSAL.refused_at,
  reason: OPEN_REFUSAL.reason,
  cleared_at: null,
  cleared_by_name: null,
  outcome: null,
  clear_note: '',
};

/** A Wlz repair order, planned, signed (once before a change, once since). */
export const SIGNED_WLZ_ORDER: StaffOrder = {
  ...ROLSTOEL_ORDER,
  id: WLZ_ORDER_ID,
  number: 'HB-2026-000124',
  kind: 'repair',
  status: 'planned',
  wlz_indication: true,
  signature_required: true,
  signed_at: SIGNATURE.signed_at,
  description: 'De rem werkt niet goed.',
  next_statuses: ['on_the_way'],
  signing: {
    content_sha256: HASH,
    open_refusal: null,
    off_signing_list: false,
    signatures: [
      SIGNATURE,
      {
        ...SIGNATURE,
        id: OLD_SIGNATURE_ID,
        signed_at: `${dayFromToday(-5)}T09:30:00Z`,
        method: 'typed',
        second_factor: 'sms',
        content_sha256: 'b'.repeat(64),
        superseded_at: `${dayFromToday(-4)}T08:00:00Z`,
      },
    ],
    refusals: [],
  },
};

/** The same order refused and not signed: the refusal waits for the branch. */
export const REFUSED_WLZ_ORDER: StaffOrder = {
  ...SIGNED_WLZ_ORDER,
  signed_at: null,
  action_required: true,
  signing: {
    content_sha256: HASH,
    open_refusal: OPEN_ORDER_REFUSAL,
    off_signing_list: false,
    signatures: [],
    refusals: [
      OPEN_ORDER_REFUSAL,
      {
        ...OPEN_ORDER_REFUSAL,
        id: OLD_REFUSAL_ID,
        refused_at: `${dayFromToday(-9)}T10:00:00Z`,
        reason: 'Verkeerde maat.',
        cleared_at: `${dayFromToday(-8)}T11:00:00Z`,
        cleared_by_name: 'Bea Branch',
        outcome: 'present_again',
        clear_note: 'Maat aangepast.',
      },
    ],
  },
};
