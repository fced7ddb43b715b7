import { json, problem, renderWithProviders } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PartnerAccessRequest } from '../api/partnerAccess';
import { AppRoutes } from '../AppRoutes';
import { translations } from '../locales';
import { staffApi } from '../test/adminApi';

const WILLEM: PartnerAccessRequest = {
  id: '0192f0c4-0000-7000-8000-0000000000a1',
  user_id: '0192f0c4-0000-7000-8000-0000000000b1',
  requester_name: 'Willem de Wit',
  requester_email: 'wijkwerker@kring.demo',
  status: 'requested',
  organisation_id: null,
  organisation_name: 'Wijkteam Utrecht Zuid',
  country: 'NL',
  registration_number: null,
  job_title: 'Wijkwerker',
  work_email: 'w.dewit@wijkteamzuid.example',
  work_phone: '+31302345678',
  reason: 'Ik help ouderen in Hoograven.',
  requested_at: '2026-12-04T08:00:00Z',
  deadline_at: '2026-12-06T08:00:00Z',
  decided_at: null,
  refusal_reason: null,
  overdue: true,
};
const CHANTAL: PartnerAccessRequest = {
  ...WILLEM,
  id: '0192f0c4-0000-7000-8000-0000000000a2',
  user_id: '0192f0c4-0000-7000-8000-0000000000b2',
  requester_name: 'Chantal Bakker',
  requester_email: 'casemanager@kring.demo',
  organisation_name: 'Zorgbalans Casemanagement',
  job_title: 'Casemanager dementie',
  deadline_at: '2026-12-08T08:00:00Z',
  overdue: false,
};
const LIST = 'GET /api/v1/admin/partner-access-requests';
const detail = (request: PartnerAccessRequest) =>
  `/api/v1/admin/partner-access-requests/${request.id}`;

function render(route: string, api: ReturnType<typeof staffApi>) {
  return renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch, route });
}

describe('partner access in the staff console', () => {
  it('lists waiting requests by deadline with the overdue one marked, and counts them at home', async () => {
    const api = staffApi('verifier', {
      [LIST]: json({ items: [WILLEM, CHANTAL], next_cursor: null }),
    });
    render('/', api);
    const card = await screen.findByRole('region', { name: 'Aanvragen partnertoegang' });
    await waitFor(() => expect(within(card).getByText('2')).toBeInTheDocument());
    expect(within(card).getByText('1 al over de 48 uur')).toBeInTheDocument();
    await userEvent.setup().click(within(card).getByRole('link', { name: 'Naar de wachtrij' }));

    const table = await screen.findByRole('table', { name: 'Partnertoegang' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual([
      'Willem de Wit',
      'Chantal Bakker',
    ]);
    const [willem, chantal] = rows as [HTMLElement, HTMLElement];
    expect(within(willem).getByText('Te laat')).toBeInTheDocument();
    expect(within(chantal).queryByText('Te laat')).not.toBeInTheDocument();
    expect(
      new URLSearchParams(api.callsTo('GET', LIST.slice(4)).at(-1)?.search).get('status'),
    ).toBe('requested');
  });

  it('accepts a request after asking', async () => {
    const user = userEvent.setup();
    const accepted: PartnerAccessRequest = {
      ...WILLEM,
      status: 'accepted',
      overdue: false,
      decided_at: '2026-12-06T10:00:00Z',
    };
    let answered = false;
    const api = staffApi('verifier', {
      [`GET ${detail(WILLEM)}`]: () => json(answered ? accepted : WILLEM),
      [`POST ${detail(WILLEM)}/acceptance`]: () => {
        answered = true;
        return json(accepted);
      },
    });
    render(`/partner-access/${WILLEM.id}`, api);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Willem de Wit' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Te laat: dit had uiterlijk/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'w.dewit@wijkteamzuid.example' })).toHaveAttribute(
      'href',
      'mailto:w.dewit@wijkteamzuid.example',
    );
    await user.click(screen.getByRole('button', { name: 'Goedkeuren' }));
    const dialog = await screen.findByRole('dialog', { name: 'Partnertoegang goedkeuren?' });
    await user.click(within(dialog).getByRole('button', { name: 'Goedkeuren' }));
    await waitFor(() =>
      expect(api.callsTo('POST', `${detail(WILLEM)}/acceptance`)).toHaveLength(1),
    );
    expect(await screen.findByText(/^Beantwoord op/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Goedkeuren' })).not.toBeInTheDocument();
  });

  it('refuses only with a reason, and shows the API’s refusal', async () => {
    const user = userEvent.setup();
    const api = staffApi('advisor', {
      [`GET ${detail(CHANTAL)}`]: json(CHANTAL),
      [`POST ${detail(CHANTAL)}/refusal`]: problem(409, {
        detail: 'Deze aanvraag is al beantwoord.',
      }),
    });
    render(`/partner-access/${CHANTAL.id}`, api);
    await user.click(await screen.findByRole('button', { name: 'Afwijzen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Partnertoegang afwijzen' });
    await user.click(within(dialog).getByRole('button', { name: 'Afwijzen' }));
    expect(within(dialog).getByLabelText(/Reden voor de aanvrager/)).toHaveAccessibleDescription(
      /Geef een reden\./,
    );
    expect(api.callsTo('POST', `${detail(CHANTAL)}/refusal`)).toEqual([]);
    await user.type(within(dialog).getByLabelText(/Reden voor de aanvrager/), 'Onbekend nummer.');
    await user.click(within(dialog).getByRole('button', { name: 'Afwijzen' }));
    expect(await within(dialog).findByText('Deze aanvraag is al beantwoord.')).toBeInTheDocument();
    expect(api.callsTo('POST', `${detail(CHANTAL)}/refusal`)[0]?.body).toEqual({
      reason: 'Onbekend nummer.',
    });
  });

  it('keeps the menu item and the page from a branch member', async () => {
    const api = staffApi('branch');
    render('/partner-access', api);
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent(
      'Partnertoegang',
    );
    expect(screen.queryByRole('link', { name: 'Partnertoegang' })).not.toBeInTheDocument();
    expect(api.callsTo('GET', LIST.slice(4))).toEqual([]);
  });
});
