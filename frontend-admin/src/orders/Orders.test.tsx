import { json, renderWithProviders } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { translations } from '../locales';
import { LINDE, staffApi } from '../test/adminApi';
import { ConsoleWithAddress } from '../test/ConsoleWithAddress';
import { BRANCH_ID, HARTINGBANK_UTRECHT, LINDE_ID, ROLSTOEL, WLZ_BED } from './testData';

const where = () => screen.getByTestId('where').textContent;
const lastQuery = (api: ReturnType<typeof staffApi>) =>
  new URLSearchParams(api.callsTo('GET', '/api/v1/admin/orders').at(-1)?.search);

describe('orders in the staff console', { timeout: 30_000 }, () => {
  it('lists a branch member the orders with their status and the Wlz marker', async () => {
    const user = userEvent.setup();
    const api = staffApi('branch', {
      'GET /api/v1/admin/orders': json({ items: [ROLSTOEL, WLZ_BED], next_cursor: null }),
    });
    renderWithProviders(<ConsoleWithAddress />, { translations, fetch: api.fetch, route: '/' });
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    await user.click(await within(nav).findByRole('link', { name: 'Orders' }));

    const list = await screen.findByRole('list', { name: 'Orders' });
    const [first, second] = within(list).getAllByRole('listitem') as [HTMLElement, HTMLElement];
    expect(within(first).getByRole('link', { name: 'HB-2026-000123' })).toHaveAttribute(
      'href',
      `/orders/${ROLSTOEL.id}`,
    );
    expect(first).toHaveTextContent('Huur (levering)');
    expect(first).toHaveTextContent('Ontvangen');
    expect(first).toHaveTextContent('Cliënt: Truus de Vries');
    expect(first).toHaveTextContent('HB-1024 · Rolstoel standaard');
    expect(first).toHaveTextContent('met Plankzitting met AD-kussen');
    expect(first).toHaveTextContent('Zorggroep De Linde · HartingBank Utrecht');
    expect(first).not.toHaveTextContent('Wlz');
    expect(second).toHaveTextContent('Ingepland');
    expect(second).toHaveTextContent('Wlz: wacht op handtekening');
    expect(second).toHaveTextContent(/ingepland op/);
    expect(screen.getByRole('status')).toHaveTextContent('2 orders getoond');
    // The first page only, and no button for a next one that is not there.
    expect(screen.queryByRole('button', { name: 'Meer orders tonen' })).not.toBeInTheDocument();
    expect(lastQuery(api).get('cursor')).toBeNull();
  });

  it('filters by status, kind and search, each in the address and the API call', async () => {
    const user = userEvent.setup();
    const api = staffApi('advisor', {
      'GET /api/v1/admin/orders': json({ items: [ROLSTOEL], next_cursor: null }),
    });
    renderWithProviders(<ConsoleWithAddress />, {
      translations,
      fetch: api.fetch,
      route: '/orders',
    });
    await screen.findByRole('list', { name: 'Orders' });

    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Ingepland', hidden: true }));
    await waitFor(() => expect(where()).toBe('/orders?status=planned'));
    await waitFor(() => expect(lastQuery(api).get('status')).toBe('planned'));

    await user.click(screen.getByRole('combobox', { name: 'Soort' }));
    await user.click(await screen.findByRole('option', { name: 'Reparatie', hidden: true }));
    await waitFor(() => expect(where()).toBe('/orders?status=planned&kind=repair'));

    await user.type(screen.getByLabelText('Cliënt, ordernummer of hulpmiddel'), 'truus');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    await waitFor(() => expect(where()).toBe('/orders?status=planned&kind=repair&q=truus'));
    await waitFor(() => {
      const query = lastQuery(api);
      expect([query.get('status'), query.get('kind'), query.get('q')]).toEqual([
        'planned',
        'repair',
        'truus',
      ]);
    });

    // Clearing a filter takes it out of the address and the call.
    const status = screen.getByRole('combobox', { name: 'Status' });
    await user.click(
      within(status.parentElement as HTMLElement).getByRole('button', { hidden: true }),
    );
    await waitFor(() => expect(where()).toBe('/orders?kind=repair&q=truus'));
    await waitFor(() => expect(lastQuery(api).get('status')).toBeNull());
  });

  it('filters by organisation and branch from a link, showing them by name', async () => {
    const api = staffApi('advisor', {
      'GET /api/v1/admin/orders': json({ items: [], next_cursor: null }),
      [`GET /api/v1/admin/organisations/${LINDE_ID}`]: json(LINDE),
      [`GET /api/v1/admin/organisations/${BRANCH_ID}`]: json(HARTINGBANK_UTRECHT),
      'GET /api/v1/admin/organisations': json({ items: [], next_cursor: null }),
    });
    renderWithProviders(<ConsoleWithAddress />, {
      translations,
      fetch: api.fetch,
      route: `/orders?organisation=${LINDE_ID}&branch=${BRANCH_ID}&status=nonsense`,
    });
    expect(
      await screen.findByText('Geen orders met deze filters. Haal een filter weg of zoek anders.'),
    ).toBeInTheDocument();
    const query = lastQuery(api);
    expect(query.get('organisation')).toBe(LINDE_ID);
    expect(query.get('branch')).toBe(BRANCH_ID);
    // A status the console does not know is no filter.
    expect(query.get('status')).toBeNull();
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Organisatie' })).toHaveValue(
        'Zorggroep De Linde (Koepelorganisatie)',
      ),
    );
    expect(screen.getByRole('combobox', { name: 'Vestiging' })).toHaveValue(
      'HartingBank Utrecht (Vestiging van de leverancier)',
    );
  });

  it('loads the next page under the first with "show more"', async () => {
    const user = userEvent.setup();
    const later = {
      ...WLZ_BED,
      id: '0192f0c4-0000-7000-8000-00000000a0ff',
      number: 'HB-2026-0099',
    };
    const api = staffApi('branch', {
      'GET /api/v1/admin/orders': (call) =>
        new URLSearchParams(call.search).get('cursor') === 'page-2'
          ? json({ items: [later], next_cursor: null })
          : json({ items: [ROLSTOEL, WLZ_BED], next_cursor: 'page-2' }),
    });
    renderWithProviders(<ConsoleWithAddress />, {
      translations,
      fetch: api.fetch,
      route: '/orders?kind=rental',
    });
    await user.click(await screen.findByRole('button', { name: 'Meer orders tonen' }));
    expect(await screen.findByRole('link', { name: 'HB-2026-0099' })).toBeInTheDocument();
    // The first page stays on screen, the second comes under it, with the same filter.
    const list = screen.getByRole('list', { name: 'Orders' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByRole('status')).toHaveTextContent('3 orders getoond');
    expect(lastQuery(api).get('cursor')).toBe('page-2');
    expect(lastQuery(api).get('kind')).toBe('rental');
    expect(screen.queryByRole('button', { name: 'Meer orders tonen' })).not.toBeInTheDocument();
    expect(where()).toBe('/orders?kind=rental');
  });

  it('shows the new orders on the start page of a branch member', async () => {
    const api = staffApi('branch', {
      'GET /api/v1/admin/orders': json({ items: [ROLSTOEL], next_cursor: null }),
    });
    renderWithProviders(<ConsoleWithAddress />, { translations, fetch: api.fetch, route: '/' });
    const card = await screen.findByRole('region', { name: 'Nieuwe orders' });
    expect(await within(card).findByText('1')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'De nieuwe orders bekijken' })).toHaveAttribute(
      'href',
      '/orders?status=received',
    );
    expect(lastQuery(api).get('status')).toBe('received');
  });

  it('is not in the menu of a verifier, whose role has no orders', async () => {
    const api = staffApi('verifier');
    renderWithProviders(<ConsoleWithAddress />, { translations, fetch: api.fetch, route: '/' });
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    await within(nav).findByRole('link', { name: 'Start' });
    expect(within(nav).queryByRole('link', { name: 'Orders' })).not.toBeInTheDocument();
    expect(api.callsTo('GET', '/api/v1/admin/orders')).toEqual([]);
  });
});
