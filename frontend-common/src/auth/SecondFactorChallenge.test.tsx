import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/renderWithProviders';
import { meKeys } from './api/me';
import { LoginPage } from './LoginPage';
import { ANNA, json, problem, stubApi, type StubAnswer } from './stubApi';

function Where() {
  const location = useLocation();
  return <p data-testid="where">{`${location.pathname}${location.search}`}</p>;
}

function renderLogin(routes: Record<string, StubAnswer>, route = '/login') {
  const api = stubApi(routes);
  const rendered = renderWithProviders(
    <Routes>
      <Route path="/login" element={<LoginPage portal="partner" />} />
      <Route path="*" element={<Where />} />
    </Routes>,
    { fetch: api.fetch, route },
  );
  return { api, ...rendered };
}

const CHALLENGE = 'c0ffee00-0000-7000-8000-000000000001';
const challenge = (factors: string[]) =>
  json({ status: 'mfa_required', challenge_id: CHALLENGE, factors });
const signedIn = (flags: Record<string, boolean> = {}) =>
  json({
    status: 'signed_in',
    me: ANNA,
    mfa_setup_required: false,
    organisation_choice_required: false,
    ...flags,
  });
const wrongCode = (left: number) =>
  problem(422, {
    errors: [
      {
        field: 'code',
        message:
          left > 0
            ? `Deze code klopt niet. U kunt het nog ${left} keer proberen.`
            : 'Deze code klopt niet en deze verificatie is beëindigd. Log opnieuw in.',
      },
    ],
  });

async function enterPassword() {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(/^E-mailadres/, { selector: 'input' }), 'anna@example.org');
  await user.type(screen.getByLabelText(/^Wachtwoord/, { selector: 'input' }), 'vlinder-kaas-29');
  await user.click(screen.getByRole('button', { name: 'Inloggen' }));
  await screen.findByRole('heading', { level: 1, name: 'Tweestapsverificatie' });
  return user;
}

const codeField = (name: RegExp = /^Code uit de app/) =>
  screen.getByLabelText(name, { selector: 'input' });
const submit = () => screen.getByRole('button', { name: 'Inloggen' });

