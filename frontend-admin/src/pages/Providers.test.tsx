import { json, renderWithProviders } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../AppRoutes';
import { translations } from '../locales';
import { ConsoleWithAddress } from '../test/ConsoleWithAddress';
import { PIETER, staffApi } from '../test/adminApi';

describe('providers', () => {
  it('shows a verifier the providers but not people, and filters through the address', async () => {
    const user = userEvent.setup();
    const api = staffApi('verifier', {
      'GET /api/v1/admin/providers': json({ items: [PIETER], next_cursor: null }),
    });
    renderWithProviders(<ConsoleWithAddress />, {
      translations,
      fetch: api.fetch,
      route: '/providers?vog=waiting',
    });
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(await within(nav).findByRole('link', { name: 'Dienstverleners' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Mensen' })).not.toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Klushulp Pieter' })).toBeInTheDocument();
    await waitFor(() =>
      expect(
        api.callsTo('GET', '/api/v1/admin/providers').some((call) => {
          const query = new URLSearchParams(call.search);
          return query.get('vog') === 'waiting' && query.get('limit') === '20';
        }),
      ).toBe(true),
    );

    await user.click(screen.getByRole('checkbox', { name: /zonder bevestigde VOG/ }));
    expect(screen.getByTestId('where')).toHaveTextContent(
      '/providers?vog=waiting&vog_missing=true',
    );
    await waitFor(() =>
      expect(
        new URLSearchParams(api.callsTo('GET', '/api/v1/admin/providers').at(-1)?.search).get(
          'vog_missing',
        ),
      ).toBe('true'),
    );
  });

  it('lets a verifier set a badge, but not suspend', async () => {
    const user = userEvent.setup();
    // The API keeps what was set: the page reloads the provider after a change.
    let stored = PIETER;
    const api = staffApi('verifier', {
      [`GET /api/v1/admin/providers/${PIETER.id}`]: () => json(stored),
      [`PATCH /api/v1/admin/providers/${PIETER.id}/badges`]: (call) => {
        stored = { ...stored, ...(call.body as object) };
        return json(stored);
      },
    });
    renderWithProviders(<ConsoleWithAddress />, {
      translations,
      fetch: api.fetch,
      route: `/providers/${PIETER.id}`,
    });
    const seen = await screen.findByRole('switch', { name: 'Identiteitsbewijs gezien' });
    expect(screen.queryByRole('button', { name: 'Schorsen' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'De VOG openen (pdf)' })).toHaveAttribute(
      'href',
      `/api/v1/admin/providers/${PIETER.id}/vog`,
    );
    await user.click(seen);
    await waitFor(() => expect(seen).toBeChecked());
    expect(api.callsTo('PATCH', `/api/v1/admin/providers/${PIETER.id}/badges`)[0]?.body).toEqual({
      identity_document_seen: true,
    });
  });

  it('plays the introduction video with the session, and says captions are missing', async () => {
    const api = staffApi('branch', {
      [`GET /api/v1/admin/providers/${PIETER.id}`]: json({ ...PIETER, status: 'live' }),
    });
    renderWithProviders(<AppRoutes />, {
      translations,
      fetch: api.fetch,
      route: `/providers/${PIETER.id}`,
    });
    const section = await screen.findByRole('region', { name: 'Introductievideo' });
    const video = within(section).getByTestId('provider-video');
    expect(video).toHaveAttribute('preload', 'none');
    expect(video.querySelector('source')).toHaveAttribute(
      'src',
      `/api/v1/admin/providers/${PIETER.id}/video`,
    );
    expect(video).toHaveAccessibleDescription(/Ondertiteling is niet beschikbaar/);
    expect(screen.getByRole('link', { name: 'Het openbare profiel openen' })).toHaveAttribute(
      'href',
      `/partner/aanbieders/${PIETER.id}`,
    );
  });

  it('says the public profile waits until the provider is live', async () => {
    const api = staffApi('branch', {
      [`GET /api/v1/admin/providers/${PIETER.id}`]: json(PIETER),
    });
    renderWithProviders(<AppRoutes />, {
      translations,
      fetch: api.fetch,
      route: `/providers/${PIETER.id}`,
    });
    expect(
      await screen.findByText(
        'Het openbare profiel is pas te zien zodra de dienstverlener live is.',
      ),
    ).toBeVisible();
  });
});
