import { json, renderWithProviders } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Organisation } from '../api/organisations';
import { AppRoutes } from '../AppRoutes';
import { translations } from '../locales';
import { staffApi } from '../test/adminApi';

const LINDE: Organisation = {
  id: '0192f0c4-0000-7000-8000-00000000d1de',
  kind: 'umbrella',
  name: 'Zorggroep De Linde',
  country: 'NL',
  registration_number: '41234560',
  visiting_address: {
    street: 'Lindelaan',
    house_number: '12',
    postcode: '3581 KV',
    city: 'Utrecht',
  },
  postal_address: null,
  phone: '+31301234560',
  email: 'info@linde.demo',
  ad_contract: true,
  contact_card: null,
};

describe('organisations', () => {
  it('lets every staff role search organisations and open one', async () => {
    const user = userEvent.setup();
    const api = staffApi('branch', {
      'GET /api/v1/admin/organisations': json({ items: [LINDE], next_cursor: null }),
      [`GET /api/v1/admin/organisations/${LINDE.id}`]: json(LINDE),
    });
    renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch, route: '/' });
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    await user.click(await within(nav).findByRole('link', { name: 'Organisaties' }));
    await user.type(await screen.findByLabelText(/Naam, KvK- of ondernemingsnummer/), '4123');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    await waitFor(() =>
      expect(
        new URLSearchParams(api.callsTo('GET', '/api/v1/admin/organisations').at(-1)?.search).get(
          'q',
        ),
      ).toBe('4123'),
    );
    await user.click(await screen.findByRole('link', { name: 'Zorggroep De Linde' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Zorggroep De Linde' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Lindelaan 12, 3581 KV Utrecht')).toBeInTheDocument();
  });
});
