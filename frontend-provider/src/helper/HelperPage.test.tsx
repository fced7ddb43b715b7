import {
  json,
  problem,
  renderWithProviders,
  stubApi,
  type StubCall,
} from '@kring/common/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { HelperProfile, Skill } from '../api/helper';
import { translations } from '../locales';
import HelperRoute from '../pages/HelperPage';
import { BERT } from '../test/wizardFixtures';

const SKILLS: Skill[] = [
  {
    id: 's1',
    slug: 'boodschappen',
    group: 'errands',
    group_name: 'Boodschappen en vervoer',
    name: 'Boodschappen doen',
  },
  {
    id: 's2',
    slug: 'gezelschap',
    group: 'company',
    group_name: 'Gezelschap en activiteiten',
    name: 'Gezelschap',
  },
  {
    id: 's3',
    slug: 'wandelen',
    group: 'company',
    group_name: 'Gezelschap en activiteiten',
    name: 'Wandelen',
  },
];

function helper(overrides: Partial<HelperProfile> = {}): HelperProfile {
  return {
    id: 'h1',
    status: 'draft',
    suspended_reason: null,
    kind: 'volunteer',
    hourly_rate_cents: null,
    accepting_new: true,
    introduction: 'Graag onder de mensen.',
    profile_text: '',
    skill_ids: ['s2'],
    languages: ['nl'],
    address: {
      street: 'Lindelaan',
      house_number: '12',
      house_number_addition: null,
      postcode: '3511 AB',
      city: 'Utrecht',
    },
    located: true,
    work_area: 'radius',
    radius_km: 5,
    places: [],
    day_parts: { monday: ['morning'] },
    bank: null,
    photo: null,
    identity_document_seen: false,
    seen_in_person: false,
    badged_at: null,
    matchable: false,
    missing: [],
    created_at: '2026-12-01T10:00:00Z',
    ...overrides,
  };
}

function helperApi(profile: HelperProfile | null, saveAnswer?: () => Response) {
  let current = profile;
  return stubApi({
    'GET /api/v1/me': json(BERT),
    'GET /api/v1/skills': json(SKILLS),
    'GET /api/v1/helper/profile': () =>
      current ? json(current) : problem(404, { detail: 'Not found.' }),
    'PUT /api/v1/helper/profile': (call: StubCall) => {
      if (saveAnswer) return saveAnswer();
      const body = call.body as Record<string, unknown>;
      const bank = 'bank' in body ? (body.bank as HelperProfile['bank']) : (current?.bank ?? null);
      current = helper({ ...(body as Partial<HelperProfile>), bank, places: [] });
      return json(current);
    },
    'POST /api/v1/helper/profile/activation': () => {
      current = helper({ ...current, status: 'active' });
      return json(current);
    },
  });
}

function renderPage(api: ReturnType<typeof helperApi>) {
  return renderWithProviders(<HelperRoute />, { translations, fetch: api.fetch, route: '/helper' });
}