describe('the second-factor step of logging in', () => {
  it('asks for the app code after the password and signs in with the right one', async () => {
    const { api, queryClient } = renderLogin(
      {
        'POST /api/v1/auth/login': challenge(['totp', 'sms', 'recovery_code']),
        'POST /api/v1/auth/mfa/verify': signedIn(),
      },
      '/login?next=%2Forders',
    );
    const user = await enterPassword();

    expect(codeField()).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Stuur mij een code per sms' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Een herstelcode gebruiken' })).toBeVisible();
    await user.type(codeField(), '123 456');
    await user.click(submit());

    expect(await screen.findByTestId('where')).toHaveTextContent('/orders');
    expect(api.callsTo('POST', '/api/v1/auth/mfa/verify')[0]?.body).toEqual({
      challenge_id: CHALLENGE,
      method: 'totp',
      code: '123456',
    });
    expect(queryClient.getQueryData(meKeys.all)).toEqual(ANNA);
  });

  it('checks the code has six digits before sending it', async () => {
    const { api } = renderLogin({ 'POST /api/v1/auth/login': challenge(['totp']) });
    const user = await enterPassword();

    await user.type(codeField(), '12a45');
    await user.click(submit());

    expect(codeField()).toHaveAccessibleDescription(/De code bestaat uit 6 cijfers\./);
    expect(api.callsTo('POST', '/api/v1/auth/mfa/verify')).toHaveLength(0);
  });

  it('puts a wrong code on the field with the tries left, and starts again after five', async () => {
    let tries = 0;
    const { api } = renderLogin({
      'POST /api/v1/auth/login': challenge(['totp']),
      'POST /api/v1/auth/mfa/verify': () => wrongCode(5 - ++tries),
    });
    const user = await enterPassword();

    await user.type(codeField(), '000000');
    await user.click(submit());
    await waitFor(() =>
      expect(codeField()).toHaveAccessibleDescription(
        /Deze code klopt niet\. U kunt het nog 4 keer proberen\./,
      ),
    );
    expect(screen.getByTestId('error-summary')).toHaveFocus();

    for (let attempt = 2; attempt <= 4; attempt += 1) {
      await user.click(submit());
      await waitFor(() =>
        expect(api.callsTo('POST', '/api/v1/auth/mfa/verify')).toHaveLength(attempt),
      );
    }
    await user.click(submit());

    // The fifth refusal ends the challenge: back to the password, with the address kept.
    expect(await screen.findByTestId('challenge-ended')).toHaveTextContent(
      'U heeft te vaak een verkeerde code ingevuld.',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^E-mailadres/, { selector: 'input' })).toHaveValue(
      'anna@example.org',
    );
    expect(api.callsTo('POST', '/api/v1/auth/mfa/verify')).toHaveLength(5);
  });

  it('goes back to the password when the challenge has expired', async () => {
    renderLogin({
      'POST /api/v1/auth/login': challenge(['totp']),
      'POST /api/v1/auth/mfa/verify': problem(401, {
        detail: 'Deze verificatie is verlopen. Log opnieuw in om een nieuwe te krijgen.',
      }),
    });
    const user = await enterPassword();

    await user.type(codeField(), '123456');
    await user.click(submit());

    expect(await screen.findByTestId('challenge-ended')).toHaveTextContent(
      'Deze inlogpoging is verlopen.',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
  });

  it('texts a code with one click, says so, and tells how long to wait before another', async () => {
    let sent = 0;
    const { api } = renderLogin({
      'POST /api/v1/auth/login': challenge(['sms', 'recovery_code']),
      'POST /api/v1/auth/mfa/sms': () =>
        ++sent === 1
          ? json({ detail: 'We hebben een code per sms gestuurd.' }, 202)
          : problem(429, { detail: 'Te veel verzoeken.' }, { 'Retry-After': '90' }),
      'POST /api/v1/auth/mfa/verify': signedIn(),
    });
    const user = await enterPassword();

    // Without an app, the text message comes first; nothing is sent before the click.
    expect(api.callsTo('POST', '/api/v1/auth/mfa/sms')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Stuur de code' }));
    expect(await screen.findByTestId('sms-sent')).toHaveTextContent(
      'We hebben een sms met een code naar uw mobiele nummer gestuurd.',
    );
    expect(api.callsTo('POST', '/api/v1/auth/mfa/sms')[0]?.body).toEqual({
      challenge_id: CHALLENGE,
    });

    await user.click(
      screen.getByRole('button', { name: 'Geen sms ontvangen? Stuur een nieuwe code' }),
    );
    expect(await screen.findByText(/Probeer het over 2 minuten opnieuw\./)).toBeInTheDocument();

    await user.type(codeField(/^Code uit de sms/), '654321');
    await user.click(submit());
    expect(await screen.findByTestId('where')).toHaveTextContent(/^\/$/);
    expect(api.callsTo('POST', '/api/v1/auth/mfa/verify')[0]?.body).toMatchObject({
      method: 'sms',
      code: '654321',
    });
  });

  it('sends the text straight away when the person picks SMS instead of the app', async () => {
    const { api } = renderLogin({
      'POST /api/v1/auth/login': challenge(['totp', 'sms']),
      'POST /api/v1/auth/mfa/sms': json({ detail: 'Verstuurd.' }, 202),
    });
    const user = await enterPassword();

    await user.click(screen.getByRole('button', { name: 'Stuur mij een code per sms' }));

    expect(await screen.findByTestId('sms-sent')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/v1/auth/mfa/sms')).toHaveLength(1);
    expect(codeField(/^Code uit de sms/)).toBeInTheDocument();
  });

  it('accepts a recovery code', async () => {
    const { api } = renderLogin({
      'POST /api/v1/auth/login': challenge(['totp', 'recovery_code']),
      'POST /api/v1/auth/mfa/verify': signedIn(),
    });
    const user = await enterPassword();

    await user.click(screen.getByRole('button', { name: 'Een herstelcode gebruiken' }));
    await user.type(codeField(/^Herstelcode/), 'abcde-fghjk');
    await user.click(submit());

    await screen.findByTestId('where');
    expect(api.callsTo('POST', '/api/v1/auth/mfa/verify')[0]?.body).toMatchObject({
      method: 'recovery_code',
      code: 'abcdefghjk',
    });
  });

  it('goes back to the password step on request', async () => {
    renderLogin({ 'POST /api/v1/auth/login': challenge(['totp']) });
    const user = await enterPassword();

    await user.click(screen.getByRole('button', { name: 'Terug naar inloggen' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(screen.queryByTestId('challenge-ended')).not.toBeInTheDocument();
  });
});

describe('after logging in', () => {
  it('sends someone who must set up 2FA to the set-up, keeping the way back', async () => {
    renderLogin(
      { 'POST /api/v1/auth/login': signedIn({ mfa_setup_required: true }) },
      '/login?next=%2Forders',
    );
    const user = userEvent.setup();
    await user.type(
      screen.getByLabelText(/^E-mailadres/, { selector: 'input' }),
      'anna@example.org',
    );
    await user.type(screen.getByLabelText(/^Wachtwoord/, { selector: 'input' }), 'geheim-geheim');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByTestId('where')).toHaveTextContent(
      '/account/second-factor?next=%2Forders',
    );
  });

  it('sends a member of several organisations to the chooser', async () => {
    renderLogin({
      'POST /api/v1/auth/login': challenge(['totp']),
      'POST /api/v1/auth/mfa/verify': signedIn({ organisation_choice_required: true }),
    });
    const user = await enterPassword();
    await user.type(codeField(), '123456');
    await user.click(submit());

    expect(await screen.findByTestId('where')).toHaveTextContent(/^\/choose-organisation$/);
  });
});
