import {
  json,
  noContent,
  problem,
  renderWithProviders,
  stubApi,
  type StubAnswer,
} from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { translations } from '../locales';
import { staffMember } from '../test/adminApi';
import { ConsoleWithAddress } from '../test/ConsoleWithAddress';
import type { LocalOrganisation, Neighbourhood } from './api';

const WITTE_ID = '0193a1b2-0000-7000-8000-0000000000e1';
const BRAM_ID = '0193a1b2-0000-7000-8000-0000000000e2';
const ORGANISATION_ID = '0193a1b2-0000-7000-8000-0000000000e3';

const WITTE: Neighbourhood = {
  id: WITTE_ID,
  name: 'Wittevrouwen',
  country: 'NL',
  description: null,
  latitude: 52.095,
  longitude: 5.133,
  archived_at: null,
  resident_count: 2,
  postcode_areas: ['3581', '3582'],
  places: [],
  workers: [{ user_id: BRAM_ID, display_name: 'Bram Buurtwerker', email: 'bram@kring.demo' }],
  service_organisations: [],
};

const BUURTTEAM: LocalOrganisation = {
  id: ORGANISATION_ID,
  name: 'Buurtteam Noordoost',
  description: null,
  phone: '+31302345678',
  email: null,
  website: null,
  archived_at: null,
};

/** An admin who may manage neighbourhoods. */
function manager() {
  const admin = staffMember('admin');
  return { ...admin, staff_tasks: [...admin.staff_tasks, 'manage_neighbourhoods'] };
}

function render(route: string, routes: Record<string, StubAnswer> = {}, me = manager()) {
  const api = stubApi({
    'GET /api/v1/me': () => json(me),
    'GET /api/v1/admin/neighbourhoods': json([WITTE]),
    [`GET /api/v1/admin/neighbourhoods/${WITTE_ID}`]: json(WITTE),
    [`GET /api/v1/admin/neighbourhoods/${WITTE_ID}/local-organisations`]: json([BUURTTEAM]),
    ...routes,
  });
  renderWithProviders(<ConsoleWithAddress />, { translations, fetch: api.fetch, route });
  return api;
}

const where = () => screen.getByTestId('where').textContent;

