import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/renderWithProviders';
import { AccountSecurityPage } from './AccountSecurityPage';
import { ANNA, json, noContent, problem, stubApi } from './stubApi';

const SESSIONS = [
  {
    id: 's-other',
    created_at: '2026-11-20T09:00:00Z',
    last_seen_at: '2026-11-21T10:15:00Z',
    ip: '203.0.113.9',
    user_agent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0',
    current: false,
  },
  {
    id: 's-here',
    created_at: '2026-11-23T08:00:00Z',
    last_seen_at: '2026-11-23T08:05:00Z',
    ip: '127.0.0.1',
    user_agent:
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
    current: true,
  },
];

const NO_FACTORS = {
  mfa_required: false,
  factors: [],
  recovery_codes_left: 0,
  mfa_verified_at: null,
};

describe('AccountSecurityPage', () => {
  it('lists my sessions with this device first and marked, and ends another one', async () => {
    let sessions = SESSIONS;
    const api = stubApi({
      'GET /api/v1/me': json(ANNA),
      'GET /api/v1/me/security': json(NO_FACTORS),
      'GET /api/v1/auth/sessions': () => json(sessions),
      'DELETE /api/v1/auth/sessions/s-other': () => {
        sessions = sessions.filter((session) => session.id !== 's-other');
        return noContent();
      },
    });
    renderWithProviders(<AccountSecurityPage portal="provider" />, { fetch: api.fetch });

    const region = await screen.findByRole('region', { name: 'Waar u bent ingelogd' });
    const items = await within(region).findAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Chrome op Linux');
    expect(items[0]).toHaveTextContent('Dit apparaat');
    expect(within(items[0] as HTMLElement).queryByRole('button')).not.toBeInTheDocument();
    expect(items[1]).toHaveTextContent('Firefox op Windows');
    expect(items[1]).toHaveTextContent('Laatst actief: 21 november 2026 om 11:15');

    await userEvent.click(screen.getByRole('button', { name: 'Uitloggen: Firefox op Windows' }));

    await waitFor(() => expect(within(region).getAllByRole('listitem')).toHaveLength(1));
    expect(api.callsTo('DELETE', '/api/v1/auth/sessions/s-other')).toHaveLength(1);
  });

  it('puts a wrong current password on its field', async () => {
    const api = stubApi({
      'GET /api/v1/me': json(ANNA),
      'GET /api/v1/me/security': json(NO_FACTORS),
      'GET /api/v1/auth/sessions': json(SESSIONS),
      'PUT /api/v1/me/password': problem(422, {
        errors: [{ field: 'current_password', message: 'Dit is niet uw huidige wachtwoord.' }],
      }),
    });
    renderWithProviders(<AccountSecurityPage portal="provider" />, { fetch: api.fetch });
    const user = userEvent.setup();

    const current = await screen.findByLabelText(/^Huidig wachtwoord/, { selector: 'input' });
    await user.type(current, 'fout-fout-fout');
    await user.type(
      screen.getByLabelText(/^Nieuw wachtwoord/, { selector: 'input' }),
      'vlinder-kaas-fiets-29',
    );
    await user.type(
      screen.getByLabelText(/^Herhaal/, { selector: 'input' }),
      'vlinder-kaas-fiets-29',
    );
    await user.click(screen.getByRole('button', { name: 'Wachtwoord wijzigen' }));

    await waitFor(() =>
      expect(current).toHaveAccessibleDescription('Dit is niet uw huidige wachtwoord.'),
    );
    expect(api.callsTo('PUT', '/api/v1/me/password')[0]?.body).toEqual({
      current_password: 'fout-fout-fout',
      new_password: 'vlinder-kaas-fiets-29',
    });
  });
});
