import { json, problem } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CaseRead, Ledger, MySubscription, OptionRead } from '../api/concierge';
import { signedIn, SKILLS } from '../dossiers/fixtures';
import en from '../locales/concierge/en.json';
import fr from '../locales/concierge/fr.json';
import nl from '../locales/concierge/nl.json';
import { publicApi } from '../test/fixtures';
import { renderPartner } from '../test/renderPartner';

const SUB_ID = '0192f0c4-0000-7000-8000-0000000e0001';
const CASE_ID = '0192f0c4-0000-7000-8000-0000000e0c01';
const ANNA_OPTION = '0192f0c4-0000-7000-8000-0000000e0a01';
const PIETER_OPTION = '0192f0c4-0000-7000-8000-0000000e0a02';

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

function mine(spent: number): MySubscription {
  return {
    subscription: {
      id: SUB_ID,
      user_id: '0192f0c4-0000-7000-8000-0000000e0u01',
      subscriber_name: 'Truus de Boer',
      organisation_id: null,
      starts_on: '2026-12-01',
      ends_on: null,
      monthly_budget_cents: 15000,
      funding: 'wmo',
      active: true,
      created_at: '2026-12-01T09:00:00Z',
    },
    ledger: ledger(spent),
  };
}

const ANNA: OptionRead = {
  id: ANNA_OPTION,
  kind: 'neighbour',
  name: 'Anna B.',
  description: 'Anna snoeit zaterdag de heg.',
  cost_cents: 0,
  provider_profile_id: null,
  badges: null,
  verified: null,
  chosen_at: null,
  declined_at: null,
  created_at: '2026-12-02T09:00:00Z',
};
const PIETER: OptionRead = {
  id: PIETER_OPTION,
  kind: 'provider',
  name: 'Klushulp Pieter',
  description: 'Hovenier, anderhalf uur.',
  cost_cents: 4500,
  provider_profile_id: '0192f0c4-0000-7000-8000-0000000000a1',
  badges: {
    identity_document_seen: true,
    seen_in_person: false,
    introduction_video: false,
    certificate_of_conduct: true,
  },
  verified: true,
  chosen_at: null,
  declined_at: null,
  created_at: '2026-12-02T09:05:00Z',
};

const CASE: CaseRead = {
  id: CASE_ID,
  subscription_id: SUB_ID,
  subscriber_name: 'Truus de Boer',
  subject: 'Hulp bij de tuin',
  channel: 'portal',
  status: 'proposed',
  created_at: '2026-12-01T10:00:00Z',
  description: 'De heg moet gesnoeid worden.',
  skill_id: null,
  concierge_user_id: null,
  solved_by: null,
  satisfaction: null,
  closed_at: null,
  options: [ANNA, PIETER],
};

const subscribed = (spent = 3000) => ({
  ...signedIn,
  'GET /api/v1/me/concierge': json(mine(spent)),
  'GET /api/v1/me/concierge/cases': json({ items: [CASE], next_cursor: null }),
  'GET /api/v1/skills': json(SKILLS),
});

