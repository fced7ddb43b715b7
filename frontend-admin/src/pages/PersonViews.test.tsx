import { json, renderWithProviders } from '@kring/common/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AccountView } from '../api/accounts';
import { translations } from '../locales';
import { ConsoleWithAddress } from '../test/ConsoleWithAddress';
import { PETRA, staffApi } from '../test/adminApi';

const base = `/api/v1/admin/users/${PETRA.id}`;

const BY_ADVISOR: AccountView = {
  id: '0192f0c4-0000-7000-8000-0000000007a1',
  viewed_at: '2026-12-01T10:15:00Z',
  action: 'account.viewed',
  viewer_id: '0192f0c4-0000-7000-8000-0000000007b1',
  viewer_name: 'Ada Adviseur',
  viewer_email: 'advisor@kring.demo',
  viewer_staff_role: 'advisor',
  organisation_id: null,
  organisation_name: null,
  ip: '192.0.2.7',
};
const BY_COLLEAGUE: AccountView = {
  ...BY_ADVISOR,
  id: '0192f0c4-0000-7000-8000-0000000007a2',
  action: 'member.viewed',
  viewer_id: '0192f0c4-0000-7000-8000-0000000007b2',
  viewer_name: 'Sanne de Vries',
  viewer_email: 'sanne@delinde.example',
  viewer_staff_role: null,
  organisation_id: '0192f0c4-0000-7000-8000-00000000d1de',
  organisation_name: 'Zorggroep De Linde',
  ip: null,
};

describe('who looked at the account', () => {
  it('lists each view with who, what, when and from where, a page at a time', async () => {
    const user = userEvent.setup();
    const api = staffApi('advisor', {
      [`GET ${base}`]: json(PETRA),
      [`GET ${base}/sessions`]: json([]),
      [`GET ${base}/audit-events`]: json({ items: [], next_cursor: null }),
      [`GET ${base}/views`]: (call) =>
        new URLSearchParams(call.search).get('cursor') === 'page-2'
          ? json({ items: [BY_COLLEAGUE], next_cursor: null })
          : json({ items: [BY_ADVISOR], next_cursor: 'page-2' }),
    });
    renderWithProviders(<ConsoleWithAddress />, {
      translations,
      fetch: api.fetch,
      route: `/people/${PETRA.id}`,
    });

    const card = await screen.findByRole('region', { name: 'Wie bekeek dit account' });
    const table = await within(card).findByRole('table', { name: 'Wie bekeek dit account' });
    const first = within(table).getByRole('row', { name: /Ada Adviseur/ });
    expect(first).toHaveTextContent('Accountpagina bekeken');
    expect(first).toHaveTextContent('vanaf 192.0.2.7');
    expect(first).toHaveTextContent('advisor@kring.demo');
    expect(first).toHaveTextContent('adviseur');
    expect(within(first).getByRole('link', { name: 'Ada Adviseur' })).toHaveAttribute(
      'href',
      `/people/${BY_ADVISOR.viewer_id}`,
    );

    await user.click(within(card).getByRole('link', { name: 'Volgende pagina' }));
    expect(screen.getByTestId('where')).toHaveTextContent(`/people/${PETRA.id}?views=page-2`);
    const second = await within(card).findByRole('row', { name: /Sanne de Vries/ });
    expect(second).toHaveTextContent('Contactkaart bekeken');
    expect(second).toHaveTextContent('Zorggroep De Linde');
    const last = api.callsTo('GET', `${base}/views`).at(-1);
    expect(Object.fromEntries(new URLSearchParams(last?.search))).toEqual({
      cursor: 'page-2',
      limit: '20',
    });
    expect(within(card).getByRole('link', { name: 'Terug naar de eerste pagina' })).toHaveAttribute(
      'href',
      `/people/${PETRA.id}`,
    );
  });
});
