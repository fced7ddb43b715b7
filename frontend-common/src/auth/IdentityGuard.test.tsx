import { requireData } from '@kring/client';
import { useQuery } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useApiClient } from '../api/ApiClientContext';
import { renderWithProviders } from '../test/renderWithProviders';
import { IdentityGuard } from './IdentityGuard';
import { PROBLEM_TYPES } from './problems';
import { ANNA, json, stubApi, type StubAnswer } from './stubApi';

function Where() {
  const location = useLocation();
  return <p data-testid="where">{`${location.pathname}${location.search}`}</p>;
}

/** A page of the portal that needs data from the API (any call would do). */
function SessionsPage() {
  const client = useApiClient();
  const sessions = useQuery({
    queryKey: ['sessions'],
    queryFn: () => requireData(client.GET('/api/v1/auth/sessions')),
    retry: false,
  });
  return <h1>{sessions.isError ? 'Mislukt' : 'Sessies'}</h1>;
}

function renderPortal(
  routes: Record<string, StubAnswer>,
  route: string,
  organisationRequired = false,
) {
  const api = stubApi(routes);
  renderWithProviders(
    <>
      <IdentityGuard organisationRequired={organisationRequired} />
      <Routes>
        <Route path="/account/sessions" element={<SessionsPage />} />
        <Route path="*" element={<Where />} />
      </Routes>
    </>,
    { fetch: api.fetch, route },
  );
  return api;
}

const typed = (status: number, type: string, detail: string) =>
  new Response(JSON.stringify({ type, title: 'x', status, detail }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });

const MEMBER = {
  ...ANNA,
  memberships: [
    {
      organisation_id: 'o-1',
      organisation_name: 'Zorggroep De Linde',
      kind: 'umbrella',
      portal_admin: true,
    },
    {
      organisation_id: 'o-2',
      organisation_name: 'Stichting Zonnehuis',
      kind: 'umbrella',
      portal_admin: false,
    },
  ],
  active_organisation_id: null,
};

describe('IdentityGuard', () => {
  it('sends the person to the 2FA set-up when an API call answers mfa-setup-required', async () => {
    renderPortal(
      {
        'GET /api/v1/me': json(ANNA),
        'GET /api/v1/auth/sessions': typed(
          403,
          PROBLEM_TYPES.mfaSetupRequired,
          'Stel eerst tweestapsverificatie in.',
        ),
      },
      '/account/sessions?tab=2',
    );

    expect(await screen.findByTestId('where')).toHaveTextContent(
      '/account/second-factor?next=%2Faccount%2Fsessions%3Ftab%3D2',
    );
  });

  it('sends the person to the chooser when an API call answers organisation-choice-required', async () => {
    renderPortal(
      {
        'GET /api/v1/me': json(ANNA),
        'GET /api/v1/auth/sessions': typed(
          409,
          PROBLEM_TYPES.organisationChoiceRequired,
          'Kies eerst een organisatie.',
        ),
      },
      '/account/sessions',
    );

    expect(await screen.findByTestId('where')).toHaveTextContent(
      '/choose-organisation?next=%2Faccount%2Fsessions',
    );
  });

  it('leaves other refusals to the page', async () => {
    renderPortal(
      {
        'GET /api/v1/me': json(ANNA),
        'GET /api/v1/auth/sessions': typed(403, 'https://kring.nl/problems/forbidden', 'Nee.'),
      },
      '/account/sessions',
    );

    expect(await screen.findByRole('heading', { name: 'Mislukt' })).toBeInTheDocument();
    expect(screen.queryByTestId('where')).not.toBeInTheDocument();
  });

  it('keeps a member who must have 2FA and has none on the set-up, also after a reload', async () => {
    const api = renderPortal(
      {
        'GET /api/v1/me': json(MEMBER),
        'GET /api/v1/me/security': json({
          mfa_required: true,
          factors: [],
          recovery_codes_left: 0,
          mfa_verified_at: null,
        }),
      },
      '/',
    );

    await waitFor(() =>
      expect(screen.getByTestId('where')).toHaveTextContent(/^\/account\/second-factor$/),
    );
    expect(api.callsTo('GET', '/api/v1/me/security')).toHaveLength(1);
  });

  it('asks nobody else about their factors', async () => {
    const api = renderPortal({ 'GET /api/v1/me': json(ANNA) }, '/somewhere');

    expect(await screen.findByTestId('where')).toHaveTextContent('/somewhere');
    await new Promise((wait) => setTimeout(wait, 50));
    expect(api.callsTo('GET', '/api/v1/me/security')).toHaveLength(0);
  });

  it('makes a member of several organisations choose first where the portal acts for one', async () => {
    renderPortal(
      {
        'GET /api/v1/me': json(MEMBER),
        'GET /api/v1/me/security': json({
          mfa_required: true,
          factors: [
            { id: 'f', kind: 'totp', phone_ending: null, confirmed_at: '2026-11-23T08:00:00Z' },
          ],
          recovery_codes_left: 10,
          mfa_verified_at: '2026-11-23T08:00:00Z',
        }),
      },
      '/orders',
      true,
    );

    await waitFor(() =>
      expect(screen.getByTestId('where')).toHaveTextContent('/choose-organisation?next=%2Forders'),
    );
  });

  it('lets e-mail links work whatever the account still needs', async () => {
    renderPortal(
      {
        'GET /api/v1/me': json(MEMBER),
        'GET /api/v1/me/security': json({
          mfa_required: true,
          factors: [],
          recovery_codes_left: 0,
          mfa_verified_at: null,
        }),
      },
      '/confirm-email?token=abc',
      true,
    );

    await new Promise((wait) => setTimeout(wait, 100));
    expect(screen.getByTestId('where')).toHaveTextContent('/confirm-email?token=abc');
  });
});
