import { json, problem, renderWithProviders, type StubCall } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../AppRoutes';
import { translations } from '../locales';
import { LINDE_ID, proApi } from '../test/proApi';
import type { Project, ProjectSummary, Shift } from './api';

const PROJECTS_API = `/api/v1/organisations/${LINDE_ID}/projects`;
const BLOESEM_ID = '0193a1b2-0000-7000-8000-0000000000b1';
const ANJER_ID = '0193a1b2-0000-7000-8000-0000000000b2';

const BLOESEM: ProjectSummary = {
  id: BLOESEM_ID,
  name: 'Woonvoorziening Bloesem',
  kind: 'residential',
  city: 'Utrecht',
  starts_on: '2026-01-01',
  ends_on: null,
  current: true,
  leader_name: 'Karin Smit',
  member_count: 2,
  i_am_member: true,
};
const ANJER: ProjectSummary = {
  ...BLOESEM,
  id: ANJER_ID,
  name: 'Dagbesteding Anjer',
  kind: 'day_care',
  ends_on: '2026-06-30',
  current: false,
  i_am_member: false,
};

const PROJECT: Project = {
  id: BLOESEM_ID,
  organisation_id: LINDE_ID,
  name: 'Woonvoorziening Bloesem',
  kind: 'residential',
  description: 'Twaalf appartementen met zorg op afroep.',
  address: {
    street: 'Lindelaan',
    house_number: '12',
    house_number_addition: 'A',
    postcode: '3511 AB',
    city: 'Utrecht',
  },
  starts_on: '2026-01-01',
  ends_on: null,
  current: true,
  leader: {
    id: '0193a1b2-0000-7000-8000-0000000000c1',
    name: 'Karin Smit',
    email: 'karin.smit@kring.demo',
    phone: '+31302345678',
  },
  members: [
    {
      membership_id: '0192f0c4-0000-7000-8000-0000000000a1',
      name: 'Paula Zorgprofessional',
      function_code: 100,
      function_on_business_card: null,
      email_services: true,
      contact_for_all_projects: false,
    },
    {
      membership_id: '0192f0c4-0000-7000-8000-0000000000a2',
      name: 'Sanne de Vries',
      function_code: 221,
      function_on_business_card: null,
      email_services: false,
      contact_for_all_projects: true,
    },
  ],
  i_am_member: true,
};

function shift(id: number, changes: Partial<Shift> = {}): Shift {
  return {
    id: `0193a1b2-0000-7000-8000-0000000001${String(id).padStart(2, '0')}`,
    works_on: '2026-12-08',
    starts_at: '07:00:00',
    ends_at: '15:30:00',
    break_minutes: 30,
    function: 'nurse',
    worker_name: 'Sanne Bakker',
    hours: '8.00',
    status: 'planned',
    ...changes,
  };
}

/** The projects API as the stub answers it: "mine" only Bloesem, "all" both. */
function projectsList(call: StubCall) {
  const view = new URLSearchParams(call.search).get('view');
  return json({ items: view === 'all' ? [BLOESEM, ANJER] : [BLOESEM], next_cursor: null });
}

function render(route: string, admin: boolean, routes = {}) {
  const api = proApi(
    { admin },
    {
      [`GET ${PROJECTS_API}`]: projectsList,
      [`GET ${PROJECTS_API}/${BLOESEM_ID}`]: json(PROJECT),
      [`GET ${PROJECTS_API}/${BLOESEM_ID}/shifts`]: (call: StubCall) => {
        const params = new URLSearchParams(call.search);
        if (params.get('when') === 'past') {
          return json({ items: [shift(9, { works_on: '2026-11-30' })], next_cursor: null });
        }
        if (params.get('cursor') === 'next') {
          return json({ items: [shift(3, { works_on: '2026-12-10' })], next_cursor: null });
        }
        return json({
          items: [
            shift(1, { starts_at: '22:00:00', ends_at: '07:00:00', hours: '8.50' }),
            shift(2, { status: 'cancelled', function: 'host' }),
          ],
          next_cursor: 'next',
        });
      },
      ...routes,
    },
  );
  return { api, ...renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch, route }) };
}

