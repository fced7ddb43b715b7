import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Route, Routes, useLocation } from 'react-router';
import { renderWithProviders } from '../test/renderWithProviders';
import { meKeys } from './api/me';
import { LoginPage } from './LoginPage';
import { ANNA, json, problem, stubApi } from './stubApi';

function Where() {
  const location = useLocation();
  return <p data-testid="where">{`${location.pathname}${location.search}`}</p>;
}

function renderLogin(fetch: typeof globalThis.fetch, route = '/login') {
  return renderWithProviders(
    <Routes>
      <Route path="/login" element={<LoginPage portal="provider" />} />
      <Route path="*" element={<Where />} />
    </Routes>,
    { fetch, route },
  );
}

async function logIn(password = 'vlinder-kaas-fiets-29') {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(/^E-mailadres/, { selector: 'input' }), 'anna@example.org');
  await user.type(screen.getByLabelText(/^Wachtwoord/, { selector: 'input' }), password);
  await user.click(screen.getByRole('button', { name: 'Inloggen' }));
  return user;
}

describe('LoginPage', () => {
  it('logs in and goes back to the page the person came from', async () => {
    const api = stubApi({
      'POST /api/v1/auth/login': json({ status: 'signed_in', me: ANNA, mfa_setup_required: false }),
    });
    const { queryClient } = renderLogin(api.fetch, '/login?next=%2Faccount%2Fsecurity%3Ftab%3D1');

    await logIn();

    expect(await screen.findByTestId('where')).toHaveTextContent('/account/security?tab=1');
    expect(api.callsTo('POST', '/api/v1/auth/login')[0]?.body).toEqual({
      email: 'anna@example.org',
      password: 'vlinder-kaas-fiets-29',
    });
    expect(queryClient.getQueryData(meKeys.all)).toEqual(ANNA);
  });

  it('goes home after logging in when there is no (safe) page to go back to', async () => {
    const api = stubApi({
      'POST /api/v1/auth/login': json({ status: 'signed_in', me: ANNA, mfa_setup_required: false }),
    });
    renderLogin(api.fetch, '/login?next=https%3A%2F%2Fevil.example');

    await logIn();

    expect(await screen.findByTestId('where')).toHaveTextContent(/^\/$/);
  });

  it('shows the refusal of wrong credentials in the error summary, which takes the focus', async () => {
    const api = stubApi({
      'POST /api/v1/auth/login': problem(401, {
        detail: 'Het e-mailadres of het wachtwoord klopt niet.',
      }),
    });
    renderLogin(api.fetch);

    await logIn('verkeerd-wachtwoord');

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Het e-mailadres of het wachtwoord klopt niet.');
    await waitFor(() => expect(summary).toHaveFocus());
  });

  it('tells how many minutes the cool-off still lasts, from Retry-After', async () => {
    const api = stubApi({
      'POST /api/v1/auth/login': problem(
        429,
        { detail: 'Too many failed attempts. Try again in 15 minutes.' },
        { 'Retry-After': '545' },
      ),
    });
    renderLogin(api.fetch);

    await logIn();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'U heeft te vaak een verkeerd wachtwoord ingevuld. Voor uw veiligheid kunt u over 10 minuten weer proberen in te loggen.',
    );
  });

  it('says "1 minuut" for the last minute', async () => {
    const api = stubApi({
      'POST /api/v1/auth/login': problem(429, {}, { 'Retry-After': '30' }),
    });
    renderLogin(api.fetch);

    await logIn();

    expect(await screen.findByRole('alert')).toHaveTextContent('over 1 minuut weer');
  });

  it('shows a general error for a log-in step this portal does not know', async () => {
    const api = stubApi({
      'POST /api/v1/auth/login': json({ status: 'something_new', challenge_id: 'x' }),
    });
    renderLogin(api.fetch);

    await logIn();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Inloggen lukt nu niet. Vernieuw de pagina en probeer het opnieuw.',
    );
    expect(screen.queryByTestId('where')).not.toBeInTheDocument();
  });

  it('checks the fields before calling the API and links the errors to them', async () => {
    const api = stubApi({});
    renderLogin(api.fetch);
    const user = userEvent.setup();

    await user.type(screen.getByLabelText(/^E-mailadres/, { selector: 'input' }), 'anna');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(
      screen.getByLabelText(/^E-mailadres/, { selector: 'input' }),
    ).toHaveAccessibleDescription('Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.');
    expect(screen.getByLabelText(/^Wachtwoord/, { selector: 'input' })).toHaveAccessibleDescription(
      'Vul uw wachtwoord in.',
    );
    await waitFor(() => expect(screen.getByRole('alert')).toHaveFocus());
    expect(api.callsTo('POST', '/api/v1/auth/login')).toHaveLength(0);
  });

  it('offers sign-up in the partner and provider portals, not in pro', () => {
    renderWithProviders(<LoginPage portal="pro" />, { fetch: stubApi({}).fetch });
    expect(screen.queryByRole('link', { name: 'Account aanmaken' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Wachtwoord vergeten?' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
  });
});
