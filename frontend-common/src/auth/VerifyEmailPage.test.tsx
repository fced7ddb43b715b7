import { screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/renderWithProviders';
import { json, problem, stubApi } from './stubApi';
import { VerifyEmailPage } from './VerifyEmailPage';

describe('VerifyEmailPage', () => {
  it('confirms the address once on load, then offers the log-in', async () => {
    const api = stubApi({
      'POST /api/v1/auth/verify-email': json({ detail: 'Confirmed.' }),
    });
    renderWithProviders(
      <StrictMode>
        <VerifyEmailPage />
      </StrictMode>,
      { fetch: api.fetch, route: '/verify-email?token=t0k' },
    );

    expect(screen.getByRole('status')).toHaveTextContent('We bevestigen uw e-mailadres…');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Uw e-mailadres is bevestigd' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Inloggen' })).toHaveAttribute('href', '/login');
    expect(api.callsTo('POST', '/api/v1/auth/verify-email')).toHaveLength(1);
    expect(api.callsTo('POST', '/api/v1/auth/verify-email')[0]?.body).toEqual({ token: 't0k' });
  });

  it('explains an expired link and links to sign up again', async () => {
    const api = stubApi({
      'POST /api/v1/auth/verify-email': problem(422, {
        errors: [{ field: 'token', message: 'This link has expired or was already used.' }],
      }),
    });
    renderWithProviders(<VerifyEmailPage />, { fetch: api.fetch, route: '/?token=old' });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Deze link is verlopen of al gebruikt.',
    );
    expect(screen.getByRole('link', { name: 'Opnieuw een account aanmaken' })).toHaveAttribute(
      'href',
      '/signup',
    );
  });
});
