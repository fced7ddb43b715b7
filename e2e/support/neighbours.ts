import type { Browser, Page } from '@playwright/test';
import { expect, setWidth, WIDTHS } from './fixtures';

/**
 * The demo's neighbourhood accounts (`kring seed-demo`): residents of Wittevrouwen
 * (`buur1..7`, `partner@`), its worker, and the admin who handles reports. One password.
 */
export const NEIGHBOUR_PASSWORD = 'Zonnebloem-Kring-2026';
export const CONSOLE_ADMIN = {
  email: 'admin@kring.demo',
  totp: 'O5B3FY652KRWAMC3EUVJCZ52LJBUBHH5',
};

/** A person logs in to the partner portal in a fresh browser context, landing on `path`. */
export async function logInNeighbour(
  browser: Browser,
  baseUrl: string,
  email: string,
  path: string,
): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await setWidth(page, WIDTHS[0]);
  await page.goto(`${baseUrl}${path}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen');
  await page.locator('#login-email').fill(email);
  await page.locator('#login-password').fill(NEIGHBOUR_PASSWORD);
  await page.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();
  return page;
}
