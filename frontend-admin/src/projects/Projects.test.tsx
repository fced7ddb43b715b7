import {
  json,
  noContent,
  problem,
  renderWithProviders,
  stubApi,
  type StubAnswer,
  type StubCall,
} from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { translations } from '../locales';
import { LINDE, staffMember, TASKS } from '../test/adminApi';
import { ConsoleWithAddress } from '../test/ConsoleWithAddress';
import type { StaffProject, StaffProjectSummary, StaffShift } from './api';

const PROJECT_ID = '0193a1b2-0000-7000-8000-0000000000b1';
const KARIN_ID = '0190d5a4-0000-7000-8000-0000000000ad';
const CAS_ID = '0192f0c4-0000-7000-8000-0000000000c4';
const PAULA_ID = '0192f0c4-0000-7000-8000-0000000000c5';

const SUMMARY: StaffProjectSummary = {
  id: PROJECT_ID,
  name: 'Woonvoorziening Bloesem',
  kind: 'residential',
  city: 'Utrecht',
  starts_on: '2026-01-01',
  ends_on: null,
  current: true,
  leader_name: 'Karin Smit',
  member_count: 1,
  i_am_member: false,
  organisation_id: LINDE.id,
  organisation_name: 'Zorggroep De Linde',
  leader_id: KARIN_ID,
};

const PROJECT: StaffProject = {
  id: PROJECT_ID,
  organisation_id: LINDE.id,
  organisation_name: 'Zorggroep De Linde',
  name: 'Woonvoorziening Bloesem',
  kind: 'residential',
  description: null,
  address: null,
  starts_on: '2026-01-01',
  ends_on: null,
  current: true,
  leader: { id: KARIN_ID, name: 'Karin Smit', email: 'karin@kring.demo', phone: null },
  members: [
    {
      membership_id: CAS_ID,
      name: 'Cas Jansen',
      function_code: null,
      function_on_business_card: null,
      email_services: true,
      contact_for_all_projects: false,
    },
  ],
  i_am_member: false,
};

const SHIFT: StaffShift = {
  id: '0193a1b2-0000-7000-8000-0000000001a1',
  works_on: '2026-12-08',
  starts_at: '22:00:00',
  ends_at: '07:00:00',
  break_minutes: 30,
  function: 'nurse',
  worker_name: 'Sanne Bakker',
  hours: '8.50',
  status: 'planned',
  hourly_rate_cents: 5200,
  note: null,
  invoiced: false,
  confirmed_at: null,
};

/** Karin, a care manager: she views and manages projects. */
function careManager() {
  return {
    ...staffMember('advisor'),
    first_name: 'Karin',
    last_name: 'Smit',
    staff_role: 'care_manager',
    staff_tasks: [
      ...TASKS.verifier.slice(0, 5),
      'view_dossiers',
      'view_projects',
      'manage_projects',
    ],
  };
}

function render(route: string, routes: Record<string, StubAnswer> = {}, me = careManager()) {
  const api = stubApi({
    'GET /api/v1/me': () => json(me),
    'GET /api/v1/admin/projects': json({ items: [SUMMARY], next_cursor: null }),
    [`GET /api/v1/admin/projects/${PROJECT_ID}`]: json(PROJECT),
    [`GET /api/v1/admin/projects/${PROJECT_ID}/shifts`]: json({
      items: [SHIFT],
      next_cursor: null,
    }),
    'GET /api/v1/admin/care-managers': json([
      { id: KARIN_ID, name: 'Karin Smit', email: 'karin@kring.demo' },
    ]),
    [`GET /api/v1/admin/organisations/${LINDE.id}/members`]: json({
      items: [
        { id: CAS_ID, full_name: 'Cas Jansen', email: 'cas@linde.demo' },
        { id: PAULA_ID, full_name: 'Paula de Wit', email: 'paula@linde.demo' },
      ],
      next_cursor: null,
    }),
    ...routes,
  });
  renderWithProviders(<ConsoleWithAddress />, { translations, fetch: api.fetch, route });
  return api;
}