describe('the helper page', () => {
  it('makes a new profile: sections, a volunteer by default, the whole profile sent', async () => {
    const user = userEvent.setup();
    const api = helperApi(null);
    renderPage(api);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Helpen als buurthulp' }),
    ).toBeVisible();
    for (const name of [
      'Over jou',
      'Waarmee help je?',
      'Talen',
      'Waar help je?',
      'Wanneer help je?',
      'Vrijwillig of betaald',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeVisible();
    }
    // No status yet, and no photo before the first save.
    expect(
      screen.queryByRole('heading', { name: 'Status van je profiel' }),
    ).not.toBeInTheDocument();
    expect(screen.getByText(/Een foto voeg je toe/)).toBeVisible();

    await user.type(screen.getByRole('textbox', { name: /Korte introductie/ }), 'Oud-leraar.');
    await user.click(await screen.findByRole('checkbox', { name: 'Wandelen' }));
    await user.type(screen.getByRole('textbox', { name: /Straat/ }), 'Lindelaan');
    await user.type(screen.getByRole('textbox', { name: /Huisnummer/ }), '12');
    await user.type(screen.getByRole('textbox', { name: /Postcode/ }), '3511ab');
    await user.type(screen.getByRole('textbox', { name: /Plaats/ }), 'Utrecht');
    await user.click(screen.getByRole('checkbox', { name: 'Maandag ochtend' }));
    await user.click(screen.getByRole('button', { name: 'Profiel opslaan' }));

    expect(await screen.findByTestId('saved')).toHaveTextContent('Opgeslagen');
    const [saved] = api.callsTo('PUT', '/api/v1/helper/profile');
    expect(saved?.body).toEqual({
      kind: 'volunteer',
      hourly_rate_cents: null,
      accepting_new: true,
      introduction: 'Oud-leraar.',
      profile_text: '',
      skill_ids: ['s3'],
      languages: ['nl'],
      address: {
        street: 'Lindelaan',
        house_number: '12',
        house_number_addition: null,
        postcode: '3511 AB',
        city: 'Utrecht',
      },
      work_area: 'radius',
      radius_km: 5,
      place_ids: [],
      day_parts: { monday: ['morning'] },
    });
    // Saved once: the status card and the way to make it active.
    expect(await screen.findByRole('heading', { name: 'Status van je profiel' })).toBeVisible();
  }, 30_000);

  it('asks a paid helper for an hourly rate and sends it in cents', async () => {
    const user = userEvent.setup();
    const api = helperApi(helper());
    renderPage(api);

    await user.click(await screen.findByRole('radio', { name: /Tegen een uurtarief/ }));
    await user.click(screen.getByRole('button', { name: 'Profiel opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/uurtarief in van € 1 tot € 200/);
    expect(api.callsTo('PUT', '/api/v1/helper/profile')).toHaveLength(0);

    await user.type(screen.getByRole('textbox', { name: /Uurtarief/ }), '17,50');
    await user.click(screen.getByRole('button', { name: 'Profiel opslaan' }));
    expect(await screen.findByTestId('saved')).toBeVisible();
    const [saved] = api.callsTo('PUT', '/api/v1/helper/profile');
    expect(saved?.body).toMatchObject({ kind: 'paid', hourly_rate_cents: 1750 });
  }, 15_000);

  it('shows what is missing, and makes a complete draft active', async () => {
    const user = userEvent.setup();
    const lacking = helperApi(helper({ missing: ['skill_ids', 'day_parts'] }));
    const { unmount } = renderPage(lacking);
    const card = await screen.findByRole('region', { name: 'Status van je profiel' });
    expect(within(card).getByText('Concept')).toBeVisible();
    expect(within(card).getByText('Minstens één dagdeel')).toBeVisible();
    expect(within(card).getByRole('button', { name: 'Maak mijn profiel actief' })).toBeDisabled();
    unmount();

    const api = helperApi(helper());
    renderPage(api);
    const ready = await screen.findByRole('region', { name: 'Status van je profiel' });
    await user.click(within(ready).getByRole('button', { name: 'Maak mijn profiel actief' }));
    expect(await within(ready).findByText('Wacht op Kring')).toBeVisible();
    expect(api.callsTo('POST', '/api/v1/helper/profile/activation')).toHaveLength(1);
  });

  it('says when Kring has seen the identity document, and when no new help seekers are taken', async () => {
    renderPage(
      helperApi(helper({ status: 'active', identity_document_seen: true, accepting_new: false })),
    );
    const card = await screen.findByRole('region', { name: 'Status van je profiel' });
    expect(within(card).getByText('Geen nieuwe hulpvragers')).toBeVisible();
    expect(within(card).getByText('Kring heeft je identiteitsbewijs gezien.')).toBeVisible();
    expect(
      within(card).queryByRole('button', { name: 'Maak mijn profiel actief' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('switch', { name: /nieuwe hulpvragers aan/ })).not.toBeChecked();
  });

  it('asks a paid helper for the account their hours are paid to, with why', async () => {
    const user = userEvent.setup();
    const api = helperApi(helper({ kind: 'paid', hourly_rate_cents: 1800 }));
    renderPage(api);

    const kind = await screen.findByRole('region', { name: 'Vrijwillig of betaald' });
    expect(within(kind).getByRole('group', { name: 'Je bankrekening' })).toBeVisible();
    expect(
      within(kind).getByText(
        'Je goedgekeurde uren worden eens per maand op deze rekening betaald.',
      ),
    ).toBeVisible();
    const iban = within(kind).getByRole('textbox', { name: 'IBAN' });
    const holder = within(kind).getByRole('textbox', { name: 'Tenaamstelling' });

    // Not an IBAN, and no holder: named on their fields and in the summary, nothing sent.
    await user.type(iban, 'NL91 1234');
    await user.click(screen.getByRole('button', { name: 'Profiel opslaan' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText(/Dit lijkt geen IBAN/)).toBeVisible();
    expect(within(summary).getByText(/Vul de naam in waarop de rekening staat/)).toBeVisible();
    expect(iban).toHaveAttribute('aria-invalid', 'true');
    expect(iban).toHaveAccessibleDescription(/Dit lijkt geen IBAN/);
    expect(holder).toHaveAccessibleDescription(/Vul de naam in waarop de rekening staat/);
    expect(api.callsTo('PUT', '/api/v1/helper/profile')).toHaveLength(0);

    await user.clear(iban);
    await user.type(iban, 'nl91 abna 0417 1643 00');
    await user.type(holder, ' H. Bakker ');
    await user.click(screen.getByRole('button', { name: 'Profiel opslaan' }));
    expect(await screen.findByTestId('saved')).toBeVisible();
    const [saved] = api.callsTo('PUT', '/api/v1/helper/profile');
    expect(saved?.body).toMatchObject({
      kind: 'paid',
      hourly_rate_cents: 1800,
      bank: { iban: 'NL91ABNA0417164300', account_holder: 'H. Bakker' },
    });
  }, 20_000);

  it('removes the account when both fields are emptied', async () => {
    const user = userEvent.setup();
    const bank = { iban: 'NL91ABNA0417164300', account_holder: 'H. Bakker' };
    const api = helperApi(helper({ kind: 'paid', hourly_rate_cents: 1800, bank }));
    renderPage(api);

    const iban = await screen.findByRole('textbox', { name: 'IBAN' });
    expect(iban).toHaveValue('NL91ABNA0417164300');
    await user.clear(iban);
    await user.clear(screen.getByRole('textbox', { name: 'Tenaamstelling' }));
    await user.click(screen.getByRole('button', { name: 'Profiel opslaan' }));
    expect(await screen.findByTestId('saved')).toBeVisible();
    const [saved] = api.callsTo('PUT', '/api/v1/helper/profile');
    expect(saved?.body).toMatchObject({ bank: null });
  }, 15_000);

  it('shows no account fields to a volunteer, and sends none (the stored one stays)', async () => {
    const user = userEvent.setup();
    const api = helperApi(helper());
    renderPage(api);

    await screen.findByRole('region', { name: 'Vrijwillig of betaald' });
    expect(screen.queryByRole('textbox', { name: 'IBAN' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Profiel opslaan' }));
    expect(await screen.findByTestId('saved')).toBeVisible();
    const [saved] = api.callsTo('PUT', '/api/v1/helper/profile');
    expect(saved?.body).not.toHaveProperty('bank');
    // Choosing paid shows them.
    await user.click(screen.getByRole('radio', { name: /Tegen een uurtarief/ }));
    expect(screen.getByRole('textbox', { name: 'IBAN' })).toBeVisible();
  });

  it("puts the API's refusal of an IBAN on the IBAN field", async () => {
    const user = userEvent.setup();
    const api = helperApi(helper({ kind: 'paid', hourly_rate_cents: 1800 }), () =>
      problem(422, {
        detail: 'Controleer de gemarkeerde velden.',
        errors: [
          {
            field: 'bank.iban',
            message: 'Dit is geen geldig IBAN (zoals NL91 ABNA 0417 1643 00).',
          },
        ],
      }),
    );
    renderPage(api);

    await user.type(await screen.findByRole('textbox', { name: 'IBAN' }), 'NL92ABNA0417164300');
    await user.type(screen.getByRole('textbox', { name: 'Tenaamstelling' }), 'H. Bakker');
    await user.click(screen.getByRole('button', { name: 'Profiel opslaan' }));
    expect(
      await screen.findByText('Dit is geen geldig IBAN (zoals NL91 ABNA 0417 1643 00).', {
        selector: '.mantine-InputWrapper-error',
      }),
    ).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'IBAN' })).toHaveAttribute('aria-invalid', 'true');
  }, 15_000);
});
