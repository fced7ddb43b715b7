import { json, problem, renderWithProviders } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../AppRoutes';
import { translations } from '../locales';
import { LINDE, staffApi } from '../test/adminApi';

/** A field of the visiting address (the postal address has the same labels). */
const visiting = (label: RegExp) =>
  within(screen.getByRole('group', { name: 'Bezoekadres' })).getByLabelText(label);
const findVisiting = async (label: RegExp) =>
  within(await screen.findByRole('group', { name: 'Bezoekadres' })).getByLabelText(label);

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

  it('lets an advisor create an organisation, checking the KvK number first', async () => {
    const user = userEvent.setup();
    const api = staffApi('advisor', {
      'GET /api/v1/admin/organisations': json({ items: [], next_cursor: null }),
      'POST /api/v1/admin/organisations': json(LINDE, 201),
      [`GET /api/v1/admin/organisations/${LINDE.id}`]: json(LINDE),
    });
    renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch, route: '/organisations' });
    await user.click(await screen.findByRole('link', { name: 'Nieuwe organisatie' }));
    await screen.findByRole('heading', { level: 1, name: 'Nieuwe organisatie' });
    await user.type(screen.getByLabelText(/^Naam/), 'Zorggroep De Linde');
    await user.selectOptions(
      screen.getByRole('combobox', { name: /Soort organisatie/ }),
      'Koepelorganisatie',
    );
    await user.type(screen.getByLabelText(/^KvK-nummer/), '4123');
    await user.type(visiting(/^Straat/), 'Lindelaan');
    await user.click(screen.getByRole('button', { name: 'Organisatie aanmaken' }));

    // Said in the staff member's language, at the field, before anything is sent.
    expect(await screen.findByLabelText(/^KvK-nummer/)).toHaveAccessibleDescription(
      /Een KvK-nummer heeft 8 cijfers\./,
    );
    expect(visiting(/^Huisnummer/)).toHaveAccessibleDescription(/Vul het huisnummer in\./);
    expect(api.callsTo('POST', '/api/v1/admin/organisations')).toHaveLength(0);

    await user.clear(screen.getByLabelText(/^KvK-nummer/));
    await user.type(screen.getByLabelText(/^KvK-nummer/), '41234560');
    await user.type(visiting(/^Huisnummer/), '12');
    await user.type(visiting(/^Postcode/), '3581kv');
    await user.type(visiting(/^Plaats/), 'Utrecht');
    await user.click(screen.getByRole('checkbox', { name: /AD-contract/ }));
    await user.click(screen.getByRole('button', { name: 'Organisatie aanmaken' }));

    expect(await screen.findByText('De organisatie is aangemaakt.')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/v1/admin/organisations')[0]?.body).toEqual({
      name: 'Zorggroep De Linde',
      kind: 'umbrella',
      country: 'NL',
      registration_number: '41234560',
      visiting_address: LINDE.visiting_address,
      postal_address: null,
      phone: null,
      email: null,
      ad_contract: true,
      supplier_branch_id: null,
      opening_hours: null,
      training_url: null,
    });
  }, 20_000);

  it('sends only what changed, and puts the API’s refusal on the field', async () => {
    const user = userEvent.setup();
    const api = staffApi('advisor', {
      [`GET /api/v1/admin/organisations/${LINDE.id}`]: json(LINDE),
      [`PATCH /api/v1/admin/organisations/${LINDE.id}`]: problem(422, {
        errors: [
          {
            field: 'visiting_address.postcode',
            message: 'Dit is geen Nederlandse postcode (zoals 1234 AB).',
          },
        ],
      }),
    });
    renderWithProviders(<AppRoutes />, {
      translations,
      fetch: api.fetch,
      route: `/organisations/${LINDE.id}`,
    });
    await user.click(await screen.findByRole('link', { name: 'Gegevens wijzigen' }));
    const city = await findVisiting(/^Plaats/);
    expect(city).toHaveValue('Utrecht');
    await user.clear(city);
    await user.type(city, 'Zeist');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));

    await waitFor(() =>
      expect(visiting(/^Postcode/)).toHaveAccessibleDescription(/Dit is geen Nederlandse postcode/),
    );
    expect(api.callsTo('PATCH', `/api/v1/admin/organisations/${LINDE.id}`)[0]?.body).toEqual({
      visiting_address: {
        street: 'Lindelaan',
        house_number: '12',
        postcode: '3581 KV',
        city: 'Zeist',
      },
    });
  });

  it('shows no way to create or change an organisation to a branch user', async () => {
    const api = staffApi('branch', {
      'GET /api/v1/admin/organisations': json({ items: [LINDE], next_cursor: null }),
      [`GET /api/v1/admin/organisations/${LINDE.id}`]: json(LINDE),
    });
    renderWithProviders(<AppRoutes />, {
      translations,
      fetch: api.fetch,
      route: `/organisations/${LINDE.id}`,
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Zorggroep De Linde' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Gegevens wijzigen' })).not.toBeInTheDocument();
  });
});