const where = () => screen.getByTestId('where').textContent;

describe('projects in the staff console', { timeout: 30_000 }, () => {
  it('shows a care manager the projects they lead first, from the menu', async () => {
    const user = userEvent.setup();
    const api = render('/');
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    await user.click(await within(nav).findByRole('link', { name: 'Projecten' }));
    const list = await screen.findByRole('list', { name: 'Projecten' });
    const [row] = within(list).getAllByRole('listitem') as [HTMLElement];
    expect(within(row).getByRole('link', { name: 'Woonvoorziening Bloesem' })).toHaveAttribute(
      'href',
      `/projects/${PROJECT_ID}`,
    );
    expect(row).toHaveTextContent('Zorggroep De Linde · Woonvoorziening · Utrecht');
    expect(row).toHaveTextContent('Projectleider: Karin Smit · 1 lid');
    const mine = screen.getByRole('checkbox', { name: 'Alleen projecten die ik leid' });
    expect(mine).toBeChecked();
    const query = () =>
      new URLSearchParams(api.callsTo('GET', '/api/v1/admin/projects').at(-1)?.search);
    expect(query().get('mine')).toBe('true');
    await user.click(mine);
    await waitFor(() => expect(where()).toBe('/projects?mine=0'));
    await waitFor(() => expect(query().get('mine')).toBeNull());
    expect(screen.getByRole('link', { name: 'Nieuw project' })).toHaveAttribute(
      'href',
      '/projects/new',
    );
  });

  it('creates a project, the API refusal shown on its field', async () => {
    const user = userEvent.setup();
    let answer: Response = problem(422, {
      errors: [
        { field: 'leader_id', message: 'Kies een actieve medewerker met de rol zorgmanager.' },
      ],
    });
    const api = render(`/projects/new`, {
      'POST /api/v1/admin/projects': () => answer,
      'GET /api/v1/admin/organisations': json({
        items: [{ ...LINDE, kind: 'umbrella' }],
        next_cursor: null,
      }),
    });
    await screen.findByRole('heading', { level: 1, name: 'Nieuw project' });
    await user.click(screen.getByRole('button', { name: 'Project aanmaken' }));
    expect(await screen.findByText('Kies de organisatie.')).toBeInTheDocument();
    expect(screen.getByText('Geef het project een naam.')).toBeInTheDocument();

    await user.type(screen.getByRole('combobox', { name: /Organisatie/ }), 'Linde');
    await user.click(
      await screen.findByRole('option', { name: /Zorggroep De Linde/, hidden: true }),
    );
    await user.type(screen.getByRole('textbox', { name: /Naam/ }), 'Dagbesteding Anjer');
    await user.selectOptions(screen.getByLabelText(/Soort project/), 'day_care');
    await user.type(screen.getByLabelText(/Startdatum/), '2026-12-01');
    await user.type(screen.getByRole('textbox', { name: /Straat/ }), 'Lindelaan');
    await user.click(screen.getByRole('button', { name: 'Project aanmaken' }));
    expect(await screen.findAllByText('Vul het hele adres in, of laat het leeg.')).toHaveLength(3);
    await user.clear(screen.getByRole('textbox', { name: /Straat/ }));
    await user.click(screen.getByRole('combobox', { name: /Interne projectleider/ }));
    await user.click(await screen.findByRole('option', { name: 'Karin Smit', hidden: true }));
    await user.click(screen.getByRole('button', { name: 'Project aanmaken' }));
    expect(
      await screen.findAllByText('Kies een actieve medewerker met de rol zorgmanager.'),
    ).not.toHaveLength(0);

    answer = json(PROJECT, 201);
    await user.click(screen.getByRole('button', { name: 'Project aanmaken' }));
    await waitFor(() => expect(where()).toBe(`/projects/${PROJECT_ID}`));
    const [, sent] = api.callsTo('POST', '/api/v1/admin/projects');
    expect(sent?.body).toEqual({
      organisation_id: LINDE.id,
      name: 'Dagbesteding Anjer',
      kind: 'day_care',
      description: null,
      address: null,
      starts_on: '2026-12-01',
      ends_on: null,
      leader_id: KARIN_ID,
    });
    expect(await screen.findByText('Het project is aangemaakt.')).toBeInTheDocument();
  });

  it('adds and removes members of the project', async () => {
    const user = userEvent.setup();
    const api = render(`/projects/${PROJECT_ID}`, {
      [`PUT /api/v1/admin/projects/${PROJECT_ID}/members/${PAULA_ID}`]: noContent(),
      [`DELETE /api/v1/admin/projects/${PROJECT_ID}/members/${CAS_ID}`]: noContent(),
    });
    const members = await screen.findByRole('region', { name: 'Leden' });
    expect(members).toHaveTextContent('Cas Jansen');
    expect(members).toHaveTextContent('E-mail diensten');
    await user.click(
      within(members).getByRole('button', { name: 'Cas Jansen uit het project verwijderen' }),
    );
    await waitFor(() =>
      expect(
        api.callsTo('DELETE', `/api/v1/admin/projects/${PROJECT_ID}/members/${CAS_ID}`),
      ).toHaveLength(1),
    );
    await user.click(within(members).getByRole('combobox', { name: 'Contactpersoon toevoegen' }));
    // Cas is a member already: only Paula is offered.
    expect(
      screen.queryByRole('option', { name: /Cas Jansen/, hidden: true }),
    ).not.toBeInTheDocument();
    await user.click(await screen.findByRole('option', { name: /Paula de Wit/, hidden: true }));
    await user.click(within(members).getByRole('button', { name: 'Toevoegen' }));
    await waitFor(() =>
      expect(
        api.callsTo('PUT', `/api/v1/admin/projects/${PROJECT_ID}/members/${PAULA_ID}`),
      ).toHaveLength(1),
    );
  });

  it('finds a contact person beyond the first page by searching on the server', async () => {
    const user = userEvent.setup();
    const ZOE_ID = '0190d5a4-0000-7000-8000-0000000000f1';
    const api = render(`/projects/${PROJECT_ID}`, {
      [`GET /api/v1/admin/organisations/${LINDE.id}/members`]: (call: StubCall) =>
        new URLSearchParams(call.search).get('q') === 'zoë'
          ? json({ items: [{ id: ZOE_ID, full_name: 'Zoë Zwart', email: 'zoe@linde.demo' }] })
          : json({
              items: [{ id: PAULA_ID, full_name: 'Paula de Wit', email: 'paula@linde.demo' }],
              next_cursor: 'more',
            }),
      [`PUT /api/v1/admin/projects/${PROJECT_ID}/members/${ZOE_ID}`]: noContent(),
    });
    const members = await screen.findByRole('region', { name: 'Leden' });
    const picker = within(members).getByRole('combobox', { name: 'Contactpersoon toevoegen' });
    expect(await within(members).findByText(/Niet iedereen staat in de lijst/)).toBeInTheDocument();
    await user.type(picker, 'zoë');
    await user.click(await screen.findByRole('option', { name: /Zoë Zwart/, hidden: true }));
    await user.click(within(members).getByRole('button', { name: 'Toevoegen' }));
    await waitFor(() =>
      expect(
        api.callsTo('PUT', `/api/v1/admin/projects/${PROJECT_ID}/members/${ZOE_ID}`),
      ).toHaveLength(1),
    );
    const searches = api
      .callsTo('GET', `/api/v1/admin/organisations/${LINDE.id}/members`)
      .map((call) => new URLSearchParams(call.search));
    expect(searches.every((params) => params.get('limit') === '20')).toBe(true);
  });

  it('plans a shift, and confirms one saying the mails go out', async () => {
    const user = userEvent.setup();
    const api = render(`/projects/${PROJECT_ID}`, {
      [`POST /api/v1/admin/projects/${PROJECT_ID}/shifts`]: (call: StubCall) =>
        json({ ...SHIFT, ...(call.body as object) }, 201),
      [`POST /api/v1/admin/shifts/${SHIFT.id}/confirm`]: json({
        ...SHIFT,
        status: 'confirmed',
        mails_queued: 2,
      }),
    });
    const shifts = await screen.findByRole('region', { name: 'Diensten' });
    const list = await within(shifts).findByRole('list', { name: 'Komende diensten' });
    const [row] = within(list).getAllByRole('listitem') as [HTMLElement];
    expect(row).toHaveTextContent('22:00–07:00 (volgende dag)');
    expect(row).toHaveTextContent('Verpleegkundige · Sanne Bakker');
    expect(row).toHaveTextContent('8,5 uur · pauze 30 min');

    await user.click(within(row).getByRole('button', { name: 'Bevestigen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Dienst bevestigen' });
    expect(dialog).toHaveTextContent("krijgen de leden van het project met 'E-mail diensten' aan");
    await user.click(within(dialog).getByRole('button', { name: 'Bevestigen' }));
    expect(
      await screen.findByText(
        'De dienst is bevestigd; 2 dienstbevestigingen gaan per e-mail de deur uit.',
      ),
    ).toBeInTheDocument();

    await user.click(within(shifts).getByRole('button', { name: 'Dienst toevoegen' }));
    const form = await screen.findByRole('dialog', { name: /Dienst toevoegen aan/ });
    await user.type(within(form).getByLabelText(/Datum/), '2026-12-09');
    await user.selectOptions(within(form).getByRole('combobox', { name: /Functie/ }), 'carer');
    await user.type(within(form).getByLabelText(/Begintijd/), '23:30');
    await user.type(within(form).getByLabelText(/Eindtijd/), '00:30');
    await user.clear(within(form).getByLabelText(/Pauze/));
    await user.type(within(form).getByLabelText(/Pauze/), '60');
    await user.type(within(form).getByRole('textbox', { name: /Medewerker/ }), 'Joris');
    await user.click(within(form).getByRole('button', { name: 'Dienst toevoegen' }));
    expect(await within(form).findAllByText('De pauze is korter dan de dienst.')).not.toHaveLength(
      0,
    );
    await user.clear(within(form).getByLabelText(/Pauze/));
    await user.type(within(form).getByLabelText(/Pauze/), '15');
    await user.type(within(form).getByRole('textbox', { name: /Uurtarief/ }), '48,50');
    await user.click(within(form).getByRole('button', { name: 'Dienst toevoegen' }));
    await waitFor(() =>
      expect(api.callsTo('POST', `/api/v1/admin/projects/${PROJECT_ID}/shifts`)).toHaveLength(1),
    );
    expect(api.callsTo('POST', `/api/v1/admin/projects/${PROJECT_ID}/shifts`)[0]?.body).toEqual({
      works_on: '2026-12-09',
      starts_at: '23:30',
      ends_at: '00:30',
      break_minutes: 15,
      function: 'carer',
      worker_name: 'Joris',
      hourly_rate_cents: 4850,
      note: null,
    });
    expect(await screen.findByText('De dienst is gepland.')).toBeInTheDocument();
  });

  it('lets an advisor read a project but not change it', async () => {
    render(
      `/projects/${PROJECT_ID}`,
      {},
      {
        ...staffMember('advisor'),
        staff_tasks: [...TASKS.advisor, 'view_projects'],
      },
    );
    await screen.findByRole('heading', { level: 1, name: 'Woonvoorziening Bloesem' });
    await screen.findByRole('list', { name: 'Komende diensten' });
    expect(screen.queryByRole('button', { name: 'Gegevens wijzigen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Dienst toevoegen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Bevestigen' })).not.toBeInTheDocument();
  });
});
