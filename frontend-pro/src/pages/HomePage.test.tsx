import { json, renderWithProviders, type StubAnswer } from '@kring/common/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../AppRoutes';
import { translations } from '../locales';
import { LINDE, LINDE_ID, proApi } from '../test/proApi';

function render(route = '/', routes: Record<string, StubAnswer> = {}) {
  const api = proApi({}, routes);
  return { api, ...renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch, route }) };
}

describe('the home page of a member', () => {
  it('welcomes the member with correspondence, the branch to contact and where to ask', async () => {
    render();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welkom, Paula Zorgprofessional' }),
    ).toBeInTheDocument();
    expect(screen.getByText('U werkt nu voor Zorggroep De Linde.')).toBeInTheDocument();

    const correspondence = screen.getByRole('region', { name: 'Mijn correspondentie' });
    expect(
      await within(correspondence).findByText('Geen openstaande correspondentie'),
    ).toBeInTheDocument();
    expect(
      within(correspondence).getByRole('link', { name: 'Alle correspondentie' }),
    ).toHaveAttribute('href', '/correspondence');

    const contact = screen.getByRole('region', { name: 'Contact met Kring' });
    expect(await within(contact).findByText('Kring vestiging Utrecht')).toBeInTheDocument();
    expect(within(contact).getByRole('link', { name: '088 513 8484' })).toHaveAttribute(
      'href',
      'tel:+31885138484',
    );
    expect(within(contact).getByRole('link', { name: 'utrecht@kring.demo' })).toHaveAttribute(
      'href',
      'mailto:utrecht@kring.demo',
    );
    expect(contact).toHaveTextContent('Maandag t/m vrijdag 8.30-17.00 uur');

    const question = screen.getByRole('region', { name: 'Een vraag stellen' });
    expect(await within(question).findByRole('button', { name: 'Stel een vraag' })).toBeEnabled();
  });

  it('says so kindly when the organisation has no branch yet', async () => {
    render('/', {
      [`GET /api/v1/organisations/${LINDE_ID}`]: json({ ...LINDE, contact_card: null }),
    });

    const contact = await screen.findByRole('region', { name: 'Contact met Kring' });
    expect(await within(contact).findByTestId('no-contact-card')).toHaveTextContent(
      'Nog geen vaste vestiging',
    );
    expect(within(contact).queryByRole('link')).not.toBeInTheDocument();
    // Without a branch there is nobody to send a general question to: phone Kring.
    const question = screen.getByRole('region', { name: 'Een vraag stellen' });
    expect(question).toHaveTextContent('Bel Kring met uw vraag.');
    expect(within(question).queryByRole('button')).not.toBeInTheDocument();
  });

  it('has the menu of a member and a user menu with my details and the organisation chooser', async () => {
    const user = userEvent.setup();
    render();
    await screen.findByRole('heading', { level: 1, name: /Welkom/ });

    const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    for (const [name, href] of [
      ['Start', '/'],
      ['Mijn gegevens', '/my-details'],
      ['Facturen', '/invoices'],
      ['Projecten', '/projects'],
      ['Aanvragen', '/orders'],
    ]) {
      expect(within(menu).getByRole('link', { name })).toHaveAttribute('href', href);
    }

    await user.click(
      screen.getByRole('button', { name: 'Accountmenu van Paula Zorgprofessional' }),
    );
    const items = await screen.findAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Mijn contactgegevens',
      'Organisatiegegevens',
      'Beveiliging van mijn account',
      'Organisatie kiezen',
      'Uitloggen',
    ]);
    expect(screen.getByRole('menuitem', { name: 'Organisatie kiezen' })).toHaveAttribute(
      'href',
      '/choose-organisation',
    );
  });

  it('leads to the orders: a new request, open orders and rentals outstanding', async () => {
    const user = userEvent.setup();
    render();
    const orders = within(await screen.findByRole('region', { name: 'Hulpmiddelen aanvragen' }));
    expect(orders.getByRole('link', { name: 'Nieuwe aanvraag' })).toHaveAttribute(
      'href',
      '/orders/new',
    );
    expect(orders.getByRole('link', { name: 'Uitstaande huurmiddelen' })).toHaveAttribute(
      'href',
      '/orders/rentals',
    );
    await user.click(orders.getByRole('link', { name: 'Openstaande aanvragen' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Openstaande aanvragen' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Binnenkort')).not.toBeInTheDocument();
  });

  it('marks "Orders" in the menu on the pages below it', async () => {
    render('/orders/new');
    await screen.findByRole('heading', { level: 1, name: 'Nieuwe aanvraag' });
    const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(menu).getByRole('link', { name: 'Aanvragen' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('marks "My details" in the menu on the pages below it', async () => {
    render('/my-details/contact-persons');
    await screen.findByRole('heading', { level: 1, name: 'Mijn contactpersonen' });
    const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(menu).getByRole('link', { name: 'Mijn gegevens' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(menu).getByRole('link', { name: 'Start' })).not.toHaveAttribute('aria-current');
  });
});
