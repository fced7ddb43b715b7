import { json, renderWithProviders } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PromotionRequest } from '../api/promotions';
import { AppRoutes } from '../AppRoutes';
import { translations } from '../locales';
import { PIETER, staffApi } from '../test/adminApi';

const FEE_REQUEST: PromotionRequest = {
  id: '0192f0c4-0000-7000-8000-0000000000f1',
  profile_id: PIETER.id,
  provider_name: 'Pieter Dienstverlener',
  provider_email: 'provider@kring.demo',
  name: 'Pieter Dienstverlener',
  message: '',
  package: 'fee',
  status: 'requested',
  price_cents: null,
  requested_at: '2026-12-01T09:00:00Z',
  starts_on: null,
  ends_on: null,
  invoice: null,
};

describe('promotion packages', () => {
  it('confirms a fee package only with an agreed price of at least EUR 500', async () => {
    const user = userEvent.setup();
    const confirmPath = `/api/v1/admin/promotion-requests/${FEE_REQUEST.id}/confirm`;
    const api = staffApi('advisor', {
      'GET /api/v1/admin/promotion-requests': json({ items: [FEE_REQUEST], next_cursor: null }),
      [`POST ${confirmPath}`]: json({ ...FEE_REQUEST, status: 'confirmed' }),
    });
    renderWithProviders(<AppRoutes />, {
      translations,
      fetch: api.fetch,
      route: '/promotion-requests?status=requested',
    });
    await user.click(await screen.findByRole('button', { name: 'Bevestigen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Het promotiepakket bevestigen' });
    const price = within(dialog).getByLabelText(/Afgesproken prijs/);
    await user.type(price, '400');
    await user.click(within(dialog).getByRole('button', { name: 'Bevestigen' }));
    expect(price).toHaveAccessibleDescription(/minstens € 500,00/);
    expect(api.callsTo('POST', confirmPath)).toEqual([]);

    await user.clear(price);
    await user.type(price, '750,00');
    await user.click(within(dialog).getByRole('button', { name: 'Bevestigen' }));
    await waitFor(() => expect(api.callsTo('POST', confirmPath)).toHaveLength(1));
    expect(api.callsTo('POST', confirmPath)[0]?.body).toMatchObject({ price_cents: 75000 });
    expect(
      new URLSearchParams(
        api.callsTo('GET', '/api/v1/admin/promotion-requests').at(-1)?.search,
      ).get('status'),
    ).toBe('requested');
  });

  it('shows a branch member the requests without the button to confirm them', async () => {
    const api = staffApi('branch', {
      'GET /api/v1/admin/promotion-requests': json({ items: [FEE_REQUEST], next_cursor: null }),
    });
    renderWithProviders(<AppRoutes />, {
      translations,
      fetch: api.fetch,
      route: '/promotion-requests',
    });
    expect(await screen.findByRole('link', { name: 'Pieter Dienstverlener' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Bevestigen' })).not.toBeInTheDocument();
  });
});
