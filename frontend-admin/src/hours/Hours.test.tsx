import { json, renderWithProviders, type StubCall } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Dossier, StaffEngagement } from '../api/dossiers';
import type { DossierHours, HoursEntry, OverdueDossier } from '../api/hours';
import { AppRoutes } from '../AppRoutes';
import { translations } from '../locales';
import { ConsoleWithAddress } from '../test/ConsoleWithAddress';
import { staffApi } from '../test/adminApi';

const TRUUS_ID = '0192f0c4-0000-7000-8000-0000000d0551';
const ENGAGEMENT_ID = '0192f0c4-0000-7000-8000-0000000e1001';

const OVERDUE: OverdueDossier[] = [
  {
    dossier_id: TRUUS_ID,
    help_seeker_first_name: 'Truus',
    manager_name: 'Bram Buurtwerker',
    manager_email: 'bram@buurtwerk.example',
    oldest_work_date: '2026-10-05',
    entries: 3,
    minutes: 390,
  },
  {
    dossier_id: '0192f0c4-0000-7000-8000-0000000d0552',
    help_seeker_first_name: 'Kees',
    manager_name: 'Sanne Sociaal',
    manager_email: 'sanne@wijkteam.example',
    oldest_work_date: '2026-11-02',
    entries: 1,
    minutes: 45,
  },
];

const TRUUS = {
  id: TRUUS_ID,
  status: 'matched',
  manager: { id: '0192f0c4-0000-7000-8000-0000000b0001', name: 'Bram Buurtwerker' },
  who: {
    first_name: 'Truus',
    name_prefix: 'de',
    last_name: 'Vries',
    birth_year: 1941,
    address: null,
    located: true,
    languages: ['nl'],
    phone: null,
    email: null,
  },
  help: { skills: [], text: '' },
  when: { day_parts: {}, how_often: 'weekly', starts_on: null },
  history: [],
  paid: true,
} as unknown as Dossier;

const ENGAGEMENT = {
  id: ENGAGEMENT_ID,
  dossier_id: TRUUS_ID,
  status: 'active',
  started_at: '2026-09-14T10:00:00Z',
  helper: { id: 'h1', first_name: 'Anna', last_name: 'Bakker', email: 'a@x.example' },
  end_reason: null,
  pause_reason: null,
} as unknown as StaffEngagement;

function entry(overrides: Partial<HoursEntry>): HoursEntry {
  return {
    id: overrides.work_date ?? 'x',
    engagement_id: ENGAGEMENT_ID,
    dossier_id: TRUUS_ID,
    helper_first_name: 'Anna',
    help_seeker_first_name: 'Truus',
    work_date: '2026-10-05',
    starts_at: '09:00:00',
    ends_at: '12:00:00',
    break_minutes: 0,
    minutes: 180,
    note: '',
    hourly_rate_cents: 1650,
    amount_cents: 4950,
    status: 'submitted',
    corrects_entry_id: null,
    decided_at: null,
    decided_by_name: null,
    reject_reason: null,
    paid: false,
    created_at: '2026-10-05T12:00:00Z',
    ...overrides,
  };
}

function month(name: string, entries: HoursEntry[], waiting: string[]): DossierHours {
  const sum = (status: HoursEntry['status']) => {
    const of = entries.filter((item) => item.status === status);
    return {
      entries: of.length,
      minutes: of.reduce((total, item) => total + item.minutes, 0),
      amount_cents: of.reduce((total, item) => total + (item.amount_cents ?? 0), 0),
    };
  };
  return {
    month: name,
    entries,
    waiting: sum('submitted'),
    approved: sum('approved'),
    months_waiting: waiting,
    may_approve: false,
  };
}

const OCTOBER = month(
  '2026-10',
  [
    entry({ work_date: '2026-10-05' }),
    entry({
      work_date: '2026-10-06',
      status: 'rejected',
      reject_reason: 'Tot 11 uur.',
      decided_at: '2026-10-07T09:00:00Z',
      decided_by_name: 'Bram Buurtwerker',
    }),
    entry({
      work_date: '2026-10-01',
      status: 'approved',
      decided_at: '2026-10-02T09:00:00Z',
      decided_by_name: 'Bram Buurtwerker',
    }),
  ],
  ['2026-10'],
);

const monthAsked = (call: StubCall) => new URLSearchParams(call.search).get('month');

