import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/renderWithProviders';
import { AccountSecurityPage } from './AccountSecurityPage';
import { PROBLEM_TYPES } from './problems';
import { ANNA, json, noContent, problem, stubApi, type StubAnswer } from './stubApi';

const CODES = Array.from({ length: 10 }, (_, index) => `wxyz${index}-mnpq${index}`);
const CHALLENGE = 'c0ffee00-0000-7000-8000-000000000002';
const WITH_APP = {
  mfa_required: true,
  factors: [
    { id: 'f-totp', kind: 'totp', phone_ending: null, confirmed_at: '2026-11-20T08:00:00Z' },
    { id: 'f-sms', kind: 'sms', phone_ending: '678', confirmed_at: '2026-11-21T08:00:00Z' },
  ],
  recovery_codes_left: 3,
  mfa_verified_at: '2026-11-23T08:00:00Z',
};

const stepUpRequired = () =>
  new Response(
    JSON.stringify({
      type: PROBLEM_TYPES.stepUpRequired,
      title: 'Bevestig dat u het bent',
      status: 401,
      detail: 'Bevestig met uw tweede stap dat u het bent en probeer het opnieuw.',
    }),
    { status: 401, headers: { 'content-type': 'application/problem+json' } },
  );

function renderSecurity(routes: Record<string, StubAnswer>, portal: 'partner' | 'pro' = 'partner') {
  const api = stubApi({
    'GET /api/v1/me': json(ANNA),
    'GET /api/v1/me/security': json(WITH_APP),
    'GET /api/v1/auth/sessions': json([]),
    ...routes,
  });
  renderWithProviders(<AccountSecurityPage portal={portal} />, { fetch: api.fetch });
  return api;
}

async function factorsRegion() {
  return screen.findByRole('region', { name: 'Tweestapsverificatie' });
}

describe('my second factors', () => {
  it('lists them with the recovery codes left; the SMS number is for staff to change', async () => {
    renderSecurity({});
    const region = await factorsRegion();

    expect(await within(region).findByText('Tweestapsverificatie staat aan.')).toBeInTheDocument();
    const items = within(region).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Authenticator-app');
    expect(items[0]).toHaveTextContent('Ingesteld op 20 november 2026');
    expect(items[1]).toHaveTextContent('Sms naar het nummer dat eindigt op 678');
    expect(items[1]).toHaveTextContent('Alleen Kring kan dit nummer wijzigen.');
    expect(within(items[1] as HTMLElement).queryByRole('button')).not.toBeInTheDocument();
    expect(region).toHaveTextContent('U heeft nog 3 herstelcodes die u kunt gebruiken.');
    expect(within(region).getByRole('link', { name: 'Een manier toevoegen' })).toHaveAttribute(
      'href',
      '/account/second-factor?next=%2Faccount%2Fsecurity',
    );
  });

  it('shows the API’s refusal to remove the last factor of an account that needs one', async () => {
    const api = renderSecurity({
      'DELETE /api/v1/me/mfa/f-totp': problem(409, {
        detail: 'Uw account heeft een tweede stap nodig: voeg eerst een andere toe.',
      }),
    });
    const user = userEvent.setup();
    const region = await factorsRegion();

    await user.click(
      await within(region).findByRole('button', { name: 'Verwijderen: Authenticator-app' }),
    );
    expect(within(region).getByText(/Weet u het zeker\?/)).toBeInTheDocument();
    await user.click(within(region).getByRole('button', { name: 'Ja, verwijderen' }));

    expect(await within(region).findByRole('alert')).toHaveTextContent(
      'Uw account heeft een tweede stap nodig: voeg eerst een andere toe.',
    );
    expect(api.callsTo('DELETE', '/api/v1/me/mfa/f-totp')).toHaveLength(1);
  });

  it('removes an app after the confirmation', async () => {
    let security: typeof WITH_APP = WITH_APP;
    const api = renderSecurity({
      'GET /api/v1/me/security': () => json(security),
      'DELETE /api/v1/me/mfa/f-totp': () => {
        security = { ...WITH_APP, factors: WITH_APP.factors.slice(1) };
        return noContent();
      },
    });
    const user = userEvent.setup();
    const region = await factorsRegion();

    await user.click(
      await within(region).findByRole('button', { name: 'Verwijderen: Authenticator-app' }),
    );
    await user.click(within(region).getByRole('button', { name: 'Ja, verwijderen' }));

    await waitFor(() => expect(within(region).getAllByRole('listitem')).toHaveLength(1));
    expect(api.callsTo('DELETE', '/api/v1/me/mfa/f-totp')).toHaveLength(1);
  });
});

