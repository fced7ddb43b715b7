import { json, problem, renderWithProviders } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { translations } from '../../locales';
import en from '../../locales/concierge/en.json';
import fr from '../../locales/concierge/fr.json';
import nl from '../../locales/concierge/nl.json';
import { LINDE_ID, proApi } from '../../test/proApi';
import type { Subscription } from './api';
import ConciergeSubscriptionsPage from './ConciergeSubscriptionsPage';

const SUB_ID = '0192f0c4-0000-7000-8000-0000000e0001';
const LIST = `/api/v1/organisations/${LINDE_ID}/concierge/subscriptions`;

const MEHMET: Subscription = {
  id: SUB_ID,
  user_id: '0192f0c4-0000-7000-8000-0000000e0u01',
  subscriber_name: 'Mehmet Yilmaz',
  organisation_id: LINDE_ID,
  starts_on: '2026-12-01',
  ends_on: null,
  monthly_budget_cents: 15000,
  funding: 'wmo',
  active: true,
  created_at: '2026-12-01T09:00:00Z',
};

function keys(value: unknown, prefix = ''): string[] {
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

describe('the municipality’s concierge subscriptions', { timeout: 20_000 }, () => {
  it('has the same texts in Dutch, French and English', () => {
    expect(keys(fr).sort()).toEqual(keys(nl).sort());
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });

  it('lists, subscribes a resident by e-mail (budget in cents) and ends a subscription', async () => {
    const user = userEvent.setup();
    let tries = 0;
    const api = proApi(
      {},
      {
        [`GET ${LIST}`]: json({ items: [MEHMET], next_cursor: null }),
        [`POST ${LIST}`]: () => {
          tries += 1;
          return tries === 1
            ? problem(422, {
                detail: 'Invalid',
                errors: [
                  { field: 'body.email', message: 'Deze bewoner woont niet in uw buurten.' },
                ],
              })
            : json(MEHMET, 201);
        },
        [`POST ${LIST}/${SUB_ID}/end`]: json({ ...MEHMET, ends_on: '2026-12-31' }),
      },
    );
    renderWithProviders(<ConciergeSubscriptionsPage />, { translations, fetch: api.fetch });
    expect(await screen.findByText('Mehmet Yilmaz')).toBeInTheDocument();
    expect(screen.getByText(/€\s150,00 · Wmo/)).toBeInTheDocument();

    await user.type(screen.getByLabelText(/E-mailadres/), 'truus@example.org');
    await user.type(screen.getByRole('textbox', { name: /Budget per maand/ }), '150,50');
    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));
    expect(await screen.findByText('Deze bewoner woont niet in uw buurten.')).toBeInTheDocument();
    expect(api.callsTo('POST', LIST)[0]?.body).toMatchObject({
      email: 'truus@example.org',
      monthly_budget_cents: 15050,
      funding: 'wmo',
    });
    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));
    expect(await screen.findByText('Bewoner aangemeld.')).toBeInTheDocument();

    const endForm = screen.getByRole('form', { name: 'Abonnement van Mehmet Yilmaz beëindigen' });
    const day = within(endForm).getByLabelText('Laatste dag');
    await user.clear(day);
    await user.type(day, '2026-12-31');
    await user.click(within(endForm).getByRole('button', { name: 'Beëindigen' }));
    await waitFor(() => expect(api.callsTo('POST', `${LIST}/${SUB_ID}/end`)).toHaveLength(1));
    expect(api.callsTo('POST', `${LIST}/${SUB_ID}/end`)[0]?.body).toEqual({
      ends_on: '2026-12-31',
    });
  });
});
