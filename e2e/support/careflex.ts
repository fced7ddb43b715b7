import type { Browser, Page } from '@playwright/test';
import { expect, setWidth, WIDTHS } from './fixtures';
import { freshTotpCode } from './totp';

/**
 * The demo's Careflex side (README): Erik is a portal employee of Zorggroep De Linde, member of
 * one project; Carla, the care manager, leads De Linde's projects; Ada is a staff admin.
 */
export const ERIK = {
  email: 'medewerker@kring.demo',
  password: 'Zonnebloem-Kring-2026',
  totp: 'RNWHB3S4ESV4NVLMSDEEVMETLX7ZNZPE',
};
export const CARLA = {
  email: 'care-manager@kring.demo',
  password: 'Zonnebloem-Kring-2026',
  totp: 'JCENJIKGAM72MUGDE42USDQRHBMYKK2N',
};
export const ADA = {
  email: 'admin@kring.demo',
  password: 'Zonnebloem-Kring-2026',
  totp: 'O5B3FY652KRWAMC3EUVJCZ52LJBUBHH5',
};

/** Erik logs in to the pro portal (password, then a fresh app code): he works for De Linde only. */
export async function logInErik(browser: Browser, baseUrl: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const h1 = page.getByRole('heading', { level: 1 });
  await setWidth(page, WIDTHS[0]);
  await page.goto(`${baseUrl}/pro/login`);
  await page.locator('#login-email').fill(ERIK.email);
  await page.locator('#login-password').fill(ERIK.password);
  await page.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();
  await expect(h1).toHaveText('Tweestapsverificatie');
  await page.getByLabel(/^Code uit de app/).fill(await freshTotpCode(ERIK.totp));
  await page.getByRole('main').getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expect(h1).toHaveText('Welkom, Erik Medewerker');
  return page;
}