describe('step-up', () => {
  it('asks for the second factor when the API wants it, then retries the call once', async () => {
    let renewals = 0;
    const api = renderSecurity({
      'POST /api/v1/me/mfa/recovery-codes': () =>
        ++renewals === 1 ? stepUpRequired() : json({ recovery_codes: CODES }),
      'POST /api/v1/auth/mfa/step-up': json({
        status: 'mfa_required',
        challenge_id: CHALLENGE,
        factors: ['totp', 'sms', 'recovery_code'],
      }),
      'POST /api/v1/auth/mfa/verify': json({
        status: 'signed_in',
        me: ANNA,
        mfa_setup_required: false,
        organisation_choice_required: false,
      }),
    });
    const user = userEvent.setup();
    const region = await factorsRegion();

    await user.click(
      await within(region).findByRole('button', { name: 'Nieuwe herstelcodes maken' }),
    );

    const dialog = await screen.findByRole('dialog', { name: 'Bevestig dat u het bent' });
    const code = await within(dialog).findByLabelText(/^Code uit de app/, { selector: 'input' });
    // The same step as at log-in: other ways are offered.
    expect(within(dialog).getByRole('button', { name: 'Een herstelcode gebruiken' })).toBeVisible();
    await user.type(code, '314159');
    await user.click(within(dialog).getByRole('button', { name: 'Bevestigen' }));

    const list = await screen.findByRole('list', { name: 'Uw herstelcodes' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(10);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsTo('POST', '/api/v1/me/mfa/recovery-codes')).toHaveLength(2);
    expect(api.callsTo('POST', '/api/v1/auth/mfa/step-up')).toHaveLength(1);
    expect(api.callsTo('POST', '/api/v1/auth/mfa/verify')[0]?.body).toEqual({
      challenge_id: CHALLENGE,
      method: 'totp',
      code: '314159',
    });

    // Stored: the codes disappear for good.
    await user.click(screen.getByRole('checkbox', { name: 'Ik heb deze codes veilig bewaard' }));
    await user.click(screen.getByRole('button', { name: 'Klaar' }));
    expect(screen.queryByText(CODES[0] as string)).not.toBeInTheDocument();
  });

  it('retries only once: a second refusal is shown, not asked again', async () => {
    const api = renderSecurity({
      'POST /api/v1/me/mfa/recovery-codes': () => stepUpRequired(),
      'POST /api/v1/auth/mfa/step-up': json({
        status: 'mfa_required',
        challenge_id: CHALLENGE,
        factors: ['totp'],
      }),
      'POST /api/v1/auth/mfa/verify': json({ status: 'signed_in', me: ANNA }),
    });
    const user = userEvent.setup();
    const region = await factorsRegion();

    await user.click(
      await within(region).findByRole('button', { name: 'Nieuwe herstelcodes maken' }),
    );
    const dialog = await screen.findByRole('dialog');
    await user.type(
      await within(dialog).findByLabelText(/^Code uit de app/, { selector: 'input' }),
      '271828',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Bevestigen' }));

    expect(await within(region).findByRole('alert')).toHaveTextContent(
      'Bevestig met uw tweede stap dat u het bent en probeer het opnieuw.',
    );
    expect(api.callsTo('POST', '/api/v1/me/mfa/recovery-codes')).toHaveLength(2);
    expect(api.callsTo('POST', '/api/v1/auth/mfa/step-up')).toHaveLength(1);
  });

  it('does nothing when the person cancels, and says so', async () => {
    const api = renderSecurity({
      'POST /api/v1/me/email': () => stepUpRequired(),
      'POST /api/v1/auth/mfa/step-up': json({
        status: 'mfa_required',
        challenge_id: CHALLENGE,
        factors: ['totp'],
      }),
    });
    const user = userEvent.setup();

    const field = await screen.findByLabelText(/^Nieuw e-mailadres/, { selector: 'input' });
    await user.type(field, 'anna.nieuw@example.org');
    await user.click(screen.getByRole('button', { name: 'E-mailadres wijzigen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Bevestig dat u het bent' });
    await within(dialog).findByLabelText(/^Code uit de app/, { selector: 'input' });
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));

    expect(await screen.findByTestId('error-summary')).toHaveTextContent(
      'U heeft niet bevestigd dat u het bent. Er is niets gewijzigd.',
    );
    expect(api.callsTo('POST', '/api/v1/me/email')).toHaveLength(1);
    expect(api.callsTo('POST', '/api/v1/auth/mfa/verify')).toHaveLength(0);
  });
});

describe('my e-mail address', () => {
  it('sends a confirmation link to the new address (partner and provider accounts)', async () => {
    const api = renderSecurity({
      'GET /api/v1/me/security': json({ ...WITH_APP, mfa_required: false, factors: [] }),
      'POST /api/v1/me/email': json({ detail: 'We hebben een link gestuurd.' }, 202),
    });
    const user = userEvent.setup();

    const region = await screen.findByRole('region', { name: 'E-mailadres' });
    expect(within(region).getByTestId('current-email')).toHaveTextContent('anna@example.org');
    await user.type(
      within(region).getByLabelText(/^Nieuw e-mailadres/, { selector: 'input' }),
      'anna.nieuw@example.org',
    );
    await user.click(within(region).getByRole('button', { name: 'E-mailadres wijzigen' }));

    expect(await within(region).findByRole('status')).toHaveTextContent(
      'We hebben een link gestuurd naar anna.nieuw@example.org.',
    );
    expect(api.callsTo('POST', '/api/v1/me/email')[0]?.body).toEqual({
      new_email: 'anna.nieuw@example.org',
      portal: 'partner',
    });
  });

  it('puts the API’s refusal of the new address on its field', async () => {
    renderSecurity({
      'POST /api/v1/me/email': problem(422, {
        errors: [{ field: 'new_email', message: 'Dit is al uw e-mailadres.' }],
      }),
    });
    const user = userEvent.setup();

    const field = await screen.findByLabelText(/^Nieuw e-mailadres/, { selector: 'input' });
    await user.type(field, 'anna@example.org');
    await user.click(screen.getByRole('button', { name: 'E-mailadres wijzigen' }));

    await waitFor(() => expect(field).toHaveAccessibleDescription(/Dit is al uw e-mailadres\./));
  });

  it('shows it read-only to members of an organisation', async () => {
    const api = renderSecurity({
      'GET /api/v1/me': json({
        ...ANNA,
        memberships: [
          {
            organisation_id: 'o-1',
            organisation_name: 'Zorggroep De Linde',
            kind: 'umbrella',
            portal_admin: false,
          },
        ],
        active_organisation_id: 'o-1',
      }),
    });

    const region = await screen.findByRole('region', { name: 'E-mailadres' });
    expect(region).toHaveTextContent(
      'Uw organisatie beheert dit account. Wilt u een ander e-mailadres? Vraag het de beheerder van het klantportaal van uw organisatie, of Kring.',
    );
    expect(within(region).queryByRole('textbox')).not.toBeInTheDocument();
    expect(api.callsTo('POST', '/api/v1/me/email')).toHaveLength(0);
  });
});
