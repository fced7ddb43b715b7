import { ANNA, json, problem } from '@kring/common/test-utils';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { publicApi } from '../test/fixtures';
import { renderPartner, where } from '../test/renderPartner';

const ME = { ...ANNA, memberships: [], second_factor_required: false };
const TOKEN = 'transfer-token-abcdefghijklmnopqrstuvwxyz';
const DOSSIER_ID = '0192f0c4-0000-7000-8000-0000000d0551';

describe('links from dossier e-mails', { timeout: 20_000 }, () => {
  it('takes over a transferred dossier and opens it', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      'GET /api/v1/me': json(ME),
      'POST /api/v1/dossier-transfers/acceptance': json({ dossier_id: DOSSIER_ID }),
    });
    renderPartner(`/dossier-transfers?token=${TOKEN}`, api);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Een dossier overnemen' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dossier overnemen' }));
    await waitFor(() => expect(where()).toBe(`/dossiers/${DOSSIER_ID}`));
    expect(api.callsTo('POST', '/api/v1/dossier-transfers/acceptance')[0]?.body).toEqual({
      token: TOKEN,
    });
  });

  it('says why an invitation cannot be accepted', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      'GET /api/v1/me': json(ME),
      'POST /api/v1/dossier-invitations/acceptance': problem(409, {
        detail: 'Deze uitnodiging is al aangenomen.',
      }),
    });
    renderPartner(`/dossier-invitations?token=${TOKEN}`, api);
    await user.click(await screen.findByRole('button', { name: 'Uitnodiging aannemen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Deze uitnodiging is al aangenomen.',
    );
  });

  it('asks someone who is not signed in to log in first, and comes back', async () => {
    renderPartner(`/dossier-invitations?token=${TOKEN}`, publicApi());
    await waitFor(() => expect(where()).toMatch(/^\/login\?next=/));
    expect(decodeURIComponent(where())).toContain(`/dossier-invitations?token=${TOKEN}`);
  });
});
