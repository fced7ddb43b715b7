import type { Page } from '@playwright/test';
import { expect, skipWithoutChromium, test } from '../support/fixtures';

skipWithoutChromium();

/** Tries to run an inline script in the page, as an injection would; the policy must stop it. */
async function injectInlineScript(page: Page): Promise<void> {
  // Whether Playwright notices the refusal or not, the script must not have run.
  await page.addScriptTag({ content: 'window.__kringInjected = true;' }).catch(() => undefined);
  expect(await page.evaluate(() => '__kringInjected' in window)).toBe(false);
}

test('the guard catches a script the Content-Security-Policy blocks, in every page of the test', async ({
  page,
  browser,
  baseUrl,
  cspViolations,
}) => {
  await page.goto(`${baseUrl}/partner/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(cspViolations).toEqual([]);

  await injectInlineScript(page);
  await expect.poll(() => cspViolations.some((found) => found.includes('script-src'))).toBe(true);

  // Also in a context the test makes itself, as the journeys with two people do.
  const seen = cspViolations.length;
  const other = await (await browser.newContext()).newPage();
  await other.goto(`${baseUrl}/provider/`);
  await expect(other.getByRole('heading', { level: 1 })).toBeVisible();
  await injectInlineScript(other);
  await expect
    .poll(() => cspViolations.slice(seen).some((found) => found.includes('/provider/')))
    .toBe(true);
  await other.context().close();

  // These violations were this test's point: the guard would otherwise fail it.
  cspViolations.length = 0;
});

test('the API docs run their own inline script, and the dev mailbox shows a mail, without violations', async ({
  page,
  baseUrl,
}) => {
  // The docs' one inline script is allowed by its hash. (Swagger UI itself comes from a CDN,
  // which may not be reachable here; that is a network error, not a violation.)
  await page.goto(`${baseUrl}/docs`);
  await expect(page).toHaveTitle('Kring API - Swagger UI');

  const sent = await page.request.post(`${baseUrl}/api/v1/auth/password/forgot`, {
    data: { email: 'partner@kring.demo' },
  });
  expect(sent.ok()).toBe(true);
  let mailId = '';
  await expect
    .poll(async () => {
      const mails = (await (
        await page.request.get(`${baseUrl}/api/v1/dev/mail`, {
          params: { to: 'partner@kring.demo' },
        })
      ).json()) as { id: string }[];
      mailId = mails[0]?.id ?? '';
      return mailId;
    })
    .not.toBe('');
  await page.goto(`${baseUrl}/dev/mail`);
  await page.locator(`a[href="/dev/mail/${mailId}"]`).click();
  await expect(page).toHaveURL(`${baseUrl}/dev/mail/${mailId}`);
  // The mail's HTML (inline styles, as e-mail needs) in its sandboxed frame.
  const frame = page.frameLocator('iframe.mail-html');
  await expect(frame.getByRole('link').first()).toBeVisible();
});
