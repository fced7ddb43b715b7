import { ANNA, json } from '@kring/common/test-utils';
import type { Dossier, DossierSummary, Skill } from '../api/dossiers';

export const ME = { ...ANNA, memberships: [], second_factor_required: false };
export const signedIn = { 'GET /api/v1/me': json(ME) };

export const DOSSIER_ID = '0192f0c4-0000-7000-8000-0000000d0001';

export const SUMMARY: DossierSummary = {
  id: DOSSIER_ID,
  help_seeker_name: 'Gerda de Vries',
  city: 'Utrecht',
  status: 'awaiting_payment',
  completed_steps: ['who', 'help', 'when', 'bank', 'terms'],
  created_at: '2026-12-01T09:00:00Z',
  my_role: 'manager',
};

export const SKILLS: Skill[] = [
  {
    id: '0192f0c4-0000-7000-8000-00000005c001',
    slug: 'boodschappen',
    group: 'errands',
    group_name: 'Boodschappen en uitjes',
    name: 'Boodschappen doen',
  },
  {
    id: '0192f0c4-0000-7000-8000-00000005c002',
    slug: 'wandelen',
    group: 'company',
    group_name: 'Gezelschap',
    name: 'Samen wandelen',
  },
  {
    id: '0192f0c4-0000-7000-8000-00000005c003',
    slug: 'koffie',
    group: 'company',
    group_name: 'Gezelschap',
    name: 'Koffie drinken en praten',
  },
];

export function dossierWith(overrides: Partial<Dossier> = {}): Dossier {
  return {
    id: DOSSIER_ID,
    status: 'awaiting_payment',
    completed_steps: ['who', 'help', 'when', 'bank', 'terms'],
    next_step: null,
    who: {
      first_name: 'Gerda',
      name_prefix: 'de',
      last_name: 'Vries',
      birth_year: 1941,
      address: {
        street: 'Oudegracht',
        house_number: '12',
        house_number_addition: 'A',
        postcode: '3511 AB',
        city: 'Utrecht',
      },
      located: true,
      languages: ['nl'],
      phone: '+31301234567',
      email: null,
    },
    help: {
      skills: [{ id: '0192f0c4-0000-7000-8000-00000005c001', name: 'Boodschappen doen' }],
      text: 'Elke week.',
    },
    when: {
      day_parts: { monday: ['morning'], thursday: ['afternoon'] },
      how_often: 'weekly',
      starts_on: '2027-01-04',
    },
    bank: { iban: 'NL91ABNA0417164300', account_holder: 'G. de Vries' },
    terms: {
      terms_version: '2026-1',
      privacy_version: '2026-1',
      accepted_at: '2026-12-01T10:00:00Z',
      accepted_by_name: 'Anna Jansen',
      current_terms_version: '2026-1',
      current_privacy_version: '2026-1',
    },
    paid: false,
    fee_cents: 1000,
    can_submit: false,
    manager: { id: '0192f0c4-0000-7000-8000-0000000000b1', name: 'Anna Jansen' },
    my_role: 'manager',
    my_rights: ['view', 'manage', 'approve_hours', 'see_payments'],
    self_managed: false,
    open_transfer: null,
    paused_from: null,
    closed_reason: null,
    history: [
      {
        at: '2026-12-01T09:00:00Z',
        from_status: null,
        to_status: 'draft',
        by_name: 'Anna Jansen',
        reason: null,
      },
      {
        at: '2026-12-01T10:00:00Z',
        from_status: 'draft',
        to_status: 'awaiting_payment',
        by_name: 'Anna Jansen',
        reason: null,
      },
    ],
    created_at: '2026-12-01T09:00:00Z',
    ...overrides,
  };
}

/** An empty draft: only the who step done. */
export function draftWith(completed: Dossier['completed_steps']): Dossier {
  const order = ['who', 'help', 'when', 'bank', 'terms'] as const;
  return dossierWith({
    status: 'draft',
    completed_steps: completed,
    next_step: order.find((step) => !completed.includes(step)) ?? null,
    help: completed.includes('help') ? dossierWith().help : { skills: [], text: '' },
    when: completed.includes('when')
      ? dossierWith().when
      : { day_parts: {}, how_often: null, starts_on: null },
    bank: completed.includes('bank') ? dossierWith().bank : { iban: null, account_holder: null },
    terms: completed.includes('terms')
      ? dossierWith().terms
      : {
          terms_version: null,
          privacy_version: null,
          accepted_at: null,
          accepted_by_name: null,
          current_terms_version: '2026-1',
          current_privacy_version: '2026-1',
        },
    history: dossierWith().history.slice(0, 1),
  });
}

/** The dossier page's matching reads, answered empty: nobody near, nothing sent yet. */
export function quietMatching(api: string) {
  return {
    [`GET ${api}/helpers-near`]: json({ count: 0, more: false }),
    [`GET ${api}/suggestions`]: json({ origin: { latitude: 52.09, longitude: 5.12 }, items: [] }),
    [`GET ${api}/proposals`]: json([]),
    [`GET ${api}/engagements`]: json([]),
  };
}
