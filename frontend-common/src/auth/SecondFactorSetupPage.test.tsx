import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/renderWithProviders';
import { SecondFactorSetupPage } from './SecondFactorSetupPage';
import { groupSecret, qrImageSource } from './setup/TotpSetupPanel';
import { ANNA, json, problem, stubApi, type StubAnswer } from './stubApi';

function Where() {
  const location = useLocation();
  return <p data-testid="where">{`${location.pathname}${location.search}`}</p>;
}

const CODES = Array.from({ length: 10 }, (_, index) => `abcd${index}-efgh${index}`);
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const QR = '<svg width="205" height="205" class="segno"><path d="M4 4.5h7"/></svg>';
const NO_FACTORS = {
  mfa_required: true,
  factors: [],
  recovery_codes_left: 0,
  mfa_verified_at: null,
};
const TOTP_FACTOR = {
  id: 'f-totp',
  kind: 'totp',
  phone_ending: null,
  confirmed_at: '2026-11-23T08:00:00Z',
};

function renderSetup(routes: Record<string, StubAnswer>, route = '/account/second-factor') {
  const api = stubApi({ 'GET /api/v1/me': json(ANNA), ...routes });
  renderWithProviders(
    <Routes>
      <Route path="/account/second-factor" element={<SecondFactorSetupPage />} />
      <Route path="*" element={<Where />} />
    </Routes>,
    { fetch: api.fetch, route },
  );
  return api;
}

describe('setting up an authenticator app', () => {
  it('shows the QR code and grouped secret, confirms a code, then the recovery codes once', async () => {
    let security: object = NO_FACTORS;
    const api = renderSetup(
      {
        'GET /api/v1/me/security': () => json(security),
        'POST /api/v1/me/mfa/totp': json(
          { factor_id: 'f-new', secret: SECRET, otpauth_uri: 'otpauth://totp/x', qr_svg: QR },
          201,
        ),
        'POST /api/v1/me/mfa/totp/f-new/confirm': (call) => {
          if ((call.body as { code: string }).code !== '246810') {
            return problem(422, {
              errors: [{ field: 'code', message: 'Deze code klopt niet. Kijk of de tijd klopt.' }],
            });
          }
          security = { ...NO_FACTORS, factors: [TOTP_FACTOR], recovery_codes_left: 10 };
          return json({ recovery_codes: CODES });
        },
      },
      '/account/second-factor?next=%2Forders',
    );
    const user = userEvent.setup();

    // Required and not set up: the only way out is to log out.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Stel eerst tweestapsverificatie in' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Uitloggen' })).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Met een authenticator-app/ }));

    const qr = await screen.findByRole('img', { name: /QR-code om Kring toe te voegen/ });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,/);
    expect(screen.getByTestId('totp-secret')).toHaveTextContent(
      'JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP',
    );
    expect(api.callsTo('POST', '/api/v1/me/mfa/totp')).toHaveLength(1);

    const code = screen.getByLabelText(/^Code uit de app/, { selector: 'input' });
    await user.type(code, '135791');
    await user.click(screen.getByRole('button', { name: 'Bevestigen' }));
    await waitFor(() =>
      expect(code).toHaveAccessibleDescription('Deze code klopt niet. Kijk of de tijd klopt.'),
    );

    await user.clear(code);
    await user.type(code, '246 810');
    await user.click(screen.getByRole('button', { name: 'Bevestigen' }));

    const list = await screen.findByRole('list', { name: 'Uw herstelcodes' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(CODES);
    expect(api.callsTo('POST', '/api/v1/me/mfa/totp/f-new/confirm')[1]?.body).toEqual({
      code: '246810',
    });

    // Going on needs the confirmation that the codes are stored.
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    expect(
      screen.getByRole('checkbox', { name: 'Ik heb deze codes veilig bewaard' }),
    ).toHaveAccessibleDescription('Bewaar de codes en vink dit aan om verder te gaan.');
    expect(screen.queryByTestId('where')).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Ik heb deze codes veilig bewaard' }));
    await user.click(screen.getByRole('button', { name: 'Verder' }));

    expect(await screen.findByTestId('where')).toHaveTextContent(/^\/orders$/);
    // Shown once: the codes are gone, and nothing asks the API for them again.
    expect(screen.queryByText(CODES[0] as string)).not.toBeInTheDocument();
    expect(api.calls.filter((call) => call.path.includes('recovery'))).toHaveLength(0);
  });

  it('goes back to account security after adding a second factor, without new codes', async () => {
    renderSetup({
      'GET /api/v1/me/security': json({
        ...NO_FACTORS,
        mfa_required: false,
        factors: [TOTP_FACTOR],
      }),
      'POST /api/v1/me/mfa/totp': json(
        { factor_id: 'f-2', secret: SECRET, otpauth_uri: 'otpauth://totp/x', qr_svg: QR },
        201,
      ),
      'POST /api/v1/me/mfa/totp/f-2/confirm': json({ recovery_codes: null }),
    });
    const user = userEvent.setup();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tweestapsverificatie instellen' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Uitloggen' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Met een authenticator-app/ }));
    await user.type(
      await screen.findByLabelText(/^Code uit de app/, { selector: 'input' }),
      '123456',
    );
    await user.click(screen.getByRole('button', { name: 'Bevestigen' }));

    expect(await screen.findByTestId('where')).toHaveTextContent(/^\/account\/security$/);
  });
});

