import { json, renderWithProviders } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../AppRoutes';
import type { StaffReview } from '../api/reviews';
import { translations } from '../locales';
import { PIETER, staffApi, staffMember } from '../test/adminApi';

const GOOD: StaffReview = {
  id: '0192f0c4-0000-7000-8000-0000000009a1',
  stars: 4,
  text: 'Snel en netjes gewerkt.',
  author_name: 'Anna',
  created_at: '2026-11-20T10:00:00Z',
  hidden: false,
  hidden_at: null,
  hidden_reason: null,
  reply: null,
  replied_at: null,
};
const RUDE: StaffReview = {
  ...GOOD,
  id: '0192f0c4-0000-7000-8000-0000000009a2',
  stars: 1,
  text: 'Scheldwoorden.',
  author_name: 'Bert',
  hidden: true,
  hidden_at: '2026-11-22T09:00:00Z',
  hidden_reason: 'Beledigend',
};

const base = `/api/v1/admin/providers/${PIETER.id}`;

describe('the reviews card', () => {
  it('shows every review, and hides one only with a reason', async () => {
    const user = userEvent.setup();
    let good = GOOD;
    const api = staffApi('branch', {
      [`GET ${base}`]: json(PIETER),
      [`GET ${base}/reviews`]: () => json({ items: [good, RUDE], next_cursor: null }),
      [`POST /api/v1/admin/reviews/${GOOD.id}/hiding`]: (call) => {
        good = {
          ...GOOD,
          hidden: true,
          hidden_at: '2026-12-02T09:00:00Z',
          hidden_reason: (call.body as { reason: string }).reason,
        };
        return json(good);
      },
    });
    renderWithProviders(<AppRoutes />, {
      translations,
      fetch: api.fetch,
      route: `/providers/${PIETER.id}`,
    });

    const card = await screen.findByRole('region', { name: 'Beoordelingen' });
    const anna = await within(card).findByRole('row', { name: /Anna/ });
    expect(within(anna).getByRole('img', { name: '4 van 5 sterren' })).toBeInTheDocument();
    expect(anna).toHaveTextContent('Snel en netjes gewerkt.');
    expect(anna).toHaveTextContent('Zichtbaar');
    const bert = within(card).getByRole('row', { name: /Bert/ });
    expect(bert).toHaveTextContent('Verborgen');
    expect(bert).toHaveTextContent('Reden: Beledigend');

    // Hiding needs a reason: without one nothing is sent.
    await user.click(within(anna).getByRole('button', { name: 'Verbergen' }));
    const dialog = await screen.findByRole('dialog', { name: 'De beoordeling verbergen' });
    await user.click(within(dialog).getByRole('button', { name: 'Verbergen' }));
    expect(within(dialog).getByText('Geef een reden van minstens 3 tekens.')).toBeInTheDocument();
    expect(api.callsTo('POST', `/api/v1/admin/reviews/${GOOD.id}/hiding`)).toEqual([]);
    await user.type(within(dialog).getByLabelText(/^Reden/), 'Noemt een naam');
    await user.click(within(dialog).getByRole('button', { name: 'Verbergen' }));
    await waitFor(() =>
      expect(api.callsTo('POST', `/api/v1/admin/reviews/${GOOD.id}/hiding`)[0]?.body).toEqual({
        reason: 'Noemt een naam',
      }),
    );
    // The list is read again.
    await waitFor(() =>
      expect(within(card).getByRole('row', { name: /Anna/ })).toHaveTextContent(
        'Reden: Noemt een naam',
      ),
    );
  });

  it('shows a hidden review again after asking', async () => {
    const user = userEvent.setup();
    const api = staffApi('branch', {
      [`GET ${base}`]: json(PIETER),
      [`GET ${base}/reviews`]: json({ items: [GOOD, RUDE], next_cursor: null }),
      [`DELETE /api/v1/admin/reviews/${RUDE.id}/hiding`]: json({ ...RUDE, hidden: false }),
    });
    renderWithProviders(<AppRoutes />, {
      translations,
      fetch: api.fetch,
      route: `/providers/${PIETER.id}`,
    });
    const card = await screen.findByRole('region', { name: 'Beoordelingen' });
    const bert = await within(card).findByRole('row', { name: /Bert/ });
    await user.click(within(bert).getByRole('button', { name: 'Weer tonen' }));
    const show = await screen.findByRole('dialog', { name: 'De beoordeling weer tonen' });
    await user.click(within(show).getByRole('button', { name: 'Weer tonen' }));
    await waitFor(() =>
      expect(api.callsTo('DELETE', `/api/v1/admin/reviews/${RUDE.id}/hiding`)).toHaveLength(1),
    );
  });

  it('is not there for a role without moderate_reviews', async () => {
    const member = staffMember('verifier');
    const api = staffApi('verifier', {
      'GET /api/v1/me': () =>
        json({
          ...member,
          staff_tasks: member.staff_tasks.filter((t) => t !== 'moderate_reviews'),
        }),
      [`GET ${base}`]: json(PIETER),
    });
    renderWithProviders(<AppRoutes />, {
      translations,
      fetch: api.fetch,
      route: `/providers/${PIETER.id}`,
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Klushulp Pieter' })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Beoordelingen' })).toBeNull();
    expect(api.callsTo('GET', `${base}/reviews`)).toEqual([]);
  });
});
