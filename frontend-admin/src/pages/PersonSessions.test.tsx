import { json, noContent, renderWithProviders } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../AppRoutes';
import type { AccountSession } from '../api/accounts';
import { translations } from '../locales';
import { PETRA, staffApi, staffMember } from '../test/adminApi';

const FIREFOX: AccountSession = {
  id: '0192f0c4-0000-7000-8000-0000000005e1',
  created_at: '2026-12-01T08:00:00Z',
  last_seen_at: '2026-12-04T09:30:00Z',
  expires_at: '2026-12-05T09:30:00Z',
  device: 'Firefox on Windows',
  ip: '192.0.2.10',
  user_agent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
};
const PHONE: AccountSession = {
  ...FIREFOX,
  id: '0192f0c4-0000-7000-8000-0000000005e2',
  device: null,
  ip: null,
  last_seen_at: '2026-12-03T18:00:00Z',
};

const account = PETRA.id;
const base = `/api/v1/admin/users/${account}`;

function petraApi(role: 'advisor' | 'branch', sessions: () => AccountSession[]) {
  return staffApi(role, {
    [`GET ${base}`]: json(PETRA),
    [`GET ${base}/audit-events`]: json({ items: [], next_cursor: null }),
    [`GET ${base}/views`]: json({ items: [], next_cursor: null }),
    [`GET ${base}/sessions`]: () => json(sessions()),
    [`DELETE ${base}/sessions`]: noContent,
  });
}

describe('the sessions card', () => {
  it('lists the live sessions, and logs the person out everywhere after asking', async () => {
    const user = userEvent.setup();
    let live = [FIREFOX, PHONE];
    const api = petraApi('advisor', () => live);
    renderWithProviders(<AppRoutes />, {
      translations,
      fetch: api.fetch,
      route: `/people/${account}`,
    });

    const card = await screen.findByRole('region', { name: 'Sessies' });
    const items = await within(card).findAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Firefox on Windows');
    expect(items[0]).toHaveTextContent('vanaf 192.0.2.10');
    expect(items[0]).toHaveTextContent(/Laatst actief .*4 dec/);
    expect(items[1]).toHaveTextContent('Onbekend apparaat');

    // Cancelling sends nothing.
    await user.click(within(card).getByRole('button', { name: 'Overal uitloggen' }));
    let dialog = await screen.findByRole('dialog', { name: 'Overal uitloggen' });
    expect(dialog).toHaveTextContent('Alle sessies van Petra de Vries eindigen nu');
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsTo('DELETE', `${base}/sessions`)).toEqual([]);

    await user.click(within(card).getByRole('button', { name: 'Overal uitloggen' }));
    dialog = await screen.findByRole('dialog', { name: 'Overal uitloggen' });
    live = [];
    await user.click(within(dialog).getByRole('button', { name: 'Alle sessies beëindigen' }));
    await waitFor(() => expect(api.callsTo('DELETE', `${base}/sessions`)).toHaveLength(1));
    // The list is read again, and is empty now.
    expect(await within(card).findByText('Nergens ingelogd.')).toBeInTheDocument();
    expect(api.callsTo('GET', `${base}/sessions`)).toHaveLength(2);
    expect(within(card).queryByRole('button', { name: 'Overal uitloggen' })).toBeNull();
  });

  it('shows the sessions without the button to a role that may only look', async () => {
    const viewer = { ...staffMember('advisor'), staff_tasks: ['view_accounts'] };
    const api = staffApi('advisor', {
      'GET /api/v1/me': () => json(viewer),
      [`GET ${base}`]: json(PETRA),
      [`GET ${base}/audit-events`]: json({ items: [], next_cursor: null }),
      [`GET ${base}/views`]: json({ items: [], next_cursor: null }),
      [`GET ${base}/sessions`]: json([FIREFOX]),
    });
    renderWithProviders(<AppRoutes />, {
      translations,
      fetch: api.fetch,
      route: `/people/${account}`,
    });
    const card = await screen.findByRole('region', { name: 'Sessies' });
    expect(await within(card).findByText('Firefox on Windows')).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Overal uitloggen' })).toBeNull();
  });
});
