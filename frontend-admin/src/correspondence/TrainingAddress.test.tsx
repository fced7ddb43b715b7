import { json, renderWithProviders } from '@kring/common/test-utils';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../AppRoutes';
import { translations } from '../locales';
import { LINDE, staffApi } from '../test/adminApi';

const BRANCH = {
  ...LINDE,
  id: '0192f0c4-0000-7000-8000-0000000b7a7c',
  kind: 'supplier_branch' as const,
  name: 'Kring vestiging Utrecht',
  ad_contract: false,
  training_url: null,
};
const URL = `/api/v1/admin/organisations/${BRANCH.id}`;

describe("a branch's training offer address", () => {
  it('is an https address, sent when changed', async () => {
    const user = userEvent.setup();
    const api = staffApi('advisor', {
      [`GET ${URL}`]: json(BRANCH),
      [`PATCH ${URL}`]: json({ ...BRANCH, training_url: 'https://kring.demo/trainingen' }),
    });
    renderWithProviders(<AppRoutes />, {
      translations,
      fetch: api.fetch,
      route: `/organisations/${BRANCH.id}/edit`,
    });
    const field = await screen.findByLabelText('Adres van het trainingsaanbod');
    await user.type(field, 'http://kring.demo/trainingen');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription(/Geef een webadres dat begint met https:\/\//),
    );
    expect(api.callsTo('PATCH', URL)).toHaveLength(0);

    await user.clear(field);
    await user.type(field, 'https://kring.demo/trainingen');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    await waitFor(() => expect(api.callsTo('PATCH', URL)).toHaveLength(1));
    expect(api.callsTo('PATCH', URL)[0]?.body).toEqual({
      training_url: 'https://kring.demo/trainingen',
    });
  });

  it('is not asked of an organisation that is no branch', async () => {
    const api = staffApi('advisor', {
      [`GET /api/v1/admin/organisations/${LINDE.id}`]: json(LINDE),
    });
    renderWithProviders(<AppRoutes />, {
      translations,
      fetch: api.fetch,
      route: `/organisations/${LINDE.id}/edit`,
    });
    expect(await screen.findByLabelText(/^Naam/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Adres van het trainingsaanbod')).not.toBeInTheDocument();
  });
});
