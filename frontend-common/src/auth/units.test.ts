import { describe, expect, it } from 'vitest';
import commonNl from '../locales/nl.json';
import informalNl from '../locales/nl-informal.json';
import { parseRetryAfter } from './api/rateLimit';
import { mergeCatalogs, withInformalDutch } from './informalDutch';
import { defaultMethod, FIRST_STEP, MAX_CODE_ATTEMPTS, nextStep, stepAfter } from './loginFlow';
import { passwordStrength } from './passwordStrength';
import { loginPathFor, pathAfterSignIn, safeNextPath, withNext } from './paths';
import { ANNA } from './stubApi';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keys(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('the way back after logging in', () => {
  it('accepts paths inside the portal only', () => {
    expect(safeNextPath('/account/security?x=1')).toBe('/account/security?x=1');
    expect(safeNextPath(null)).toBe('/');
    expect(safeNextPath('https://evil.example/')).toBe('/');
    expect(safeNextPath('//evil.example/')).toBe('/');
    expect(safeNextPath('/\\evil.example/')).toBe('/');
    expect(safeNextPath('/login?next=/x')).toBe('/');
  });

  it('builds the login link', () => {
    expect(loginPathFor('/')).toBe('/login');
    expect(loginPathFor('/account/security')).toBe('/login?next=%2Faccount%2Fsecurity');
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120')).toBe(120);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
    const now = Date.parse('2026-11-23T12:00:00Z');
    expect(parseRetryAfter('Mon, 23 Nov 2026 12:05:00 GMT', now)).toBe(300);
  });
});

describe('the log-in flow', () => {
  type Result = Parameters<typeof stepAfter>[0];
  const challenge = (factors: string[]): Result =>
    ({ status: 'mfa_required', challenge_id: 'c-1', factors }) as unknown as Result;
  const inChallenge = (factors: string[]) =>
    nextStep(FIRST_STEP, { type: 'answer', result: challenge(factors) });

  it('switches on the status', () => {
    // Cast: the answer grows flags as the API grows; the flow only needs `status` and `me`.
    const signedIn = { status: 'signed_in', me: ANNA } as unknown as Result;
    expect(stepAfter(signedIn)).toEqual({
      step: 'signedIn',
      me: ANNA,
      mfaSetupRequired: false,
      organisationChoiceRequired: false,
    });
    const unknown = { status: 'later_step' } as unknown as Result;
    expect(stepAfter(unknown)).toEqual({ step: 'unknown', status: 'later_step' });
  });

  it('carries what must happen after signing in', () => {
    const signedIn = {
      status: 'signed_in',
      me: ANNA,
      mfa_setup_required: true,
      organisation_choice_required: true,
    } as unknown as Result;
    expect(stepAfter(signedIn)).toMatchObject({
      mfaSetupRequired: true,
      organisationChoiceRequired: true,
    });
  });

  it('asks for the app first, else a text message, else a recovery code', () => {
    expect(inChallenge(['sms', 'totp', 'recovery_code'])).toEqual({
      step: 'secondFactor',
      challengeId: 'c-1',
      factors: ['sms', 'totp', 'recovery_code'],
      method: 'totp',
      refused: 0,
      smsSent: 0,
    });
    expect(inChallenge(['sms', 'recovery_code'])).toMatchObject({ method: 'sms' });
    expect(inChallenge(['recovery_code'])).toMatchObject({ method: 'recovery_code' });
    expect(defaultMethod([])).toBe('totp');
    // A factor this build does not know is left out, not offered.
    expect(inChallenge(['totp', 'webauthn'])).toMatchObject({ factors: ['totp'] });
  });

  it('switches methods only to factors the person has, and counts texts sent', () => {
    let step = inChallenge(['totp', 'sms']);
    step = nextStep(step, { type: 'chooseMethod', method: 'recovery_code' });
    expect(step).toMatchObject({ method: 'totp' });
    step = nextStep(step, { type: 'chooseMethod', method: 'sms' });
    step = nextStep(step, { type: 'smsSent' });
    step = nextStep(step, { type: 'smsSent' });
    expect(step).toMatchObject({ method: 'sms', smsSent: 2 });
  });

  it('goes back to the password after five refused codes', () => {
    let step = inChallenge(['totp']);
    for (let refused = 1; refused < MAX_CODE_ATTEMPTS; refused += 1) {
      step = nextStep(step, { type: 'codeRefused' });
      expect(step).toMatchObject({ step: 'secondFactor', refused });
    }
    expect(MAX_CODE_ATTEMPTS).toBe(5);
    expect(nextStep(step, { type: 'codeRefused' })).toEqual({
      step: 'credentials',
      ended: 'tooManyCodes',
    });
  });

  it('goes back to the password when the challenge is dead, or on request', () => {
    const step = inChallenge(['totp']);
    expect(nextStep(step, { type: 'challengeDead' })).toEqual({
      step: 'credentials',
      ended: 'expired',
    });
    expect(nextStep(step, { type: 'restart' })).toEqual({ step: 'credentials' });
  });

  it('signs in when the code is right', () => {
    const step = inChallenge(['totp']);
    const signedIn = { status: 'signed_in', me: ANNA, mfa_setup_required: false } as Result;
    expect(nextStep(step, { type: 'answer', result: signedIn })).toMatchObject({
      step: 'signedIn',
      me: ANNA,
    });
  });

  it('ignores challenge events outside a challenge', () => {
    expect(nextStep(FIRST_STEP, { type: 'codeRefused' })).toBe(FIRST_STEP);
    expect(nextStep(FIRST_STEP, { type: 'smsSent' })).toBe(FIRST_STEP);
  });
});

describe('after signing in', () => {
  it('sets up a required second factor first, then the organisation, then goes on', () => {
    const both = { mfaSetupRequired: true, organisationChoiceRequired: true };
    expect(pathAfterSignIn(both, '/orders?x=1')).toBe(
      '/account/second-factor?next=%2Forders%3Fx%3D1',
    );
    expect(pathAfterSignIn({ ...both, mfaSetupRequired: false }, '/orders')).toBe(
      '/choose-organisation?next=%2Forders',
    );
    expect(pathAfterSignIn({ ...both, mfaSetupRequired: false }, null)).toBe(
      '/choose-organisation',
    );
    const neither = { mfaSetupRequired: false, organisationChoiceRequired: false };
    expect(pathAfterSignIn(neither, '/orders')).toBe('/orders');
    expect(pathAfterSignIn(neither, '//evil.example')).toBe('/');
  });

  it('never goes back to a set-up or chooser page', () => {
    expect(safeNextPath('/account/second-factor')).toBe('/');
    expect(safeNextPath('/choose-organisation?next=/x')).toBe('/');
    expect(withNext('/choose-organisation', '/choose-organisation')).toBe('/choose-organisation');
  });
});

describe('password strength hint', () => {
  it('grades passwords', () => {
    expect(passwordStrength({ password: '' }).level).toBe('empty');
    expect(passwordStrength({ password: 'kort' }).level).toBe('tooShort');
    expect(passwordStrength({ password: 'anna-fiets-kaas', firstName: 'Anna' }).level).toBe(
      'personal',
    );
    expect(
      passwordStrength({ password: 'xyz-vries-pluto', email: 'a.vries@example.org' }).level,
    ).toBe('personal');
    expect(passwordStrength({ password: 'wachtwoord123' }).score).toBeLessThan(3);
    expect(passwordStrength({ password: 'Zomer2024!!' }).score).toBeLessThan(3);
    expect(passwordStrength({ password: 'aaaaaaaaaaaaaaaa' }).score).toBeLessThan(3);
    expect(passwordStrength({ password: 'vlinder-kaas-fiets-29' }).level).toBe('strong');
  });
});

describe('informal Dutch', () => {
  it('only overrides texts that exist in the formal catalog', () => {
    const formal = new Set(keys(commonNl));
    const informal = keys(informalNl);
    expect(informal.filter((key) => !formal.has(key))).toEqual([]);
    // The identity pages and the profile; `common.*` has nothing to say "u" or "je" in.
    expect(Object.keys(informalNl).sort()).toEqual(['auth', 'profile']);
  });

  it('merges at any depth and leaves the other languages alone', () => {
    expect(mergeCatalogs({ a: { b: 'u', c: 'x' } }, { a: { b: 'je' } })).toEqual({
      a: { b: 'je', c: 'x' },
    });
    const app = { nl: { app: { name: 'Hulp bieden' } }, fr: { x: 'y' }, en: { x: 'z' } };
    const merged = withInformalDutch(app);
    expect(merged.fr).toBe(app.fr);
    expect((merged.nl.auth as { login: { lead: string } }).login.lead).toBe(
      'Log in met je e-mailadres en wachtwoord.',
    );
    expect((merged.nl.auth as { login: { title: string } }).login.title).toBe('Inloggen');
    const profile = merged.nl.profile as { dayParts: { lead: string; title: string } };
    expect(profile.dayParts.lead).toContain('Een afspraak maak je altijd samen.');
    expect(profile.dayParts.title).toBe('Beschikbaarheid');
    expect(merged.nl.app).toBe(app.nl.app);
  });
});
