import { describe, expect, it } from 'vitest';
import commonNl from '../locales/nl.json';
import informalNl from '../locales/nl-informal.json';
import { parseRetryAfter } from './api/rateLimit';
import { mergeCatalogs, withInformalDutch } from './informalDutch';
import { stepAfter } from './loginFlow';
import { passwordStrength } from './passwordStrength';
import { loginPathFor, safeNextPath } from './paths';
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
  it('switches on the status', () => {
    // Cast: the answer grows flags as the API grows; the flow only needs `status` and `me`.
    const signedIn = { status: 'signed_in', me: ANNA } as unknown as Parameters<
      typeof stepAfter
    >[0];
    expect(stepAfter(signedIn)).toEqual({
      step: 'signedIn',
      me: ANNA,
    });
    const unknown = { status: 'later_step' } as unknown as Parameters<typeof stepAfter>[0];
    expect(stepAfter(unknown)).toEqual({ step: 'unknown', status: 'later_step' });
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
    const formal = new Set(keys(commonNl.auth));
    const informal = keys(informalNl.auth);
    expect(informal.filter((key) => !formal.has(key))).toEqual([]);
    expect(keys(informalNl).every((key) => key.startsWith('auth.'))).toBe(true);
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
  });
});
