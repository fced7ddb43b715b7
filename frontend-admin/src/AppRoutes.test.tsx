import { ANNA, json, problem, stubApi } from '@kring/common/test-utils';
import { renderWithProviders } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from './AppRoutes';
import { translations } from './locales';
import { staffApi } from './test/adminApi';

const menu = () => screen.getByRole('navigation', { name: 'Hoofdmenu' });

describe('staff console', () => {
  it('sends a visitor who is not signed in to the log-in page, for staff accounts', async () => {
    const api = stubApi({});
    renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch });
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(screen.getByText(/Kring maakt accounts voor medewerkers aan/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /account aanmaken/i })).not.toBeInTheDocument();
  });

  it('tells a signed-in person who is not staff what the console is for', async () => {
    const api = stubApi({ 'GET /api/v1/me': json({ ...ANNA, staff_tasks: [], memberships: [] }) });
    renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch });
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Deze console is voor medewerkers van Kring',
      }),
    ).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'Hulp vragen' })).toHaveAttribute(
      'href',
      '/partner/',
    );
    // Nothing of the console: no menu entries, and no staff list was asked for.
    expect(within(menu()).queryByRole('link', { name: 'Mensen' })).not.toBeInTheDocument();
    expect(api.calls.filter((call) => call.path.startsWith('/api/v1/admin'))).toEqual([]);
  });

  it('shows an advisor the people menu and every queue of their role', async () => {
    const api = staffApi('advisor', {
      'GET /api/v1/admin/providers': (call) =>
        json({
          items: call.search.includes('vog=waiting') ? [{}, {}, {}] : [{}],
          next_cursor: null,
        }),
      'GET /api/v1/admin/provider-response-times': json({
        items: [{ overdue: 2 }, { overdue: 5 }],
        next_cursor: 'more',
      }),
    });
    renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Goed je te zien, Ada Adviseur' }),
    ).toBeInTheDocument();
    expect(within(menu()).getByRole('link', { name: 'Mensen' })).toHaveAttribute('href', '/people');

    const overdue = screen.getByRole('region', { name: 'Te late contactverzoeken' });
    expect(await within(overdue).findByText('7+')).toBeInTheDocument();
    const waiting = screen.getByRole('region', { name: "Te controleren VOG's" });
    expect(await within(waiting).findByText('3')).toBeInTheDocument();
  });

  it('hides what a branch member may not use, and never asks the API for it', async () => {
    const api = staffApi('branch');
    renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch });
    await screen.findByRole('heading', { level: 1, name: /Goed je te zien/ });
    expect(within(menu()).getByRole('link', { name: 'Start' })).toBeInTheDocument();
    expect(within(menu()).queryByRole('link', { name: 'Mensen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: "Te controleren VOG's" })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Te late contactverzoeken' })).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: /account van iemand zoeken/ }),
    ).not.toBeInTheDocument();
    await waitFor(() =>
      expect(api.callsTo('GET', '/api/v1/admin/promotion-requests')).toHaveLength(1),
    );
    expect(api.callsTo('GET', '/api/v1/admin/users')).toEqual([]);
  });

  it('says plainly when a branch member opens the people page from a link', async () => {
    const api = staffApi('branch', { 'GET /api/v1/admin/users': problem(403) });
    renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch, route: '/people' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Deze pagina hoort niet bij je rol' }),
    ).toBeInTheDocument();
    expect(api.callsTo('GET', '/api/v1/admin/users')).toEqual([]);
  });
});
