import {
  json,
  problem,
  renderWithProviders,
  stubApi,
  type StubAnswer,
} from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { translations } from '../locales';
import en from '../locales/concierge/en.json';
import fr from '../locales/concierge/fr.json';
import nl from '../locales/concierge/nl.json';
import { staffMember, TASKS } from '../test/adminApi';
import { ConsoleWithAddress } from '../test/ConsoleWithAddress';
import type { CaseRead, Ledger, NeighbourHelp, ProviderHelp } from './api';

const SUB_ID = '0192f0c4-0000-7000-8000-0000000e0001';
const CASE_ID = '0192f0c4-0000-7000-8000-0000000e0c01';
const ANNA_ID = '0192f0c4-0000-7000-8000-0000000e0a01';
const PIETER_ID = '0192f0c4-0000-7000-8000-0000000000a1';

function ledger(spent: number, budget = 15000): Ledger {
  return {
    month: '2026-12',
    budget_cents: budget,
    spent_cents: spent,
    left_cents: budget - spent,
    used_share: spent / budget,
    warning: spent >= budget * 0.8,
    over: spent > budget,
  };
}

const CASE: CaseRead = {
  id: CASE_ID,
  subscription_id: SUB_ID,
  subscriber_name: 'Mehmet Yilmaz',
  subject: 'Hulp bij de tuin',
  channel: 'portal',
  status: 'new',
  created_at: '2026-12-01T10:00:00Z',
  description: 'De heg moet gesnoeid worden.',
  skill_id: null,
  concierge_user_id: null,
  solved_by: null,
  satisfaction: null,
  closed_at: null,
  options: [],
};

const ANNA: NeighbourHelp = {
  user_id: ANNA_ID,
  display_name: 'Anna B.',
  distance_km: 0.5,
  skills: ['Tuinieren'],
  about: null,
  volunteers_for_organisations: false,
};

const PIETER: ProviderHelp = {
  provider_profile_id: PIETER_ID,
  name: 'Pieter Dienstverlener',
  company_name: 'Klushulp Pieter',
  distance_km: 3,
  price_from_cents: 3500,
  price_unit: 'hour',
  badges: {
    identity_document_seen: true,
    seen_in_person: false,
    introduction_video: false,
    certificate_of_conduct: true,
  },
  verified: true,
};

/** Carla, Kring's concierge: she works cases and keeps subscriptions. */
function conciergeStaff() {
  return {
    ...staffMember('advisor'),
    first_name: 'Carla',
    staff_role: 'concierge',
    staff_tasks: [
      'view_organisations',
      'view_providers',
      'work_concierge_cases',
      'manage_concierge_subscriptions',
    ],
  };
}

function render(
  route: string,
  routes: Record<string, StubAnswer> = {},
  me: unknown = conciergeStaff(),
) {
  const api = stubApi({
    'GET /api/v1/me': () => json(me),
    'GET /api/v1/admin/concierge/cases': json({
      items: [{ ...CASE, description: undefined, options: undefined }],
      next_cursor: null,
    }),
    [`GET /api/v1/admin/concierge/cases/${CASE_ID}`]: json(CASE),
    [`GET /api/v1/admin/concierge/cases/${CASE_ID}/informal-help`]: json({
      items: [ANNA],
      next_cursor: null,
    }),
    [`GET /api/v1/admin/concierge/cases/${CASE_ID}/providers`]: json({
      items: [PIETER],
      next_cursor: null,
    }),
    [`GET /api/v1/admin/concierge/subscriptions/${SUB_ID}/ledger`]: json(ledger(3000)),
    ...routes,
  });
  renderWithProviders(<ConsoleWithAddress />, { translations, fetch: api.fetch, route });
  return api;
}