describe('hours in the staff console', { timeout: 20_000 }, () => {
  it('lists the dossiers whose hours are overdue, from the menu, with whom to call', async () => {
    const user = userEvent.setup();
    const api = staffApi('advisor', { 'GET /api/v1/admin/hours/overdue': json(OVERDUE) });
    renderWithProviders(<ConsoleWithAddress />, { translations, fetch: api.fetch, route: '/' });
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    await user.click(await within(nav).findByRole('link', { name: 'Uren te laat' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Uren te laat' })).toBeVisible();
    expect(screen.getByTestId('where')).toHaveTextContent('/hours/overdue');
    const table = await screen.findByRole('table', { name: 'Dossiers met uren die te laat zijn' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Bram Buurtwerker');
    expect(rows[0]).toHaveTextContent(/ma 5 okt.* 2026/);
    expect(rows[0]).toHaveTextContent('6 u 30 min');
    expect(within(rows[0] as HTMLElement).getByRole('link', { name: 'Truus' })).toHaveAttribute(
      'href',
      `/dossiers/${TRUUS_ID}`,
    );
    expect(
      within(rows[1] as HTMLElement).getByRole('link', { name: 'sanne@wijkteam.example' }),
    ).toHaveAttribute('href', 'mailto:sanne@wijkteam.example');
    expect(rows[1]).toHaveTextContent('45 min');
    expect(
      new URLSearchParams(api.callsTo('GET', '/api/v1/admin/hours/overdue')[0]?.search).get(
        'limit',
      ),
    ).toBe('100');
  });

  it('says so when nothing is overdue', async () => {
    const api = staffApi('verifier', { 'GET /api/v1/admin/hours/overdue': json([]) });
    renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch, route: '/hours/overdue' });
    expect(await screen.findByText('Niets te laat')).toBeVisible();
  });

  it('is neither in the menu nor open to a branch member', async () => {
    const api = staffApi('branch');
    renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch, route: '/hours/overdue' });
    expect(await screen.findByTestId('not-allowed')).toBeVisible();
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    await within(nav).findByRole('link', { name: 'Start' });
    expect(within(nav).queryByRole('link', { name: 'Uren te laat' })).not.toBeInTheDocument();
    expect(api.callsTo('GET', '/api/v1/admin/hours/overdue')).toHaveLength(0);
  });

  it('shows a dossier’s hours read only, on the oldest month waiting, and other months', async () => {
    const user = userEvent.setup();
    const hoursPath = `/api/v1/admin/dossiers/${TRUUS_ID}/hours`;
    const api = staffApi('advisor', {
      [`GET /api/v1/admin/dossiers/${TRUUS_ID}`]: json(TRUUS),
      [`GET /api/v1/admin/dossiers/${TRUUS_ID}/access-log`]: json({ items: [], next_cursor: null }),
      [`GET /api/v1/admin/dossiers/${TRUUS_ID}/proposals`]: json([]),
      [`GET /api/v1/admin/dossiers/${TRUUS_ID}/engagements`]: json([ENGAGEMENT]),
      [`GET ${hoursPath}`]: (call) => {
        const asked = monthAsked(call);
        if (asked === '2026-10') return json(OCTOBER);
        if (asked === '2026-09') return json(month('2026-09', [], ['2026-10']));
        return json(month('2026-12', [], ['2026-10']));
      },
    });
    renderWithProviders(<AppRoutes />, {
      translations,
      fetch: api.fetch,
      route: `/dossiers/${TRUUS_ID}`,
    });
    const card = await screen.findByRole('region', { name: 'Uren' });
    const table = await within(card).findByRole('region', { name: 'Uren van oktober 2026' });
    expect(api.callsTo('GET', hoursPath).map(monthAsked)).toEqual([null, '2026-10']);
    expect(within(card).getByTestId('hours-waiting-total')).toHaveTextContent(
      '1 regel · 3 u · € 49,50',
    );
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[1]).toHaveTextContent('Afgekeurd');
    expect(rows[1]).toHaveTextContent('Reden: Tot 11 uur.');
    expect(rows[2]).toHaveTextContent('Goedgekeurd');
    expect(rows[2]).toHaveTextContent('Bram Buurtwerker, 2 oktober 2026');
    expect(within(card).queryByRole('button', { name: /Goedkeuren|Afkeuren/ })).toBeNull();

    await user.click(within(card).getByRole('button', { name: 'Vorige maand: september 2026' }));
    expect(await within(card).findByText('Geen uren in september 2026.')).toBeVisible();
    expect(api.callsTo('GET', hoursPath).map(monthAsked)).toContain('2026-09');
    // September is the first engagement's month: nothing before it.
    expect(
      within(card).getByRole('button', { name: 'Vorige maand: augustus 2026' }),
    ).toBeDisabled();
    await user.click(within(card).getByRole('button', { name: 'oktober 2026' }));
    await waitFor(() =>
      expect(within(card).getByTestId('hours-month')).toHaveTextContent('oktober 2026'),
    );
  });
});
