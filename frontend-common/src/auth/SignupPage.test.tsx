import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/renderWithProviders';
import { SignupPage } from './SignupPage';
import { json, problem, stubApi } from './stubApi';

const input = (label: RegExp) => screen.getByLabelText(label, { selector: 'input' });

async function fillIn(password = 'vlinder-kaas-fiets-29') {
  const user = userEvent.setup();
  await user.type(input(/^Voornaam/), 'Anna');
  await user.type(input(/^E-mailadres/), 'anna@example.org');
  await user.type(input(/^Wachtwoord/), password);
  await user.click(screen.getByRole('checkbox', { name: /gebruiksvoorwaarden/ }));
  await user.click(screen.getByRole('button', { name: 'Account aanmaken' }));
  return user;
}

describe('SignupPage', () => {
  it('signs up and then asks to check the e-mail', async () => {
    const api = stubApi({
      'POST /api/v1/auth/signup': json(
        { detail: 'Check your e-mail: we sent you a link to confirm your address.' },
        202,
      ),
    });
    renderWithProviders(<SignupPage portal="provider" />, { fetch: api.fetch });

    await fillIn();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Controleer uw e-mail' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('anna@example.org');
    expect(api.callsTo('POST', '/api/v1/auth/signup')[0]?.body).toEqual({
      portal: 'provider',
      first_name: 'Anna',
      email: 'anna@example.org',
      password: 'vlinder-kaas-fiets-29',
      language: 'nl',
      accept_terms: true,
    });
  });

  it('sends the page the person came for along, so the verification link leads back to it', async () => {
    const api = stubApi({
      'POST /api/v1/auth/signup': json({ detail: 'Check your e-mail.' }, 202),
    });
    const came = '/dossier-transfers?token=abc';
    renderWithProviders(<SignupPage portal="partner" />, {
      fetch: api.fetch,
      route: `/signup?next=${encodeURIComponent(came)}`,
    });
    await fillIn();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Controleer uw e-mail' }),
    ).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/v1/auth/signup')[0]?.body).toMatchObject({ next: came });
    expect(screen.getByRole('link', { name: /inloggen/i })).toHaveAttribute(
      'href',
      `/login?next=${encodeURIComponent(came)}`,
    );
  });

  it('does not pass on a page outside the portal', async () => {
    const api = stubApi({
      'POST /api/v1/auth/signup': json({ detail: 'Check your e-mail.' }, 202),
    });
    renderWithProviders(<SignupPage portal="partner" />, {
      fetch: api.fetch,
      route: `/signup?next=${encodeURIComponent('//evil.example')}`,
    });
    await fillIn();
    await screen.findByRole('heading', { level: 1, name: 'Controleer uw e-mail' });
    expect(api.callsTo('POST', '/api/v1/auth/signup')[0]?.body).not.toHaveProperty('next');
  });

  it('puts the password policy refusal (422) on the password field', async () => {
    const api = stubApi({
      'POST /api/v1/auth/signup': problem(422, {
        detail: 'Controleer de gemarkeerde velden.',
        errors: [{ field: 'password', message: 'Dit wachtwoord is te makkelijk te raden.' }],
      }),
    });
    renderWithProviders(<SignupPage portal="partner" />, { fetch: api.fetch });

    await fillIn('Zomer2024!!');

    const password = input(/^Wachtwoord/);
    await waitFor(() => expect(password).toHaveAttribute('aria-invalid', 'true'));
    expect(password).toHaveAccessibleDescription(
      expect.stringContaining('Dit wachtwoord is te makkelijk te raden.'),
    );
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Wachtwoord: Dit wachtwoord is te makkelijk te raden.');
    await waitFor(() => expect(summary).toHaveFocus());
  });

  it('shows the rate limit with the minutes left', async () => {
    const api = stubApi({
      'POST /api/v1/auth/signup': problem(429, { detail: 'Too many.' }, { 'Retry-After': '3600' }),
    });
    renderWithProviders(<SignupPage portal="partner" />, { fetch: api.fetch });

    await fillIn();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'U heeft dit te vaak geprobeerd. Probeer het over 60 minuten opnieuw.',
    );
  });

  it('needs the terms accepted before calling the API', async () => {
    const api = stubApi({});
    renderWithProviders(<SignupPage portal="partner" />, { fetch: api.fetch });
    const user = userEvent.setup();

    await user.type(input(/^Voornaam/), 'Anna');
    await user.type(input(/^E-mailadres/), 'anna@example.org');
    await user.type(input(/^Wachtwoord/), 'vlinder-kaas-fiets-29');
    await user.click(screen.getByRole('button', { name: 'Account aanmaken' }));

    expect(
      screen.getByRole('checkbox', { name: /gebruiksvoorwaarden/ }),
    ).toHaveAccessibleDescription(
      expect.stringContaining('akkoord gaat met de gebruiksvoorwaarden'),
    );
    expect(api.callsTo('POST', '/api/v1/auth/signup')).toHaveLength(0);
  });

  it('shows the strength of the password and the rules while typing', async () => {
    renderWithProviders(<SignupPage portal="partner" />, { fetch: stubApi({}).fetch });
    const user = userEvent.setup();
    const password = input(/^Wachtwoord/);

    expect(password).toHaveAccessibleDescription(expect.stringContaining('Minstens 10 tekens.'));
    await user.type(password, 'kort');
    expect(password).toHaveAccessibleDescription(expect.stringContaining('Sterkte: te kort'));
    await user.clear(password);
    await user.type(password, 'vlinder-kaas-fiets-29');
    expect(password).toHaveAccessibleDescription(expect.stringContaining('Sterkte: sterk'));
  });
});
