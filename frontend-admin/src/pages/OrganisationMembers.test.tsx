import { json, renderWithProviders } from '@kring/common/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Member } from '../api/organisations';
import { AppRoutes } from '../AppRoutes';
import { translations } from '../locales';
import { ConsoleWithAddress } from '../test/ConsoleWithAddress';
import { LINDE, staffApi } from '../test/adminApi';

const PAULA: Member = {
  id: '0192f0c4-0000-7000-8000-00000000a001',
  user_id: '0192f0c4-0000-7000-8000-00000000b001',
  email: 'pro@kring.demo',
  first_name: 'Paula',
  initials: 'P.',
  prefix: null,
  last_name: 'Zorgprofessional',
  full_name: 'Paula Zorgprofessional',
  gender: null,
  birth_date: null,
  nickname: null,
  address: null,
  postal_address: null,
  phone: null,
  mobile: null,
  department: 'Wijkzorg',
  function_code: null,
  function_on_business_card: 'Wijkverpleegkundige',
  portal_admin: true,
  portal_employee: true,
  account_status: 'active',
  has_second_factor: true,
  contact_for_all_projects: false,
  email_services: false,
};
const JOOST: Member = {
  ...PAULA,
  id: '0192f0c4-0000-7000-8000-00000000a002',
  user_id: '0192f0c4-0000-7000-8000-00000000b002',
  email: 'joost@linde.demo',
  first_name: 'Joost',
  last_name: 'Bakker',
  full_name: 'Joost Bakker',
  department: null,
  function_on_business_card: null,
  portal_admin: false,
  portal_employee: false,
  account_status: 'invited',
};

const members = `/api/v1/admin/organisations/${LINDE.id}/members`;

function lindeApi(role: 'branch' | 'advisor') {
  return staffApi(role, {
    [`GET /api/v1/admin/organisations/${LINDE.id}`]: json(LINDE),
    [`GET ${members}`]: (call) =>
      new URLSearchParams(call.search).get('cursor') === 'page-2'
        ? json({ items: [JOOST], next_cursor: null })
        : json({ items: [PAULA], next_cursor: 'page-2' }),
  });
}

describe('the members card', () => {
  it('shows a branch member the contact persons with their rights, a page at a time', async () => {
    const user = userEvent.setup();
    const api = lindeApi('branch');
    renderWithProviders(<ConsoleWithAddress />, {
      translations,
      fetch: api.fetch,
      route: `/organisations/${LINDE.id}`,
    });
    const card = await screen.findByRole('region', { name: 'Contactpersonen' });
    const paula = await within(card).findByRole('row', { name: /Paula Zorgprofessional/ });
    expect(paula).toHaveTextContent('pro@kring.demo');
    expect(paula).toHaveTextContent('Wijkverpleegkundige');
    expect(paula).toHaveTextContent('Actief');
    expect(paula).toHaveTextContent('Portaalbeheerder · Portaalmedewerker');
    // A branch member may not open accounts: the name is no link.
    expect(within(paula).queryByRole('link')).toBeNull();

    await user.click(within(card).getByRole('link', { name: 'Volgende pagina' }));
    expect(screen.getByTestId('where')).toHaveTextContent(
      `/organisations/${LINDE.id}?members=page-2`,
    );
    const joost = await within(card).findByRole('row', { name: /Joost Bakker/ });
    expect(joost).toHaveTextContent('Uitgenodigd');
    expect(joost).toHaveTextContent('Contact zonder inlog');
    expect(
      Object.fromEntries(new URLSearchParams(api.callsTo('GET', members).at(-1)?.search)),
    ).toEqual({ cursor: 'page-2', limit: '20' });
  });

  it('links an advisor to each person’s account page', async () => {
    const api = lindeApi('advisor');
    renderWithProviders(<AppRoutes />, {
      translations,
      fetch: api.fetch,
      route: `/organisations/${LINDE.id}`,
    });
    const card = await screen.findByRole('region', { name: 'Contactpersonen' });
    expect(
      await within(card).findByRole('link', { name: 'Paula Zorgprofessional' }),
    ).toHaveAttribute('href', `/people/${PAULA.user_id}`);
  });
});
