import { json, renderWithProviders } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Helper, HelperSummary } from '../api/helpers';
import { translations } from '../locales';
import { ConsoleWithAddress } from '../test/ConsoleWithAddress';
import { staffApi } from '../test/adminApi';

const INEKE: HelperSummary = {
  id: '01a24b8e-0000-7000-8000-0000000000e1',
  user_id: '01a24b8e-0000-7000-8000-0000000000u1',
  name: 'Ineke Smit',
  email: 'hulp4@kring.demo',
  city: 'Nieuwegein',
  status: 'active',
  kind: 'volunteer',
  accepting_new: true,
  identity_document_seen: false,
  seen_in_person: false,
  badged_at: null,
  matchable: false,
  created_at: '2026-12-01T10:00:00Z',
};

const INEKE_PAGE: Helper = {
  ...INEKE,
  phone: null,
  profile: {
    id: INEKE.id,
    status: 'active',
    suspended_reason: null,
    kind: 'volunteer',
    hourly_rate_cents: null,
    accepting_new: true,
    introduction: 'Net gestart als vrijwilliger.',
    profile_text: '',
    skill_ids: ['s1'],
    languages: ['nl'],
    address: {
      street: 'Markt',
      house_number: '22',
      house_number_addition: null,
      postcode: '3431 LB',
      city: 'Nieuwegein',
    },
    located: true,
    work_area: 'radius',
    radius_km: 10,
    places: [],
    day_parts: { monday: ['morning'] },
    bank: null,
    photo: null,
    identity_document_seen: false,
    seen_in_person: false,
    badged_at: null,
    matchable: false,
    missing: [],
    created_at: INEKE.created_at,
  },
};

describe('helpers', () => {
  it('lists the helpers waiting for the identity badge, through the address', async () => {
    const user = userEvent.setup();
    const api = staffApi('verifier', {
      'GET /api/v1/admin/helpers': json({ items: [INEKE], next_cursor: null }),
    });
    renderWithProviders(<ConsoleWithAddress />, {
      translations,
      fetch: api.fetch,
      route: '/helpers',
    });
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(await within(nav).findByRole('link', { name: 'Buurthulpen' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Ineke Smit' })).toBeInTheDocument();
    expect(screen.getByText('Wacht op keurmerk')).toBeVisible();

    await user.click(screen.getByRole('checkbox', { name: /wacht op het keurmerk/ }));
    expect(screen.getByTestId('where')).toHaveTextContent('/helpers?waiting_for_badge=true');
    await waitFor(() =>
      expect(
        new URLSearchParams(api.callsTo('GET', '/api/v1/admin/helpers').at(-1)?.search).get(
          'waiting_for_badge',
        ),
      ).toBe('true'),
    );
  });

  it('lets a verifier set the identity badge, sending both badges', async () => {
    const user = userEvent.setup();
    let stored = INEKE_PAGE;
    const api = staffApi('verifier', {
      [`GET /api/v1/admin/helpers/${INEKE.id}`]: () => json(stored),
      [`PUT /api/v1/admin/helpers/${INEKE.id}/badges`]: (call) => {
        stored = { ...stored, ...(call.body as object), matchable: true };
        return json(stored);
      },
    });
    renderWithProviders(<ConsoleWithAddress />, {
      translations,
      fetch: api.fetch,
      route: `/helpers/${INEKE.id}`,
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ineke Smit' })).toBeVisible();
    expect(screen.getByText('Markt 22, 3431 LB Nieuwegein')).toBeVisible();
    const seen = screen.getByRole('switch', { name: 'Identiteitsbewijs gezien' });
    await user.click(seen);
    await waitFor(() => expect(seen).toBeChecked());
    expect(api.callsTo('PUT', `/api/v1/admin/helpers/${INEKE.id}/badges`)[0]?.body).toEqual({
      identity_document_seen: true,
      seen_in_person: false,
    });
  });

  it('does not let a branch employee set badges', async () => {
    const api = staffApi('branch', {
      [`GET /api/v1/admin/helpers/${INEKE.id}`]: json(INEKE_PAGE),
    });
    renderWithProviders(<ConsoleWithAddress />, {
      translations,
      fetch: api.fetch,
      route: `/helpers/${INEKE.id}`,
    });
    expect(await screen.findByRole('switch', { name: 'Identiteitsbewijs gezien' })).toBeDisabled();
  });

  it("shows a paid helper's bank account as the API gives it to staff: masked", async () => {
    const paid: Helper = {
      ...INEKE_PAGE,
      kind: 'paid',
      profile: {
        ...INEKE_PAGE.profile,
        kind: 'paid',
        hourly_rate_cents: 1800,
        bank: { iban: 'NL91 **** **** **** 4300', account_holder: 'I. Smit' },
      },
    };
    const api = staffApi('verifier', { [`GET /api/v1/admin/helpers/${INEKE.id}`]: json(paid) });
    const { unmount } = renderWithProviders(<ConsoleWithAddress />, {
      translations,
      fetch: api.fetch,
      route: `/helpers/${INEKE.id}`,
    });
    expect(await screen.findByText('NL91 **** **** **** 4300 (I. Smit)')).toBeVisible();
    unmount();

    const without: Helper = { ...paid, profile: { ...paid.profile, bank: null } };
    renderWithProviders(<ConsoleWithAddress />, {
      translations,
      fetch: staffApi('verifier', { [`GET /api/v1/admin/helpers/${INEKE.id}`]: json(without) })
        .fetch,
      route: `/helpers/${INEKE.id}`,
    });
    expect(await screen.findByText(/Nog niet opgegeven/)).toBeVisible();
  });
});