describe('neighbourhoods in the staff console', { timeout: 30_000 }, () => {
  it('lists the neighbourhoods from the menu, with their areas and residents', async () => {
    const user = userEvent.setup();
    render('/');
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    await user.click(await within(nav).findByRole('link', { name: 'Buurten' }));
    const list = await screen.findByRole('list', { name: 'Buurten' });
    const [row] = within(list).getAllByRole('listitem') as [HTMLElement];
    expect(within(row).getByRole('link', { name: 'Wittevrouwen' })).toHaveAttribute(
      'href',
      `/neighbourhoods/${WITTE_ID}`,
    );
    expect(row).toHaveTextContent('Nederland · 3581, 3582');
    expect(row).toHaveTextContent('2 bewoners');
  });

  it('keeps the page from staff without the task', async () => {
    render('/', {}, staffMember('branch'));
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).queryByRole('link', { name: 'Buurten' })).not.toBeInTheDocument();
  });

  it('creates a neighbourhood; an area of another one is refused on its field', async () => {
    const user = userEvent.setup();
    let answer: Response = problem(409, {
      detail: 'Postcodegebied 3531 hoort al bij de buurt Lombok.',
      errors: [
        { field: 'postcode_areas', message: 'Postcodegebied 3531 hoort al bij de buurt Lombok.' },
      ],
    });
    const api = render('/neighbourhoods/new', {
      'POST /api/v1/admin/neighbourhoods': () => answer,
    });
    await screen.findByRole('heading', { level: 1, name: 'Nieuwe buurt' });
    await user.click(screen.getByRole('button', { name: 'Buurt aanmaken' }));
    expect(await screen.findAllByText('Vul een naam in.')).not.toHaveLength(0);
    expect(screen.getAllByText('Kies minstens één postcodegebied of plaats.')).not.toHaveLength(0);

    await user.type(screen.getByRole('textbox', { name: /Naam/ }), 'Lombok-Oost');
    const areas = screen
      .getAllByLabelText(/^Postcodegebieden/)
      .find((element) => element instanceof HTMLInputElement);
    await user.type(areas as HTMLElement, '3531{Enter}');
    await user.type(screen.getByRole('textbox', { name: /Breedtegraad/ }), '52.09');
    await user.type(screen.getByRole('textbox', { name: /Lengtegraad/ }), '5.1');
    await user.click(screen.getByRole('button', { name: 'Buurt aanmaken' }));
    expect(
      await screen.findAllByText('Postcodegebied 3531 hoort al bij de buurt Lombok.'),
    ).not.toHaveLength(0);

    answer = json(WITTE, 201);
    await user.click(screen.getByRole('button', { name: 'Buurt aanmaken' }));
    await waitFor(() => expect(where()).toBe(`/neighbourhoods/${WITTE_ID}`));
    const sent = api.callsTo('POST', '/api/v1/admin/neighbourhoods').at(-1);
    expect(sent?.body).toEqual({
      name: 'Lombok-Oost',
      country: 'NL',
      description: null,
      postcode_areas: ['3531'],
      place_ids: [],
      latitude: 52.09,
      longitude: 5.1,
    });
  });

  it('adds and archives local organisations and removes a worker', async () => {
    const user = userEvent.setup();
    const api = render(`/neighbourhoods/${WITTE_ID}`, {
      [`POST /api/v1/admin/neighbourhoods/${WITTE_ID}/local-organisations`]: json(
        { ...BUURTTEAM, id: BRAM_ID, name: 'Voedselbank' },
        201,
      ),
      [`POST /api/v1/admin/neighbourhoods/${WITTE_ID}/local-organisations/${ORGANISATION_ID}/archive`]:
        json({ ...BUURTTEAM, archived_at: '2026-12-07T09:00:00Z' }),
      [`DELETE /api/v1/admin/neighbourhoods/${WITTE_ID}/workers/${BRAM_ID}`]: noContent(),
    });
    await screen.findByRole('heading', { level: 1, name: 'Wittevrouwen' });
    const organisations = screen.getByRole('region', { name: 'Lokale organisaties' });
    expect(await within(organisations).findByText('Buurtteam Noordoost')).toBeInTheDocument();
    expect(organisations).toHaveTextContent('+31302345678');
    const form = within(organisations).getByRole('form', { name: 'Organisatie toevoegen' });
    await user.type(within(form).getByRole('textbox', { name: /Naam/ }), 'Voedselbank');
    await user.click(within(form).getByRole('button', { name: 'Organisatie toevoegen' }));
    expect(
      await within(form).findAllByText('Vul een telefoonnummer, e-mailadres of website in.'),
    ).not.toHaveLength(0);
    await user.type(
      within(form).getByRole('textbox', { name: /E-mailadres/ }),
      'info@voedselbank.example',
    );
    await user.click(within(form).getByRole('button', { name: 'Organisatie toevoegen' }));
    await waitFor(() =>
      expect(
        api.callsTo('POST', `/api/v1/admin/neighbourhoods/${WITTE_ID}/local-organisations`),
      ).toHaveLength(1),
    );
    expect(
      api.callsTo('POST', `/api/v1/admin/neighbourhoods/${WITTE_ID}/local-organisations`)[0]?.body,
    ).toEqual({
      name: 'Voedselbank',
      description: null,
      phone: null,
      email: 'info@voedselbank.example',
      website: null,
    });
    await user.click(
      within(organisations).getByRole('button', { name: 'Buurtteam Noordoost archiveren' }),
    );
    await waitFor(() =>
      expect(
        api.callsTo(
          'POST',
          `/api/v1/admin/neighbourhoods/${WITTE_ID}/local-organisations/${ORGANISATION_ID}/archive`,
        ),
      ).toHaveLength(1),
    );
    const workers = screen.getByRole('region', { name: 'Buurtwerkers' });
    expect(workers).toHaveTextContent('Bram Buurtwerker');
    await user.click(within(workers).getByRole('button', { name: 'Bram Buurtwerker weghalen' }));
    await waitFor(() =>
      expect(
        api.callsTo('DELETE', `/api/v1/admin/neighbourhoods/${WITTE_ID}/workers/${BRAM_ID}`),
      ).toHaveLength(1),
    );
  });

  it('makes a verified partner the worker; the API refuses anyone else', async () => {
    const user = userEvent.setup();
    const ANNA_ID = '0193a1b2-0000-7000-8000-0000000000e4';
    const api = render(`/neighbourhoods/${WITTE_ID}`, {
      'GET /api/v1/admin/users': json({
        items: [
          { id: BRAM_ID, full_name: 'Bram Buurtwerker', email: 'bram@kring.demo' },
          { id: ANNA_ID, full_name: 'Anna Bakker', email: 'anna@example.org' },
        ],
        next_cursor: null,
      }),
      [`PUT /api/v1/admin/neighbourhoods/${WITTE_ID}/workers/${ANNA_ID}`]: problem(422, {
        errors: [
          { field: 'user_id', message: 'Alleen een geverifieerde partner kan buurtwerker zijn.' },
        ],
      }),
      [`PUT /api/v1/admin/neighbourhoods/${WITTE_ID}/workers/${BRAM_ID}`]: json(WITTE),
    });
    await screen.findByRole('heading', { level: 1, name: 'Wittevrouwen' });
    const field = screen.getByRole('combobox', { name: /Buurtwerker toevoegen/ });
    await user.type(field, 'Anna');
    await user.click(await screen.findByRole('option', { name: /Anna Bakker/, hidden: true }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Alleen een geverifieerde partner kan buurtwerker zijn.',
    );
    await user.type(field, 'Bram');
    await user.click(await screen.findByRole('option', { name: /Bram Buurtwerker/, hidden: true }));
    await waitFor(() =>
      expect(
        api.callsTo('PUT', `/api/v1/admin/neighbourhoods/${WITTE_ID}/workers/${BRAM_ID}`),
      ).toHaveLength(1),
    );
  });

  it('lets a municipality serve the neighbourhood, offering only the kinds that can', async () => {
    const user = userEvent.setup();
    const GEMEENTE_ID = '0193a1b2-0000-7000-8000-0000000000e5';
    const LINDE_ID = '0193a1b2-0000-7000-8000-0000000000e6';
    const SERVED: Neighbourhood = {
      ...WITTE,
      service_organisations: [
        { organisation_id: GEMEENTE_ID, name: 'Gemeente Utrecht', kind: 'municipality' },
      ],
    };
    const organisation = (id: string, name: string, kind: string) => ({
      id,
      name,
      kind,
      country: 'NL',
    });
    const api = render(`/neighbourhoods/${WITTE_ID}`, {
      'GET /api/v1/admin/organisations': json({
        items: [
          organisation(GEMEENTE_ID, 'Gemeente Utrecht', 'municipality'),
          organisation(LINDE_ID, 'Zorggroep De Linde', 'care_organisation'),
        ],
        next_cursor: null,
      }),
      [`PUT /api/v1/admin/neighbourhoods/${WITTE_ID}/service-organisations/${GEMEENTE_ID}`]:
        json(SERVED),
      [`DELETE /api/v1/admin/neighbourhoods/${WITTE_ID}/service-organisations/${GEMEENTE_ID}`]:
        noContent(),
    });
    await screen.findByRole('heading', { level: 1, name: 'Wittevrouwen' });
    const card = screen.getByRole('region', { name: 'Gemeente en sociale dienst' });
    expect(card).toHaveTextContent('Nog geen gemeente of sociale dienst bedient deze buurt.');
    const field = within(card).getByRole('combobox', { name: /Gemeente of sociale dienst/ });
    await user.type(field, 'Ge');
    await user.click(
      await screen.findByRole('option', { name: 'Gemeente Utrecht (Gemeente)', hidden: true }),
    );
    // A care organisation is never offered.
    expect(screen.queryByRole('option', { name: /De Linde/, hidden: true })).toBeNull();
    await waitFor(() => expect(card).toHaveTextContent('Gemeente Utrecht · Gemeente'));
    expect(
      api.callsTo(
        'PUT',
        `/api/v1/admin/neighbourhoods/${WITTE_ID}/service-organisations/${GEMEENTE_ID}`,
      ),
    ).toHaveLength(1);
    await user.click(within(card).getByRole('button', { name: 'Gemeente Utrecht weghalen' }));
    await waitFor(() =>
      expect(
        api.callsTo(
          'DELETE',
          `/api/v1/admin/neighbourhoods/${WITTE_ID}/service-organisations/${GEMEENTE_ID}`,
        ),
      ).toHaveLength(1),
    );
  });
});
