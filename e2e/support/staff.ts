import {
  request,
  type APIRequestContext,
  type APIResponse,
  type Browser,
  type Page,
} from '@playwright/test';
import { expect, setWidth, WIDTHS } from './fixtures';
import { freshTotpCode } from './totp';

/** The demo verifier (README): checks documents such as a provider's VOG, with a second factor. */
export const VERIFIER = {
  email: 'verifier@kring.demo',
  password: 'Zonnebloem-Kring-2026',
  totp: '3GOARZTHRJ2EBL5OKW2JS35IIT7YT6QW',
};

export interface StaffApi {
  get(path: string): Promise<APIResponse>;
  post(path: string, data: unknown): Promise<APIResponse>;
  dispose(): Promise<void>;
}

/**
 * Kring's staff console is the admin API for now: a staff member logged in over HTTP (password,
 * then a code from the authenticator app), sending the CSRF token and Origin as a portal would.
 */
export async function staffApi(baseUrl: string, who = VERIFIER): Promise<StaffApi> {
  const context: APIRequestContext = await request.newContext({ baseURL: baseUrl });
  const csrf = async () =>
    (await context.storageState()).cookies.find((cookie) => cookie.name === 'kring_csrf')?.value ??
    '';
  const headers = async () => ({ 'X-CSRF-Token': await csrf(), Origin: baseUrl });
  const login = await context.post('/api/v1/auth/login', {
    data: { email: who.email, password: who.password },
    headers: await headers(),
  });
  const challenge = (await login.json()) as { status: string; challenge_id: string };
  expect(challenge.status, 'staff need a second factor').toBe('mfa_required');
  const verified = await context.post('/api/v1/auth/mfa/verify', {
    data: {
      challenge_id: challenge.challenge_id,
      method: 'totp',
      code: await freshTotpCode(who.totp),
    },
    headers: await headers(),
  });
  expect(verified.status(), await verified.text()).toBe(200);
  return {
    get: (path) => context.get(path),
    post: async (path, data) => context.post(path, { data, headers: await headers() }),
    dispose: () => context.dispose(),
  };
}

/** A staff member logs in to the console in a browser: password, then a fresh app code. */
export async function logInToConsole(
  browser: Browser,
  baseUrl: string,
  who: { email: string; totp: string; password?: string } = VERIFIER,
): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const h1 = page.getByRole('heading', { level: 1 });
  await setWidth(page, WIDTHS[0]);
  await page.goto(`${baseUrl}/admin/`);
  await expect(h1).toHaveText('Inloggen');
  await page.locator('#login-email').fill(who.email);
  await page.locator('#login-password').fill(who.password ?? VERIFIER.password);
  await page.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();
  await expect(h1).toHaveText('Tweestapsverificatie');
  await page.getByLabel(/^Code uit de app/).fill(await freshTotpCode(who.totp));
  await page.getByRole('main').getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expect(h1).toHaveText(/^Goed je te zien/);
  return page;
}