function keys(value: unknown, prefix = ''): string[] {
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

describe('the concierge (staff console)', { timeout: 30_000 }, () => {
  it('has the same texts in Dutch, French and English', () => {
    expect(keys(fr).sort()).toEqual(keys(nl).sort());
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });

  it('is in the menu for staff who work concierge cases only', async () => {
    render('/');
    const nav = await screen.findByRole('navigation', { name: /./ });
    expect(await within(nav).findByRole('link', { name: 'Conciërge' })).toHaveAttribute(
      'href',
      '/concierge',
    );
  });

  it('is not in the menu of an advisor (subscriptions only)', async () => {
    render('/', {}, staffMember('advisor'));
    const nav = await screen.findByRole('navigation', { name: /./ });
    await within(nav).findByRole('link', { name: /Organisaties|Organisations/ });
    expect(within(nav).queryByRole('link', { name: 'Conciërge' })).toBeNull();
    expect(TASKS.advisor).not.toContain('work_concierge_cases');
  });

  it('lists the queue and filters it by status', async () => {
    const user = userEvent.setup();
    const api = render('/concierge');
    expect(await screen.findByRole('link', { name: 'Hulp bij de tuin' })).toHaveAttribute(
      'href',
      `/concierge/cases/${CASE_ID}`,
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Geregeld');
    await waitFor(() =>
      expect(
        api
          .callsTo('GET', '/api/v1/admin/concierge/cases')
          .some((call) => call.search.includes('status=arranged')),
      ).toBe(true),
    );
  });

  it('shows the subscriber, the 80% warning, informal help without addresses, and providers', async () => {
    render(`/concierge/cases/${CASE_ID}`, {
      [`GET /api/v1/admin/concierge/subscriptions/${SUB_ID}/ledger`]: json(ledger(12000)),
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Hulp bij de tuin' }),
    ).toBeVisible();
    expect(screen.getByText('Mehmet Yilmaz')).toBeInTheDocument();
    expect(
      await screen.findByText('Let op: 80% van het budget van deze maand is gebruikt.'),
    ).toBeInTheDocument();
    const informal = screen.getByRole('region', { name: 'Informele hulp' });
    expect(await within(informal).findByText('Anna B.')).toBeInTheDocument();
    expect(within(informal).getByText(/ongeveer/)).toBeInTheDocument();
    const pros = screen.getByRole('region', { name: 'Professionals' });
    expect(await within(pros).findByText('Klushulp Pieter')).toBeInTheDocument();
    expect(within(pros).getByText(/vanaf €\s35,00/)).toBeInTheDocument();
    expect(within(pros).getByText(/Identiteit gecontroleerd/)).toBeInTheDocument();
  });

  it('proposes a neighbour for free and a provider with a cost in cents', async () => {
    const user = userEvent.setup();
    const api = render(`/concierge/cases/${CASE_ID}`, {
      [`POST /api/v1/admin/concierge/cases/${CASE_ID}/options`]: json(CASE, 201),
    });
    await user.click(await screen.findByRole('button', { name: 'Anna B. voorstellen' }));
    const form = screen.getByRole('region', { name: 'Voorstel doen' });
    expect(within(form).getByText('Voor: Anna B.')).toBeInTheDocument();
    await user.type(within(form).getByRole('textbox', { name: /Beschrijving/ }), 'Anna snoeit.');
    await user.click(within(form).getByRole('button', { name: 'Voorstel doen' }));
    await waitFor(() =>
      expect(api.callsTo('POST', `/api/v1/admin/concierge/cases/${CASE_ID}/options`)).toHaveLength(
        1,
      ),
    );
    expect(
      api.callsTo('POST', `/api/v1/admin/concierge/cases/${CASE_ID}/options`)[0]?.body,
    ).toEqual({
      kind: 'neighbour',
      user_id: ANNA_ID,
      description: 'Anna snoeit.',
      cost_cents: 0,
    });

    await user.click(await screen.findByRole('button', { name: 'Klushulp Pieter voorstellen' }));
    await user.type(within(form).getByRole('textbox', { name: /Beschrijving/ }), 'Hovenier.');
    const cost = within(form).getByRole('textbox', { name: /Kosten in euro/ });
    await user.clear(cost);
    await user.type(cost, '45,50');
    await user.click(within(form).getByRole('button', { name: 'Voorstel doen' }));
    await waitFor(() =>
      expect(api.callsTo('POST', `/api/v1/admin/concierge/cases/${CASE_ID}/options`)).toHaveLength(
        2,
      ),
    );
    expect(
      api.callsTo('POST', `/api/v1/admin/concierge/cases/${CASE_ID}/options`)[1]?.body,
    ).toEqual({
      kind: 'provider',
      provider_profile_id: PIETER_ID,
      description: 'Hovenier.',
      cost_cents: 4550,
    });
  });

  it('records a cost over budget only after the subscriber agreed (the 409)', async () => {
    const user = userEvent.setup();
    const over = 'Dit gaat over het budget van deze maand: er is nog € 30,00 over.';
    const api = render(`/concierge/cases/${CASE_ID}`, {
      [`GET /api/v1/admin/concierge/subscriptions/${SUB_ID}/ledger`]: json(ledger(12000)),
      [`POST /api/v1/admin/concierge/subscriptions/${SUB_ID}/costs`]: (call) =>
        (call.body as { over_budget_agreed: boolean }).over_budget_agreed
          ? json(
              {
                cost: {
                  id: 'c1',
                  case_id: CASE_ID,
                  amount_cents: 4500,
                  spent_on: '2026-12-07',
                  description: 'Hovenier',
                  over_budget_agreed: true,
                  created_at: '2026-12-07T10:00:00Z',
                },
                ledger: ledger(16500),
              },
              201,
            )
          : problem(409, {
              detail: over,
              errors: [{ field: 'body.amount_cents', message: over }],
            }),
    });
    const costs = await screen.findByRole('region', { name: 'Kosten vastleggen' });
    expect(within(costs).queryByRole('checkbox')).toBeNull();
    await user.type(within(costs).getByRole('textbox', { name: /Bedrag in euro/ }), '45');
    await user.type(within(costs).getByRole('textbox', { name: /Omschrijving/ }), 'Hovenier');
    await user.click(within(costs).getByRole('button', { name: 'Kosten vastleggen' }));

    const amount = within(costs).getByRole('textbox', { name: /Bedrag in euro/ });
    await waitFor(() => expect(amount).toHaveAccessibleDescription(/over het budget/));
    const agreed = await within(costs).findByRole('checkbox', {
      name: 'De abonnee gaat akkoord met de overschrijding',
    });
    const posts = () =>
      api.callsTo('POST', `/api/v1/admin/concierge/subscriptions/${SUB_ID}/costs`);
    expect(posts()[0]?.body).toMatchObject({ amount_cents: 4500, over_budget_agreed: false });

    await user.click(agreed);
    await user.click(within(costs).getByRole('button', { name: 'Kosten vastleggen' }));
    expect(await within(costs).findByText('Kosten vastgelegd.')).toBeInTheDocument();
    expect(posts()[1]?.body).toMatchObject({
      amount_cents: 4500,
      description: 'Hovenier',
      case_id: CASE_ID,
      over_budget_agreed: true,
    });
    expect(
      await screen.findByText('Het budget van deze maand is overschreden.'),
    ).toBeInTheDocument();
  });

  it('shows how cases were solved as bars with their figures in words', async () => {
    render('/concierge/figures', {
      'GET /api/v1/admin/concierge/figures': json({
        closed: 10,
        done: 9,
        cancelled: 1,
        solved: 8,
        informal: 6,
        formal: 2,
        solved_share: 0.8,
        informal_share: 0.75,
        formal_share: 0.25,
      }),
    });
    expect(
      await screen.findByText('Informeel (buren, vrijwilligers): 6 (75%)'),
    ).toBeInTheDocument();
    expect(screen.getByText('Formeel (professionals): 2 (25%)')).toBeInTheDocument();
    expect(
      screen.getByText('Opgelost door buren of lokale professionals: 80%'),
    ).toBeInTheDocument();
  });
});

describe('the concierge case follow-up (staff console)', { timeout: 30_000 }, () => {
  it('withdraws an open proposal but not a chosen one', async () => {
    const user = userEvent.setup();
    const option = {
      id: '0192f0c4-0000-7000-8000-0000000e0b01',
      kind: 'neighbour' as const,
      name: 'Anna B.',
      description: 'Anna snoeit.',
      cost_cents: 0,
      provider_profile_id: null,
      badges: null,
      verified: null,
      chosen_at: null,
      declined_at: null,
      created_at: '2026-12-02T09:00:00Z',
    };
    const chosen = {
      ...option,
      id: '0192f0c4-0000-7000-8000-0000000e0b02',
      name: 'Klushulp Pieter',
      chosen_at: '2026-12-03T09:00:00Z',
    };
    const api = render(`/concierge/cases/${CASE_ID}`, {
      [`GET /api/v1/admin/concierge/cases/${CASE_ID}`]: json({
        ...CASE,
        status: 'proposed',
        options: [option, chosen],
      }),
      [`DELETE /api/v1/admin/concierge/cases/${CASE_ID}/options/${option.id}`]: () =>
        new Response(null, { status: 204 }),
    });
    const options = await screen.findByRole('region', { name: 'Voorstellen' });
    expect(within(options).getByText('Gratis · Gekozen')).toBeInTheDocument();
    expect(
      within(options).queryByRole('button', { name: 'Voorstel Klushulp Pieter intrekken' }),
    ).toBeNull();
    await user.click(within(options).getByRole('button', { name: 'Voorstel Anna B. intrekken' }));
    await waitFor(() =>
      expect(
        api.callsTo('DELETE', `/api/v1/admin/concierge/cases/${CASE_ID}/options/${option.id}`),
      ).toHaveLength(1),
    );
  });

  it('records a case as done by a neighbour with the satisfaction', async () => {
    const user = userEvent.setup();
    const api = render(`/concierge/cases/${CASE_ID}`, {
      [`PATCH /api/v1/admin/concierge/cases/${CASE_ID}`]: (call) =>
        json({ ...CASE, ...(call.body as object) }),
    });
    const followUp = await screen.findByRole('region', { name: 'Opvolging' });
    expect(within(followUp).queryByRole('combobox', { name: 'Opgelost door' })).toBeNull();
    await user.selectOptions(within(followUp).getByRole('combobox', { name: 'Status' }), 'Klaar');
    await user.selectOptions(
      within(followUp).getByRole('combobox', { name: 'Opgelost door' }),
      'Buurtgenoot',
    );
    await user.selectOptions(
      within(followUp).getByRole('combobox', { name: 'Tevredenheid (1 tot 5)' }),
      '5',
    );
    await user.click(within(followUp).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() =>
      expect(api.callsTo('PATCH', `/api/v1/admin/concierge/cases/${CASE_ID}`)).toHaveLength(1),
    );
    expect(api.callsTo('PATCH', `/api/v1/admin/concierge/cases/${CASE_ID}`)[0]?.body).toEqual({
      status: 'done',
      solved_by: 'neighbour',
      satisfaction: 5,
    });
  });
});
