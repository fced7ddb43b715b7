import { json, problem } from '@kring/common/test-utils';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { publicApi } from '../test/fixtures';
import { renderPartner, where } from '../test/renderPartner';
import {
  dossierWith,
  DOSSIER_ID,
  draftWith,
  ME,
  quietMatching,
  signedIn,
  SKILLS,
} from './fixtures';

const WIZARD = `/dossiers/${DOSSIER_ID}/wizard`;

describe('the dossier wizard', { timeout: 30_000 }, () => {
  it('creates the dossier with the who step and goes on to what help', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      ...signedIn,
      'POST /api/v1/dossiers': json(draftWith(['who']), 201),
      [`GET /api/v1/dossiers/${DOSSIER_ID}`]: json(draftWith(['who'])),
      'GET /api/v1/skills': json(SKILLS),
    });
    renderPartner('/dossiers/new', api);
    // The first test loads the wizard's code (a lazy route) cold.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Nieuw dossier' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Voortgang van het dossier' })).toHaveAttribute(
      'aria-valuenow',
      '0',
    );
    await user.click(screen.getByRole('button', { name: 'Volgende stap' }));
    expect(await screen.findAllByText('Vul de voornaam in.')).not.toHaveLength(0);
    expect(screen.getAllByText('Vul een postcode in zoals 1234 AB.')).not.toHaveLength(0);
    expect(api.calls.some((call) => call.method === 'POST')).toBe(false);

    await user.type(screen.getByRole('textbox', { name: /Voornaam/ }), 'Gerda');
    await user.type(screen.getByRole('textbox', { name: /Tussenvoegsel/ }), 'de');
    await user.type(screen.getByRole('textbox', { name: /Achternaam/ }), 'Vries');
    await user.type(screen.getByRole('textbox', { name: /Geboortejaar/ }), '1941');
    await user.type(screen.getByRole('textbox', { name: /Straat/ }), 'Oudegracht');
    await user.type(screen.getByRole('textbox', { name: /Huisnummer/ }), '12');
    await user.type(screen.getByRole('textbox', { name: /Toevoeging/ }), 'A');
    await user.type(screen.getByRole('textbox', { name: /Postcode/ }), '3511ab');
    await user.type(screen.getByRole('textbox', { name: /Plaats/ }), 'Utrecht');
    await user.type(screen.getByRole('textbox', { name: /Telefoonnummer/ }), '030 123 4567');
    await user.click(screen.getByRole('button', { name: 'Volgende stap' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welke hulp is nodig?' }),
    ).toBeInTheDocument();
    expect(where()).toBe(`${WIZARD}/help`);
    expect(api.calls.find((call) => call.method === 'POST')?.body).toEqual({
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
      languages: ['nl'],
      phone: '030 123 4567',
      email: null,
      for_self: false,
    });
  });

  it('lets a help seeker start their own dossier, filled in from their account', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      'GET /api/v1/me': json({
        ...ME,
        birth_date: '1950-04-01',
        phone_for_questions: '030 765 4321',
        home_address: {
          street: 'Lange Nieuwstraat',
          house_number: '3',
          house_number_addition: null,
          postcode: '3512 PA',
          city: 'Utrecht',
        },
      }),
      'POST /api/v1/dossiers': json(draftWith(['who']), 201),
      [`GET /api/v1/dossiers/${DOSSIER_ID}`]: json(draftWith(['who'])),
      'GET /api/v1/skills': json(SKILLS),
    });
    renderPartner('/dossiers/new', api);
    await user.click(await screen.findByRole('radio', { name: /Voor mijzelf/ }));
    expect(screen.getByText(/U beheert dan uw eigen dossier/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Voornaam/ })).toHaveValue('Anna');
    expect(screen.getByRole('textbox', { name: /Straat/ })).toHaveValue('Lange Nieuwstraat');
    await user.click(screen.getByRole('button', { name: 'Volgende stap' }));
    await waitFor(() => expect(where()).toBe(`${WIZARD}/help`));
    expect(api.calls.find((call) => call.method === 'POST')?.body).toMatchObject({
      first_name: 'Anna',
      name_prefix: 'de',
      last_name: 'Vries',
      birth_year: 1950,
      address: { street: 'Lange Nieuwstraat', postcode: '3512 PA', city: 'Utrecht' },
      phone: '030 765 4321',
      email: 'anna@example.org',
      for_self: true,
    });
  });

  it.each([
    [['who'], 'help', 'Welke hulp is nodig?'],
    [['who', 'help'], 'when', 'Wanneer is hulp nodig?'],
    [['who', 'help', 'when'], 'bank', 'Bankgegevens'],
    [['who', 'help', 'when', 'bank'], 'terms', 'Voorwaarden en privacy'],
  ] as const)('resumes a draft with %j done at %s', async (completed, step, title) => {
    renderPartner(
      WIZARD,
      publicApi({
        ...signedIn,
        [`GET /api/v1/dossiers/${DOSSIER_ID}`]: json(draftWith([...completed])),
        'GET /api/v1/skills': json(SKILLS),
      }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(where()).toBe(`${WIZARD}/${step}`);
    expect(screen.getByRole('progressbar')).toHaveAttribute(
      'aria-valuenow',
      String(completed.length),
    );
  });

  it('chooses skills by group and saves them', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      ...signedIn,
      [`GET /api/v1/dossiers/${DOSSIER_ID}`]: json(draftWith(['who'])),
      'GET /api/v1/skills': json(SKILLS),
      [`PUT /api/v1/dossiers/${DOSSIER_ID}/help`]: json(draftWith(['who', 'help'])),
    });
    renderPartner(`${WIZARD}/help`, api);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Gezelschap' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Boodschappen en uitjes' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Volgende stap' }));
    expect(await screen.findAllByText('Kies ten minste één soort hulp.')).not.toHaveLength(0);
    await user.click(screen.getByRole('checkbox', { name: 'Samen wandelen' }));
    await user.type(
      screen.getByRole('textbox', { name: /Meer over de hulpvraag/ }),
      'Graag buiten.',
    );
    await user.click(screen.getByRole('button', { name: 'Volgende stap' }));
    await waitFor(() => expect(where()).toBe(`${WIZARD}/when`));
    expect(api.calls.find((call) => call.method === 'PUT')?.body).toEqual({
      skill_ids: [SKILLS[1]?.id],
      text: 'Graag buiten.',
    });
  });

  it('sends the day parts as the API’s week', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      ...signedIn,
      [`GET /api/v1/dossiers/${DOSSIER_ID}`]: json(draftWith(['who', 'help'])),
      [`PUT /api/v1/dossiers/${DOSSIER_ID}/when`]: json(draftWith(['who', 'help', 'when'])),
    });
    renderPartner(`${WIZARD}/when`, api);
    await screen.findByRole('heading', { level: 1, name: 'Wanneer is hulp nodig?' });
    await user.click(screen.getByRole('button', { name: 'Volgende stap' }));
    expect(await screen.findAllByText('Kies ten minste één dagdeel.')).not.toHaveLength(0);
    await user.click(screen.getByRole('checkbox', { name: 'Dinsdag middag' }));
    await user.click(screen.getByRole('checkbox', { name: 'Maandag ochtend' }));
    await user.selectOptions(screen.getByRole('combobox', { name: /Hoe vaak/ }), 'weekly');
    await user.type(screen.getByLabelText(/Vanaf welke datum/), '2027-01-04');
    await user.click(screen.getByRole('button', { name: 'Volgende stap' }));
    await waitFor(() => expect(where()).toBe(`${WIZARD}/bank`));
    expect(api.calls.find((call) => call.method === 'PUT')?.body).toEqual({
      day_parts: { monday: ['morning'], tuesday: ['afternoon'] },
      how_often: 'weekly',
      starts_on: '2027-01-04',
    });
  });

  it('checks the IBAN loosely and shows the API’s refusal on the field', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      ...signedIn,
      [`GET /api/v1/dossiers/${DOSSIER_ID}`]: json(draftWith(['who', 'help', 'when'])),
      [`PUT /api/v1/dossiers/${DOSSIER_ID}/bank`]: problem(422, {
        errors: [{ field: 'iban', message: 'Het controlegetal van dit IBAN klopt niet.' }],
      }),
    });
    renderPartner(`${WIZARD}/bank`, api);
    await screen.findByRole('heading', { level: 1, name: 'Bankgegevens' });
    const iban = screen.getByRole('textbox', { name: /IBAN/ });
    await user.type(iban, '1234');
    await user.type(screen.getByRole('textbox', { name: /rekeninghouder/ }), 'G. de Vries');
    await user.click(screen.getByRole('button', { name: 'Volgende stap' }));
    expect(await screen.findAllByText(/Dit lijkt geen IBAN/)).not.toHaveLength(0);
    expect(api.calls.some((call) => call.method === 'PUT')).toBe(false);

    await user.clear(iban);
    await user.type(iban, 'nl91 abna 0417 1643 01');
    await user.click(screen.getByRole('button', { name: 'Volgende stap' }));
    expect(
      await screen.findAllByText('Het controlegetal van dit IBAN klopt niet.'),
    ).not.toHaveLength(0);
    expect(iban).toHaveAttribute('aria-invalid', 'true');
    expect(api.calls.find((call) => call.method === 'PUT')?.body).toEqual({
      iban: 'NL91ABNA0417164301',
      account_holder: 'G. de Vries',
    });
  });

  it('accepts the current terms and then says what happens next', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      ...signedIn,
      [`GET /api/v1/dossiers/${DOSSIER_ID}`]: json(draftWith(['who', 'help', 'when', 'bank'])),
      [`PUT /api/v1/dossiers/${DOSSIER_ID}/terms`]: json(dossierWith()),
    });
    renderPartner(`${WIZARD}/terms`, api);
    await screen.findByRole('heading', { level: 1, name: 'Voorwaarden en privacy' });
    await user.click(screen.getByRole('button', { name: 'Akkoord en afronden' }));
    expect(await screen.findAllByText('Ga akkoord met de algemene voorwaarden.')).not.toHaveLength(
      0,
    );
    await user.click(
      screen.getByRole('checkbox', { name: /algemene voorwaarden \(versie 2026-1\)/ }),
    );
    await user.click(screen.getByRole('checkbox', { name: /privacybeleid \(versie 2026-1\)/ }));
    await user.click(screen.getByRole('button', { name: 'Akkoord en afronden' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Het dossier is compleet' }),
    ).toBeInTheDocument();
    expect(where()).toBe(`${WIZARD}/done`);
    expect(api.calls.find((call) => call.method === 'PUT')?.body).toEqual({
      terms_version: '2026-1',
      privacy_version: '2026-1',
    });
    expect(screen.getByText(/eenmalig € 10,00 inschrijfkosten/)).toBeInTheDocument();
    expect(screen.getByText(/alleen voor dossiers van geverifieerde partners/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar het dossier' })).toHaveAttribute(
      'href',
      `/dossiers/${DOSSIER_ID}`,
    );
  });
  it('after changing a step of a complete dossier, goes back to the dossier page', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      ...signedIn,
      [`GET /api/v1/dossiers/${DOSSIER_ID}`]: json(dossierWith()),
      [`GET /api/v1/dossiers/${DOSSIER_ID}/access-log`]: json({ items: [], next_cursor: null }),
      [`GET /api/v1/dossiers/${DOSSIER_ID}/proxies`]: json([]),
      ...quietMatching(`/api/v1/dossiers/${DOSSIER_ID}`),
      [`PUT /api/v1/dossiers/${DOSSIER_ID}/bank`]: json(
        dossierWith({ bank: { iban: 'NL91ABNA0417164300', account_holder: 'Gerda de Vries' } }),
      ),
    });
    renderPartner(`${WIZARD}/bank`, api);
    const holder = await screen.findByRole('textbox', { name: /rekeninghouder/ });
    expect(holder).toHaveValue('G. de Vries');
    await user.clear(holder);
    await user.type(holder, 'Gerda de Vries');
    await user.click(screen.getByRole('button', { name: 'Volgende stap' }));
    await waitFor(() => expect(where()).toBe(`/dossiers/${DOSSIER_ID}`));
    expect(await screen.findByText('Gerda de Vries', { selector: 'dd' })).toBeInTheDocument();
  });
});
