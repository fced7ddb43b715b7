import type { StubCall } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ZONNEHUIS_ID } from '../test/proApi';
import { ENDED, page, RENTAL, renderOrders } from '../test/ordersApi';

const RENTALS_API = '/api/v1/orders/rentals-outstanding';
const SUMMARY_API = '/api/v1/orders/rentals-outstanding/summary';
const query = (call: StubCall | undefined) => new URLSearchParams(call?.search);

describe('rentals outstanding', { timeout: 20_000 }, () => {
  it('charts the rentals by category and by age, each bar with its figure, and a table', async () => {
    renderOrders('/orders/rentals');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Uitstaande huurmiddelen' }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Aanvragen' })).getByRole('link', {
        name: 'Uitstaande huurmiddelen',
      }),
    ).toHaveAttribute('aria-current', 'page');

    const chart = await screen.findByRole('region', { name: 'In cijfers' });
    expect(chart).toHaveTextContent('14 huurmiddelen uitstaand op zo 6 december 2026.');
    expect(within(chart).getByRole('figure', { name: 'Per categorie' })).toBeInTheDocument();
    expect(screen.getByTestId('bar-GRZ')).toHaveTextContent('GRZ · Geriatrische revalidatiezorg9');
    expect(screen.getByTestId('bar-AD')).toHaveTextContent('AD · Anti-decubitus0');
    expect(screen.getByTestId('bar-365+')).toHaveTextContent('Meer dan een jaar1');
    // The same figures as text, for those who cannot see the bars.
    const table = within(chart).getByRole('table', {
      name: 'Uitstaande huurmiddelen per categorie en naar dagen uitstaand',
    });
    expect(within(table).getByRole('row', { name: 'ELV · Eerstelijnsverblijf 5' })).toBeVisible();
    expect(within(table).getByRole('row', { name: '31 tot 90 dagen 6' })).toBeVisible();
  });

  it('lists each rental with its category, client, since when and days outstanding', async () => {
    renderOrders('/orders/rentals');
    const list = await screen.findByRole('list', { name: 'Huurmiddelen' });
    const [wheelchair, bed] = within(list).getAllByRole('listitem') as [HTMLElement, HTMLElement];
    expect(
      within(wheelchair).getByRole('link', {
        name: 'Rolstoel standaard · Plankzitting met AD-kussen',
      }),
    ).toHaveAttribute('href', `/orders/${RENTAL.id}`);
    expect(wheelchair).toHaveTextContent('ELV');
    expect(wheelchair).toHaveTextContent('31 dagen');
    expect(wheelchair).toHaveTextContent('Naam cliëntJ. Jansen');
    expect(wheelchair).toHaveTextContent('Uitstaand sindsdo 5 november 2026');
    expect(bed).toHaveTextContent('461 dagen');
    expect(bed).toHaveTextContent('Huur beëindigd opdi 1 december 2026, wacht op ophalen');
    expect(screen.getByTestId('rentals-count')).toHaveTextContent('2 huurmiddelen');
  });

  it('filters by category and organisation (the chart follows the organisation)', async () => {
    const user = userEvent.setup();
    const { api } = renderOrders('/orders/rentals');
    await screen.findByRole('list', { name: 'Huurmiddelen' });
    await user.selectOptions(screen.getByLabelText('Categorie'), 'GRZ');
    await user.selectOptions(
      screen.getByLabelText('Organisatie', { selector: 'select' }),
      ZONNEHUIS_ID,
    );
    await waitFor(() => {
      const last = query(api.callsTo('GET', RENTALS_API).at(-1));
      expect(last.get('category')).toBe('GRZ');
      expect(last.get('organisation')).toBe(ZONNEHUIS_ID);
    });
    await waitFor(() =>
      expect(query(api.callsTo('GET', SUMMARY_API).at(-1)).get('organisation')).toBe(ZONNEHUIS_ID),
    );
  });

  it('says what to do when nothing is rented out', async () => {
    renderOrders('/orders/rentals', { [`GET ${RENTALS_API}`]: page([]) });
    expect(await screen.findByText('Geen uitstaande huurmiddelen')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Nieuwe aanvraag' }).length).toBeGreaterThan(0);
  });
});

describe('ended trajectories', { timeout: 20_000 }, () => {
  it('lists the rentals with their end and pickup, and says how long they stay', async () => {
    const user = userEvent.setup();
    const { api } = renderOrders('/orders/ended');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Beëindigde trajecten' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('ended-visibility')).toHaveTextContent(
      'Een beëindigd traject blijft hier zichtbaar tot 2 maanden na het ophalen.',
    );
    const list = await screen.findByRole('list', { name: 'Beëindigde trajecten' });
    const [row] = within(list).getAllByRole('listitem') as [HTMLElement];
    expect(within(row).getByRole('link', { name: 'Hoog-laagbed' })).toHaveAttribute(
      'href',
      `/orders/${ENDED.id}`,
    );
    expect(row).toHaveTextContent('Huur beëindigd opwo 28 oktober 2026');
    expect(row).toHaveTextContent('Opgehaald opma 2 november 2026');
    expect(row).toHaveTextContent('Dagen gehuurd291 dagen');
    expect(row).toHaveTextContent('Zichtbaar totza 2 januari 2027');

    await user.type(screen.getByLabelText(/^Zoeken/), 'visser');
    await waitFor(() =>
      expect(query(api.callsTo('GET', '/api/v1/orders/ended').at(-1)).get('q')).toBe('visser'),
    );
  });

  it('says when nothing ended in the last two months', async () => {
    renderOrders('/orders/ended', { 'GET /api/v1/orders/ended': page([]) });
    expect(await screen.findByText('Geen beëindigde trajecten')).toBeInTheDocument();
  });
});