describe('the projects list', () => {
  it('shows an employee their own projects, without "all projects"', async () => {
    const { api } = render('/projects', false);
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn projecten' })).toBeVisible();
    const list = await screen.findByRole('list', { name: 'Projecten' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(1);
    const [row] = rows as [HTMLElement];
    expect(within(row).getByRole('link')).toHaveAttribute('href', `/projects/${BLOESEM_ID}`);
    expect(row).toHaveTextContent('Woonvoorziening · Utrecht');
    expect(row).toHaveTextContent('Projectleider: Karin Smit · 2 leden');
    expect(screen.queryByRole('radio', { name: 'Alle projecten' })).not.toBeInTheDocument();
    // Even asked for in the address, an employee's list stays theirs.
    expect(api.calls.every((call) => !call.search.includes('view=all'))).toBe(true);
  });

  it('lets a portal admin switch to all projects, the ended ones marked', async () => {
    const user = userEvent.setup();
    render('/projects', true);
    expect(await screen.findByRole('heading', { level: 1, name: 'Projecten' })).toBeVisible();
    await screen.findByRole('list', { name: 'Projecten' });
    expect(screen.getByRole('radio', { name: 'Mijn projecten' })).toBeChecked();
    await user.click(screen.getByText('Alle projecten'));
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Projecten' })).getAllByRole('listitem'),
      ).toHaveLength(2),
    );
    const [bloesem, anjer] = within(screen.getByRole('list', { name: 'Projecten' })).getAllByRole(
      'listitem',
    );
    expect(bloesem).toHaveTextContent('Lid');
    expect(anjer).toHaveTextContent('Afgelopen');
    expect(anjer).toHaveTextContent('Dagbesteding');
    expect(anjer).not.toHaveTextContent('Lid');
    expect(screen.getByTestId('projects-count')).toHaveTextContent('2 projecten');
  });

  it('says so when I am in no project', async () => {
    render('/projects', false, {
      [`GET ${PROJECTS_API}`]: json({ items: [], next_cursor: null }),
    });
    expect(await screen.findByText('U bent nog geen lid van een project.')).toBeVisible();
  });
});

describe('the project page', () => {
  it('shows details, the internal project leader, the members and the shifts', async () => {
    const user = userEvent.setup();
    render(`/projects/${BLOESEM_ID}`, false);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Woonvoorziening Bloesem' }),
    ).toBeVisible();
    const details = screen.getByRole('region', { name: 'Gegevens' });
    expect(details).toHaveTextContent('Lindelaan 12 A');
    expect(details).toHaveTextContent('3511 AB Utrecht');
    expect(details).toHaveTextContent('Lopend');
    const leadership = screen.getByRole('region', { name: 'Projectleiding' });
    expect(leadership).toHaveTextContent('Interne projectleider');
    expect(within(leadership).getByTestId('project-leader')).toHaveTextContent('Karin Smit');
    expect(within(leadership).getByRole('link', { name: 'karin.smit@kring.demo' })).toHaveAttribute(
      'href',
      'mailto:karin.smit@kring.demo',
    );
    await user.click(
      within(leadership).getByRole('button', { name: 'Stel een vraag over dit project' }),
    );
    expect(
      await screen.findByRole('dialog', { name: 'Vraag over Woonvoorziening Bloesem' }),
    ).toBeVisible();
    await user.keyboard('{Escape}');
    const members = screen.getByRole('region', { name: 'Leden' });
    expect(members).toHaveTextContent('Paula Zorgprofessional');
    expect(members).toHaveTextContent('Sanne de Vries');
    expect(within(members).getAllByText('E-mail diensten')).toHaveLength(1);
    await waitFor(() => expect(members).toHaveTextContent('Planner'));

    const shifts = screen.getByRole('region', { name: 'Diensten' });
    const upcoming = await within(shifts).findByRole('list', { name: 'Komende diensten' });
    const rows = within(upcoming).getAllByRole('listitem');
    expect(rows[0]).toHaveTextContent('22:00–07:00 (volgende dag)');
    expect(rows[0]).toHaveTextContent('Verpleegkundige · Sanne Bakker');
    expect(rows[0]).toHaveTextContent('8,5 uur · pauze 30 min');
    expect(rows[1]).toHaveTextContent('Gastvrouw/-heer');
    expect(rows[1]).toHaveTextContent('Geannuleerd');
    await user.click(within(shifts).getByRole('button', { name: 'Meer laden' }));
    await waitFor(() => expect(within(upcoming).getAllByRole('listitem')).toHaveLength(3));
    expect(within(shifts).queryByRole('button', { name: 'Meer laden' })).not.toBeInTheDocument();

    await user.click(within(shifts).getByText('Gewerkte diensten'));
    const past = await within(shifts).findByRole('list', { name: 'Gewerkte diensten' });
    expect(within(past).getAllByRole('listitem')).toHaveLength(1);
  });

  it('says a project out of reach is not found', async () => {
    const other = '0193a1b2-0000-7000-8000-0000000000ff';
    render(`/projects/${other}`, false, {
      [`GET ${PROJECTS_API}/${other}`]: problem(404, { detail: 'Not found.' }),
    });
    expect(
      await screen.findByText('Dit project bestaat niet, of u bent er geen lid van.'),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Terug naar de projecten' })).toHaveAttribute(
      'href',
      '/projects',
    );
  });
});
