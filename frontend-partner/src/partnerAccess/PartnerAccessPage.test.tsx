import { ANNA, json, problem, type StubCall } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PartnerAccess, PartnerAccessRequest } from '../api/partnerAccess';
import { publicApi } from '../test/fixtures';
import { renderPartner, where } from '../test/renderPartner';

const ROUTE = '/partner-access';
const ME = { ...ANNA, memberships: [], second_factor_required: false };

/** Wednesday 9 December 2026, 09:00 in Amsterdam. */
const REQUEST: PartnerAccessRequest = {
  id: '0192f0c4-0000-7000-8000-0000000000f1',
  status: 'requested',
  organisation_id: null,
  organisation_name: 'Buurtteam Oost',
  country: 'NL',
  registration_number: '41234567',
  job_title: 'Buurtwerker',
  work_email: 'anna@buurtteam.example',
  work_phone: '+31301234567',
  reason: 'Ik begeleid ouderen in de wijk.',
  requested_at: '2026-12-07T08:00:00Z',
  deadline_at: '2026-12-09T08:00:00Z',
  decided_at: null,
  refusal_reason: null,
};

function access(standing: PartnerAccess['standing'], latest: PartnerAccessRequest | null) {
  return json({ standing, can_request: standing === 'none' || standing === 'refused', latest });
}

type User = ReturnType<typeof userEvent.setup>;

async function fillIn(user: User) {
  await user.type(
    screen.getByRole('textbox', { name: /Naam van uw organisatie/ }),
    'Buurtteam Oost',
  );
  await user.type(screen.getByRole('textbox', { name: /KvK- of ondernemingsnummer/ }), '4123 4567');
  await user.type(screen.getByRole('textbox', { name: /Uw functie/ }), 'Buurtwerker');
  await user.type(
    screen.getByRole('textbox', { name: /E-mailadres op uw werk/ }),
    'anna@buurtteam.example',
  );
  await user.type(
    screen.getByRole('textbox', { name: /Telefoonnummer op uw werk/ }),
    '030 123 4567',
  );
  await user.type(
    screen.getByRole('textbox', { name: /Waarvoor hebt u partnertoegang nodig/ }),
    'Ik begeleid ouderen in de wijk.',
  );
}

describe('partner access', { timeout: 20_000 }, () => {
  it('sends someone who is not signed in to the login page and back', async () => {
    renderPartner(ROUTE, publicApi());
    await waitFor(() => expect(where()).toBe(`/login?next=${encodeURIComponent(ROUTE)}`));
  });

  it('asks for access and then shows the 48-hour deadline and what was sent', async () => {
    const user = userEvent.setup();
    let asked: StubCall | null = null;
    const api = publicApi({
      'GET /api/v1/me': json(ME),
      'GET /api/v1/partner/access': () =>
        asked ? access('requested', REQUEST) : access('none', null),
      'POST /api/v1/partner/access/requests': (call) => {
        asked = call;
        return json(REQUEST, 201);
      },
    });
    renderPartner(ROUTE, api);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Partnertoegang aanvragen' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/binnen 48 uur per e-mail/)).toBeInTheDocument();
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Aanvraag versturen' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'We controleren uw aanvraag' }),
    ).toHaveFocus();
    expect(screen.getByTestId('access-deadline')).toHaveTextContent(
      'U hoort uiterlijk woensdag 9 december 09:00 per e-mail of u partnertoegang hebt.',
    );
    expect(api.calls.find((call) => call.method === 'POST')?.body).toEqual({
      organisation_name: 'Buurtteam Oost',
      country: 'NL',
      registration_number: '4123 4567',
      job_title: 'Buurtwerker',
      work_email: 'anna@buurtteam.example',
      work_phone: '030 123 4567',
      reason: 'Ik begeleid ouderen in de wijk.',
    });
    const sent = screen.getByRole('region', { name: 'Wat u ons stuurde' });
    expect(within(sent).getByText('Buurtteam Oost')).toBeInTheDocument();
    expect(within(sent).getByText('030 123 4567')).toBeInTheDocument();
  });

  it('checks the form before sending and names each field', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      'GET /api/v1/me': json(ME),
      'GET /api/v1/partner/access': access('none', null),
    });
    renderPartner(ROUTE, api);
    await screen.findByRole('heading', { level: 1, name: 'Partnertoegang aanvragen' });
    await user.type(screen.getByRole('textbox', { name: /KvK- of ondernemingsnummer/ }), '123');
    await user.click(screen.getByRole('button', { name: 'Aanvraag versturen' }));
    expect(await screen.findByText('Een KvK-nummer heeft 8 cijfers.')).toBeInTheDocument();
    expect(screen.getByText('Vul de naam van uw organisatie in.')).toBeInTheDocument();
    expect(
      screen.getByText('Schrijf kort waarvoor u partnertoegang nodig hebt.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'België' }));
    expect(
      await screen.findByText(
        'Een Belgisch ondernemingsnummer heeft 10 cijfers en begint met 0 of 1.',
      ),
    ).toBeInTheDocument();
    expect(api.calls.some((call) => call.method === 'POST')).toBe(false);
  });

  it('shows the API’s refusal on its field', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      'GET /api/v1/me': json(ME),
      'GET /api/v1/partner/access': access('none', null),
      'POST /api/v1/partner/access/requests': problem(422, {
        errors: [{ field: 'work_phone', message: 'Dit is geen geldig telefoonnummer.' }],
      }),
    });
    renderPartner(ROUTE, api);
    await screen.findByRole('heading', { level: 1, name: 'Partnertoegang aanvragen' });
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Aanvraag versturen' }));
    expect(await screen.findAllByText('Dit is geen geldig telefoonnummer.')).not.toHaveLength(0);
    expect(screen.getByRole('textbox', { name: /Telefoonnummer op uw werk/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it('after a refusal shows the reason and lets them ask again', async () => {
    const refused = {
      ...REQUEST,
      status: 'refused' as const,
      decided_at: '2026-12-08T10:00:00Z',
      refusal_reason: 'We konden uw organisatie niet bereiken.',
    };
    renderPartner(
      ROUTE,
      publicApi({
        'GET /api/v1/me': json(ME),
        'GET /api/v1/partner/access': access('refused', refused),
      }),
    );
    expect(await screen.findByText('We konden uw organisatie niet bereiken.')).toBeInTheDocument();
    expect(screen.getByText('Uw vorige aanvraag is niet goedgekeurd')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Aanvraag versturen' })).toBeInTheDocument();
  });

  it('tells a verified partner what they can do now', async () => {
    const accepted = {
      ...REQUEST,
      status: 'accepted' as const,
      decided_at: '2026-12-08T10:00:00Z',
    };
    renderPartner(
      ROUTE,
      publicApi({
        'GET /api/v1/me': json(ME),
        'GET /api/v1/partner/access': access('accepted', accepted),
      }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'U hebt partnertoegang' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('U bent geverifieerd partner voor Buurtteam Oost.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Aanvraag versturen' })).not.toBeInTheDocument();
  });
});
