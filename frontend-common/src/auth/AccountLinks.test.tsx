import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/renderWithProviders';
import { ActivatePage } from './ActivatePage';
import { meKeys } from './api/me';
import { ConfirmEmailPage } from './ConfirmEmailPage';
import { LoginPage } from './LoginPage';
import { ANNA, json, problem, stubApi, type StubAnswer } from './stubApi';

const TOKEN = 'tok-0123456789abcdefghijklmnop';

function renderLinks(routes: Record<string, StubAnswer>, route: string) {
  const api = stubApi(routes);
  const rendered = renderWithProviders(
    <Routes>
      <Route path="/activate" element={<ActivatePage />} />
      <Route path="/confirm-email" element={<ConfirmEmailPage />} />
      <Route path="/login" element={<LoginPage portal="pro" />} />
    </Routes>,
    { fetch: api.fetch, route },
  );
  return { api, ...rendered };
}

async function choosePassword(password: string, repeat = password) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(/^Wachtwoord/, { selector: 'input' }), password);
  await user.type(screen.getByLabelText(/^Herhaal het wachtwoord/, { selector: 'input' }), repeat);
  await user.click(screen.getByRole('button', { name: 'Account activeren' }));
}

describe('activating an account made for me', () => {
  it('sets the password with the token, then logs in with a message', async () => {
    const { api } = renderLinks(
      { 'POST /api/v1/auth/activate': json({ detail: 'Uw account is actief.' }) },
      `/activate?token=${TOKEN}`,
    );

    expect(
      screen.getByRole('heading', { level: 1, name: 'Uw account activeren' }),
    ).toBeInTheDocument();
    // The same strength meter as on the reset page.
    expect(screen.getByTestId('password-strength-bar')).toBeInTheDocument();
    await choosePassword('vlinder-kaas-fiets-29');

    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Uw account is actief. Log in met uw e-mailadres en het wachtwoord dat u net koos.',
    );
    expect(api.callsTo('POST', '/api/v1/auth/activate')[0]?.body).toEqual({
      token: TOKEN,
      password: 'vlinder-kaas-fiets-29',
    });
  });

  it('checks the two passwords match before sending', async () => {
    const { api } = renderLinks({}, `/activate?token=${TOKEN}`);
    await choosePassword('vlinder-kaas-fiets-29', 'vlinder-kaas-fiets-30');

    expect(
      screen.getByLabelText(/^Herhaal het wachtwoord/, { selector: 'input' }),
    ).toHaveAccessibleDescription(/De twee wachtwoorden zijn niet gelijk/);
    expect(api.callsTo('POST', '/api/v1/auth/activate')).toHaveLength(0);
  });

  it('puts the API’s refusal of the password on the password field', async () => {
    renderLinks(
      {
        'POST /api/v1/auth/activate': problem(422, {
          errors: [{ field: 'password', message: 'Dit wachtwoord is te makkelijk te raden.' }],
        }),
      },
      `/activate?token=${TOKEN}`,
    );
    await choosePassword('zomer-zomer-zomer');

    await waitFor(() =>
      expect(
        screen.getByLabelText(/^Wachtwoord/, { selector: 'input' }),
      ).toHaveAccessibleDescription(/Dit wachtwoord is te makkelijk te raden\./),
    );
  });

  it('says when the link has expired or was used', async () => {
    renderLinks(
      {
        'POST /api/v1/auth/activate': problem(422, {
          errors: [{ field: 'token', message: 'Deze link is verlopen of al gebruikt.' }],
        }),
      },
      `/activate?token=${TOKEN}`,
    );
    await choosePassword('vlinder-kaas-fiets-29');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Deze link werkt niet meer' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Deze activeringslink is verlopen of al gebruikt.',
    );
  });

  it('says when the link is incomplete', () => {
    renderLinks({}, '/activate');
    expect(screen.getByRole('alert')).toHaveTextContent('Deze link is niet compleet.');
  });
});

describe('confirming a new e-mail address', () => {
  it('confirms once on opening, forgets the session and asks to log in with the new address', async () => {
    const { api, queryClient } = renderLinks(
      {
        'GET /api/v1/me': json(ANNA),
        'POST /api/v1/auth/email/confirm': json({ detail: 'Uw e-mailadres is gewijzigd.' }),
      },
      `/confirm-email?token=${TOKEN}`,
    );
    queryClient.setQueryData(meKeys.all, ANNA);

    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Uw e-mailadres is gewijzigd. Voor uw veiligheid bent u op al uw apparaten uitgelogd.',
    );
    expect(api.callsTo('POST', '/api/v1/auth/email/confirm')).toHaveLength(1);
    expect(api.callsTo('POST', '/api/v1/auth/email/confirm')[0]?.body).toEqual({ token: TOKEN });
    expect(queryClient.getQueryData(meKeys.all)).toBeNull();
  });

  it('says when the link has expired or was used', async () => {
    renderLinks(
      {
        'POST /api/v1/auth/email/confirm': problem(422, {
          errors: [{ field: 'token', message: 'Deze link is verlopen.' }],
        }),
      },
      `/confirm-email?token=${TOKEN}`,
    );

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Deze link werkt niet meer' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Naar de beveiliging van uw account' }),
    ).toHaveAttribute('href', '/account/security');
  });

  it('shows the API’s words when the address was taken meanwhile', async () => {
    renderLinks(
      {
        'POST /api/v1/auth/email/confirm': problem(409, {
          detail: 'Er is al een account met dit e-mailadres.',
        }),
      },
      `/confirm-email?token=${TOKEN}`,
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Er is al een account met dit e-mailadres.',
    );
    expect(screen.queryByRole('button', { name: 'Opnieuw proberen' })).not.toBeInTheDocument();
  });
});
