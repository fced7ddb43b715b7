import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/renderWithProviders';
import { ResetPasswordPage } from './ResetPasswordPage';
import { json, problem, stubApi } from './stubApi';

const input = (label: RegExp) => screen.getByLabelText(label, { selector: 'input' });

async function setPasswords(first: string, second: string) {
  const user = userEvent.setup();
  await user.type(input(/^Nieuw wachtwoord/), first);
  await user.type(input(/^Herhaal/), second);
  await user.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
}

describe('ResetPasswordPage', () => {
  it('refuses two different passwords before calling the API', async () => {
    const api = stubApi({});
    renderWithProviders(<ResetPasswordPage />, { fetch: api.fetch, route: '/?token=abc' });

    await setPasswords('vlinder-kaas-fiets-29', 'vlinder-kaas-fiets-30');

    expect(input(/^Herhaal/)).toHaveAccessibleDescription(
      'De twee wachtwoorden zijn niet gelijk. Typ hetzelfde wachtwoord twee keer.',
    );
    await waitFor(() => expect(screen.getByRole('alert')).toHaveFocus());
    expect(api.calls.filter((call) => call.method === 'POST')).toHaveLength(0);
  });

  it('sets the new password with the token from the link', async () => {
    const api = stubApi({
      'POST /api/v1/auth/password/reset': json({ detail: 'Your password has been changed.' }),
    });
    renderWithProviders(<ResetPasswordPage />, { fetch: api.fetch, route: '/?token=abc' });

    await setPasswords('vlinder-kaas-fiets-29', 'vlinder-kaas-fiets-29');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Uw wachtwoord is gewijzigd' }),
    ).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/v1/auth/password/reset')[0]?.body).toEqual({
      token: 'abc',
      new_password: 'vlinder-kaas-fiets-29',
    });
    expect(screen.getByRole('link', { name: 'Inloggen' })).toHaveAttribute('href', '/login');
  });

  it('says clearly when the link has expired and offers a new one', async () => {
    const api = stubApi({
      'POST /api/v1/auth/password/reset': problem(422, {
        errors: [{ field: 'token', message: 'This link has expired or was already used.' }],
      }),
    });
    renderWithProviders(<ResetPasswordPage />, { fetch: api.fetch, route: '/?token=old' });

    await setPasswords('vlinder-kaas-fiets-29', 'vlinder-kaas-fiets-29');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Deze link is verlopen of al gebruikt.',
    );
    expect(screen.getByRole('link', { name: 'Vraag een nieuwe link aan' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
  });

  it('puts a policy refusal of the new password on its field', async () => {
    const api = stubApi({
      'POST /api/v1/auth/password/reset': problem(422, {
        errors: [{ field: 'new_password', message: 'Dit wachtwoord is te makkelijk te raden.' }],
      }),
    });
    renderWithProviders(<ResetPasswordPage />, { fetch: api.fetch, route: '/?token=abc' });

    await setPasswords('aaaaaaaaaaaa', 'aaaaaaaaaaaa');

    await waitFor(() =>
      expect(input(/^Nieuw wachtwoord/)).toHaveAccessibleDescription(
        expect.stringContaining('Dit wachtwoord is te makkelijk te raden.'),
      ),
    );
  });
});