describe('setting up text messages', () => {
  it('names a landline on the field, then confirms the code sent to the mobile number', async () => {
    const api = renderSetup({
      'GET /api/v1/me/security': json(NO_FACTORS),
      'POST /api/v1/me/mfa/sms': (call) =>
        (call.body as { phone: string }).phone.startsWith('020')
          ? problem(422, {
              errors: [
                {
                  field: 'phone',
                  message:
                    'Gebruik een mobiel nummer: sms-berichten komen niet aan op een vaste lijn.',
                },
              ],
            })
          : json(
              {
                id: 'f-sms',
                kind: 'sms',
                phone_ending: '678',
                confirmed_at: '2026-11-23T08:00:00Z',
              },
              201,
            ),
      'POST /api/v1/me/mfa/sms/f-sms/confirm': json({ recovery_codes: CODES }),
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: /Met een code per sms/ }));
    const phone = screen.getByLabelText(/^Mobiel nummer/, { selector: 'input' });
    await user.type(phone, '020 123 4567');
    await user.click(screen.getByRole('button', { name: 'Stuur een code' }));
    await waitFor(() =>
      expect(phone).toHaveAccessibleDescription(
        /Gebruik een mobiel nummer: sms-berichten komen niet aan op een vaste lijn\./,
      ),
    );

    await user.clear(phone);
    await user.type(phone, '06 12345678');
    await user.click(screen.getByRole('button', { name: 'Stuur een code' }));
    expect(await screen.findByTestId('sms-setup-sent')).toHaveTextContent(
      'We hebben een code gestuurd naar het nummer dat eindigt op 678.',
    );
    await user.type(screen.getByLabelText(/^Code uit de sms/, { selector: 'input' }), '112233');
    await user.click(screen.getByRole('button', { name: 'Bevestigen' }));

    expect(await screen.findByRole('list', { name: 'Uw herstelcodes' })).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/v1/me/mfa/sms')[1]?.body).toEqual({ phone: '06 12345678' });
    expect(api.callsTo('POST', '/api/v1/me/mfa/sms/f-sms/confirm')[0]?.body).toEqual({
      code: '112233',
    });
  });

  it('offers no second mobile number', async () => {
    renderSetup({
      'GET /api/v1/me/security': json({
        ...NO_FACTORS,
        factors: [{ ...TOTP_FACTOR, id: 'f-s', kind: 'sms', phone_ending: '678' }],
      }),
    });
    expect(
      await screen.findByText(/U heeft al een mobiel nummer voor sms-codes\./),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Met een code per sms/ })).not.toBeInTheDocument();
  });
});

describe('the QR code and the secret', () => {
  it('makes the API’s inline SVG a stand-alone image, and refuses anything else', () => {
    const source = qrImageSource(QR);
    const svg = decodeURIComponent((source ?? '').split(',')[1] ?? '');
    expect(svg).toMatch(
      /^<svg width="205" height="205" class="segno" xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 205 205">/,
    );
    expect(svg).toContain('<path d="M4 4.5h7"/>');
    expect(qrImageSource('<img src=x onerror=alert(1)>')).toBeUndefined();
    expect(qrImageSource('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"></svg>')).toBe(
      `data:image/svg+xml;charset=utf-8,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"></svg>')}`,
    );
  });

  it('groups the secret by four', () => {
    expect(groupSecret('ABCDEFGHIJ')).toBe('ABCD EFGH IJ');
    expect(groupSecret('')).toBe('');
  });
});
