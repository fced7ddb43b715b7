import { json, renderWithProviders } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AccessLogEntry, Dossier, DossierSummary } from '../api/dossiers';
import { AppRoutes } from '../AppRoutes';
import { translations } from '../locales';
import { staffApi } from '../test/adminApi';

const TRUUS_ID = '0192f0c4-0000-7000-8000-0000000d0551';
const SUMMARY: DossierSummary = {
  id: TRUUS_ID,
  help_seeker_name: 'Truus de Vries',
  city: 'Utrecht',
  status: 'searching',
  created_at: '2026-12-01T09:00:00Z',
  completed_steps: ['who', 'help', 'when', 'bank', 'terms'],
  my_role: 'staff',
};
const TRUUS = {
  id: TRUUS_ID,
  status: 'searching',
  manager: { id: '0192f0c4-0000-7000-8000-0000000b0001', name: 'Bram Buurtwerker' },
  who: {
    first_name: 'Truus',
    name_prefix: 'de',
    last_name: 'Vries',
    birth_year: 1941,
    address: {
      street: 'Oudegracht',
      house_number: '12',
      house_number_addition: null,
      postcode: '3511 AB',
      city: 'Utrecht',
    },
    located: true,
    languages: ['nl'],
    phone: '+31301234567',
    email: null,
  },
  help: { skills: [{ id: 's1', name: 'Boodschappen doen' }], text: 'Graag op dinsdag.' },
  when: { day_parts: { tuesday: ['morning'] }, how_often: 'weekly', starts_on: '2026-12-08' },
  history: [
    {
      at: '2026-12-01T09:00:00Z',
      from_status: null,
      to_status: 'draft',
      by_name: 'Bram Buurtwerker',
      reason: null,
    },
    {
      at: '2026-12-02T09:00:00Z',
      from_status: 'awaiting_payment',
      to_status: 'searching',
      by_name: null,
      reason: null,
    },
  ],
  paid: true,
} as unknown as Dossier;
const LOG: AccessLogEntry[] = [
  {
    at: '2026-12-06T09:00:00Z',
    action: 'dossier.viewed',
    who_name: 'Victor Verificateur',
    who_role: 'verifier',
    ip: '10.0.0.7',
  },
  {
    at: '2026-12-05T09:00:00Z',
    action: 'dossier.changed',
    who_name: 'Bram Buurtwerker',
    who_role: 'manager',
    ip: null,
  },
];

describe('dossiers in the staff console', { timeout: 20_000 }, () => {
  it('finds a dossier by name and shows it with who looked at it', async () => {
    const user = userEvent.setup();
    const api = staffApi('verifier', {
      'GET /api/v1/admin/dossiers': json({ items: [SUMMARY], next_cursor: null }),
      [`GET /api/v1/admin/dossiers/${TRUUS_ID}`]: json(TRUUS),
      [`GET /api/v1/admin/dossiers/${TRUUS_ID}/access-log`]: json({
        items: LOG,
        next_cursor: null,
      }),
    });
    renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch, route: '/' });
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    await user.click(await within(nav).findByRole('link', { name: 'Dossiers' }));
    await user.type(await screen.findByLabelText('Naam van de hulpvrager'), 'truus');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    await waitFor(() =>
      expect(
        new URLSearchParams(api.callsTo('GET', '/api/v1/admin/dossiers').at(-1)?.search).get('q'),
      ).toBe('truus'),
    );
    await user.click(await screen.findByRole('link', { name: 'Truus de Vries' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Truus de Vries' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Beheerd door Bram Buurtwerker')).toBeInTheDocument();
    expect(screen.getByText('Boodschappen doen')).toBeInTheDocument();
    const log = await screen.findByRole('table', { name: 'Wie keek in dit dossier' });
    const rows = within(log).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Victor Verificateur');
    expect(rows[0]).toHaveTextContent('Kring: verificateur');
    expect(rows[0]).toHaveTextContent('dossier bekeken');
    expect(rows[1]).toHaveTextContent('beheerder van het dossier');
  });

  it('is not in the menu of a branch member', async () => {
    const api = staffApi('branch');
    renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch, route: '/' });
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    await within(nav).findByRole('link', { name: 'Start' });
    expect(within(nav).queryByRole('link', { name: 'Dossiers' })).not.toBeInTheDocument();
  });
});
