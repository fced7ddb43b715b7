import { json, renderWithProviders } from '@kring/common/test-utils';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../AppRoutes';
import { translations } from '../locales';
import { dashboardApi, GEMEENTE_ID } from './testData';

describe('the service dashboard of a municipality', () => {
  it('shows the served neighbourhoods with the share of residents who volunteer', async () => {
    const api = dashboardApi();
    renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch, route: '/' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welkom, Gijs Gemeente' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Het dashboard van Gemeente Utrecht voor de buurten die u bedient.'),
    ).toBeInTheDocument();
    const served = screen.getByRole('region', { name: 'Uw buurten' });
    const items = await within(served).findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'LombokNog geen bewoners',
      'Wittevrouwen3 vrijwilligers van 12 bewoners (25%)',
    ]);
    const bar = within(served).getByRole('progressbar', { name: 'Vrijwilligers in Wittevrouwen' });
    expect(bar).toHaveAttribute('aria-valuenow', '25');
    // A municipality orders nothing from a supplier: no orders, projects or invoices.
    const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(menu).queryByRole('link', { name: 'Aanvragen' })).toBeNull();
    expect(within(menu).queryByRole('link', { name: 'Facturen' })).toBeNull();
    expect(within(menu).getByRole('link', { name: 'Mijn gegevens' })).toBeInTheDocument();
  });

  it('says what to do when the organisation serves no neighbourhood yet', async () => {
    const api = dashboardApi({
      [`GET /api/v1/organisations/${GEMEENTE_ID}/neighbourhoods`]: json([]),
    });
    renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch, route: '/' });
    expect(await screen.findByText(/U bedient nog geen buurt/)).toBeInTheDocument();
  });
});