function keys(value: unknown, prefix = ''): string[] {
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

describe('the concierge (partner portal)', { timeout: 20_000 }, () => {
  it('has the same texts in Dutch, French and English', () => {
    expect(keys(fr).sort()).toEqual(keys(nl).sort());
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });

  it('is in the menu for subscribers only', async () => {
    renderPartner('/buurt', publicApi({ ...subscribed() }));
    const nav = await screen.findByRole('navigation', { name: /./ });
    expect(await within(nav).findByRole('link', { name: 'Buurtconciërge' })).toHaveAttribute(
      'href',
      '/concierge',
    );
  });

  it('is not in the menu without a subscription (the API answers 404)', async () => {
    const api = publicApi({
      ...signedIn,
      'GET /api/v1/me/concierge': problem(404, { detail: 'Not found' }),
    });
    renderPartner('/concierge', api);
    expect(await screen.findByText(/geen abonnement op de buurtconciërge/)).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: /./ });
    expect(within(nav).queryByRole('link', { name: 'Buurtconciërge' })).toBeNull();
    expect(api.callsTo('GET', '/api/v1/me/concierge').length).toBeGreaterThan(0);
  });

  it('shows the subscription, this month within budget, and my requests', async () => {
    renderPartner('/concierge', publicApi(subscribed(3000)));
    expect(await screen.findByRole('heading', { level: 2, name: 'Mijn abonnement' })).toBeVisible();
    expect(screen.getByText('Wmo (gemeente)')).toBeInTheDocument();
    const bar = screen.getByRole('img', { name: /€\s30,00 uitgegeven van €\s150,00/ });
    expect(bar).toHaveAccessibleName(/nog €\s120,00 over/);
    expect(screen.getByText('Je zit ruim binnen je budget.')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Hulp bij de tuin' })).toHaveAttribute(
      'href',
      `/concierge/${CASE_ID}`,
    );
    expect(screen.getByText('Voorstellen klaar')).toBeInTheDocument();
  });

  it('warns in words from 80% of the budget', async () => {
    renderPartner('/concierge', publicApi(subscribed(12000)));
    expect(
      await screen.findByText('Let op: je hebt al 80% van je budget van deze maand gebruikt.'),
    ).toBeInTheDocument();
  });

  it('says when the budget is exceeded', async () => {
    renderPartner('/concierge', publicApi(subscribed(16000)));
    expect(
      await screen.findByText('Je budget van deze maand is overschreden.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /€\s10,00 meer dan je budget/ })).toBeInTheDocument();
  });

  it('asks for help: checks the fields, then shows the API errors on them', async () => {
    const user = userEvent.setup();
    let tries = 0;
    const api = publicApi({
      ...subscribed(),
      'POST /api/v1/me/concierge/cases': () => {
        tries += 1;
        return tries === 1
          ? problem(422, {
              detail: 'Invalid',
              errors: [{ field: 'body.subject', message: 'Dit onderwerp is ongeldig.' }],
            })
          : json({ ...CASE, id: 'new', status: 'new', options: [] }, 201);
      },
    });
    renderPartner('/concierge', api);
    const submit = await screen.findByRole('button', { name: 'Vraag versturen' });
    await user.click(submit);
    expect(await screen.findAllByText('Vul dit in.')).not.toHaveLength(0);
    expect(api.callsTo('POST', '/api/v1/me/concierge/cases')).toHaveLength(0);

    await user.type(screen.getByRole('textbox', { name: /Waarmee wil je hulp/ }), 'Tuin');
    await user.type(screen.getByRole('textbox', { name: /Vertel wat er moet/ }), 'De heg.');
    await user.selectOptions(
      screen.getByRole('combobox', { name: /Soort hulp/ }),
      SKILLS[0]?.name ?? '',
    );
    await user.click(submit);
    const subject = screen.getByRole('textbox', { name: /Waarmee wil je hulp/ });
    await waitFor(() => expect(subject).toHaveAccessibleDescription(/onderwerp is ongeldig/));
    expect(api.callsTo('POST', '/api/v1/me/concierge/cases')[0]?.body).toEqual({
      subject: 'Tuin',
      description: 'De heg.',
      skill_id: SKILLS[0]?.id,
    });

    await user.click(submit);
    expect(await screen.findByText(/Je vraag is verstuurd/)).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/v1/me/concierge/cases')).toHaveLength(2);
  });

  it('shows the proposals with costs and badges, and chooses one after confirming', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      ...subscribed(),
      [`GET /api/v1/me/concierge/cases/${CASE_ID}`]: json(CASE),
      [`POST /api/v1/me/concierge/cases/${CASE_ID}/options/${PIETER_OPTION}/choose`]: json({
        ...CASE,
        status: 'proposed',
        options: [
          { ...ANNA, declined_at: '2026-12-03T09:00:00Z' },
          { ...PIETER, chosen_at: '2026-12-03T09:00:00Z' },
        ],
      }),
    });
    renderPartner(`/concierge/${CASE_ID}`, api);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Hulp bij de tuin' }),
    ).toBeVisible();
    const anna = screen.getByRole('article', { name: 'Anna B.' });
    expect(within(anna).getByText('Buurtgenoot')).toBeInTheDocument();
    expect(within(anna).getByText(/Gratis/)).toBeInTheDocument();
    expect(within(anna).queryByText(/gecontroleerd/)).toBeNull();
    const pieter = screen.getByRole('article', { name: 'Klushulp Pieter' });
    expect(within(pieter).getByText(/€ 45,00/)).toBeInTheDocument();
    expect(within(pieter).getByText(/Identiteit gecontroleerd/)).toBeInTheDocument();
    expect(within(pieter).getByText(/Verklaring omtrent het gedrag/)).toBeInTheDocument();
    expect(within(pieter).queryByText('Persoonlijk ontmoet')).toBeNull();

    await user.click(within(pieter).getByRole('button', { name: 'Klushulp Pieter kiezen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Dit voorstel kiezen?' });
    expect(dialog).toHaveTextContent('Je kiest Klushulp Pieter (€ 45,00)');
    expect(
      api.callsTo('POST', `/api/v1/me/concierge/cases/${CASE_ID}/options/${PIETER_OPTION}/choose`),
    ).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Ja, dit kiezen' }));

    expect(await screen.findByText(/Je hebt gekozen/)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const chosen = screen.getByRole('article', { name: 'Klushulp Pieter' });
    expect(within(chosen).getByText('Gekozen')).toBeInTheDocument();
    expect(
      within(screen.getByRole('article', { name: 'Anna B.' })).getByText('Niet gekozen'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /kiezen$/ })).toBeNull();
  });

  it('shows an unverified provider as not checked', async () => {
    renderPartner(
      `/concierge/${CASE_ID}`,
      publicApi({
        ...subscribed(),
        [`GET /api/v1/me/concierge/cases/${CASE_ID}`]: json({
          ...CASE,
          options: [{ ...PIETER, verified: false }],
        }),
      }),
    );
    const pieter = await screen.findByRole('article', { name: 'Klushulp Pieter' });
    expect(within(pieter).getByText(/Identiteit niet gecontroleerd/)).toBeInTheDocument();
  });
});
