import type { Browser, Page } from '@playwright/test';
import { expect, setWidth, WIDTHS } from './fixtures';
import { freshTotpCode } from './totp';

/**
 * The demo's care professional (`kring seed-demo`): Paula orders for Zorggroep De Linde (AD
 * contract, Wlz orders waiting for her signature) and Stichting Zonnehuis; Bea works for the
 * branch that serves both and may handle orders.
 */
export const PAULA = {
  email: 'pro@kring.demo',
  password: 'Zonnebloem-Kring-2026',
  totp: 'YEPM6UNYE3HDXGDJ6SDRM2TA73E6EDFK',
};
export const BEA = {
  email: 'branch@kring.demo',
  password: 'Zonnebloem-Kring-2026',
  totp: 'USUX7SYADARWOEVF6OZAYAKG2TUYH33T',
};

/** Paula logs in (password, then a fresh app code) and acts for De Linde. */
export async function logInPaula(
  browser: Browser,
  baseUrl: string,
  options: { acceptDownloads?: boolean } = {},
): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  const h1 = page.getByRole('heading', { level: 1 });
  await setWidth(page, WIDTHS[0]);
  await page.goto(`${baseUrl}/pro/login`);
  await page.locator('#login-email').fill(PAULA.email);
  await page.locator('#login-password').fill(PAULA.password);
  await page.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();
  await expect(h1).toHaveText('Tweestapsverificatie');
  await page.getByLabel(/^Code uit de app/).fill(await freshTotpCode(PAULA.totp));
  await page.getByRole('main').getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expect(h1).toHaveText('Kies uw organisatie');
  await page
    .getByRole('main')
    .getByRole('button', { name: /Zorggroep De Linde/ })
    .click();
  await expect(h1).toHaveText('Welkom, Paula Zorgprofessional');
  return page;
}
