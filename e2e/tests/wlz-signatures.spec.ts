import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import {
  checkAtEveryWidth,
  expect,
  expectNoSeriousA11yViolations,
  saveScreenshot,
  setWidth,
  skipWithoutChromium,
  test,
  WIDTHS,
} from '../support/fixtures';
import { logInToConsole } from '../support/staff';
import { BEA, logInPaula, PAULA } from '../support/paula';
import { freshTotpCode } from '../support/totp';

skipWithoutChromium();

// The demo (README): Paula acts for Zorggroep De Linde, which has unsigned Wlz orders on the
// signing list; Bea works for the branch that serves it and may handle orders.
const REASON = `De cliënt heeft dit bed al van de gemeente (${Date.now()}).`;


/** Draws a wave over the signature pad with the mouse. */
async function drawSignature(page: Page) {
  const pad = page.getByRole('img', { name: 'Uw handtekening' });
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error('The signature pad is not on the screen');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 20, y);
  await page.mouse.down();
  for (let step = 1; step <= 24; step += 1) {
    await page.mouse.move(
      box.x + 20 + (step * (box.width - 60)) / 24,
      y + Math.sin(step / 2) * box.height * 0.25,
    );
  }
  await page.mouse.up();
}

test('a care professional signs three Wlz orders with a drawn signature, downloads a signed PDF and refuses a fourth; the branch clears the refusal', async ({
  browser,
  baseUrl,
}) => {
  test.setTimeout(300_000);
  const page = await logInPaula(browser, baseUrl, { acceptDownloads: true });
  const h1 = page.getByRole('heading', { level: 1 });

  // --- The orders waiting for her: select three -------------------------------------------
  await page.getByRole('navigation').getByRole('link', { name: 'Aanvragen' }).first().click();
  await expect(h1).toHaveText('Openstaande aanvragen');
  await page.locator('label', { hasText: 'Actie zorgprofessional' }).click();
  await expect(page).toHaveURL(/view=action/);
  const list = page.getByRole('list', { name: 'Aanvragen' });
  const boxes = list.getByRole('checkbox');
  await expect(boxes.nth(3)).toBeVisible();
  const signButton = page.getByRole('button', { name: 'Tekenen voor akkoord' });
  await expect(signButton).toBeDisabled();
  // The one refused already is marked, and cannot be selected.
  await expect(list.getByText('Geweigerd').first()).toBeVisible();

  const chosen: string[] = [];
  for (let index = 0; index < 3; index += 1) {
    const box = boxes.nth(index);
    chosen.push(((await box.getAttribute('aria-label')) ?? '').replace(/^Aanvraag (\S+).*$/, '$1'));
    await box.check();
  }
  await expect(page.getByTestId('sign-count')).toHaveText('3 aanvragen geselecteerd');
  await expectNoSeriousA11yViolations(page, 'the orders to sign, three selected');
  await signButton.click();

  // --- The signing screen: each order in full, then the signature ------------------------
  await expect(h1).toHaveText('Tekenen voor akkoord');
  for (const number of chosen) {
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(number) })).toBeVisible();
  }
  const submit = page.getByRole('button', { name: 'Onderteken 3 aanvragen' });
  await expect(submit).toBeVisible();
  await drawSignature(page);
  await checkAtEveryWidth(page, 'wlz-signing');
  // The pad fits a phone's width and takes the finger for drawing, not for scrolling.
  await setWidth(page, 360);
  const pad = page.getByRole('img', { name: 'Uw handtekening' });
  const padBox = await pad.boundingBox();
  expect(padBox?.width ?? 999).toBeLessThanOrEqual(360);
  expect(await pad.evaluate((element) => getComputedStyle(element).touchAction)).toBe('none');
  await setWidth(page, WIDTHS[0]);
  // "Wissen" starts again.
  await page.getByRole('button', { name: 'Wissen' }).click();
  await drawSignature(page);

  await submit.click();
  // A signature is given with a second factor proven at that moment: the app's code.
  const stepUp = page.getByRole('dialog', { name: 'Bevestig dat u het bent' });
  const signed = page.getByRole('heading', { level: 1, name: 'Ondertekend' });
  await expect(stepUp).toBeVisible({ timeout: 20_000 });
  await saveScreenshot(page, 'wlz-signing-step-up-1280');
  await expectNoSeriousA11yViolations(page, 'the step-up dialog while signing');
  await stepUp.getByLabel(/^Code uit de app/).fill(await freshTotpCode(PAULA.totp));
  await stepUp.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(signed).toBeVisible({ timeout: 30_000 });
  const signedList = page.getByRole('list', { name: 'Ondertekende aanvragen' });
  await expect(signedList.getByRole('listitem')).toHaveCount(3);
  for (const number of chosen) await expect(signedList).toContainText(number);
  await checkAtEveryWidth(page, 'wlz-signed');

  // One signed PDF: a PDF with its signature's byte range.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    signedList.getByRole('link', { name: 'Download ondertekende PDF' }).first().click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const pdf = await readFile(await download.path());
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.includes('/ByteRange')).toBe(true);

  // The order's own page says who signed it, when and how, with the signed PDF.
  const href = await signedList
    .getByRole('link', { name: 'Download ondertekende PDF' })
    .first()
    .getAttribute('href');
  const signedId = /\/orders\/([0-9a-f-]{36})\//.exec(href ?? '')?.[1] ?? '';
  const orderPage = await page.context().newPage();
  await setWidth(orderPage, WIDTHS[0]);
  await orderPage.goto(`${baseUrl}/pro/orders/${signedId}`);
  const signingSection = orderPage.getByRole('region', { name: 'Handtekening' });
  await expect(signingSection).toContainText('Paula Zorgprofessional');
  await expect(
    signingSection.getByRole('link', { name: /Download ondertekende PDF/ }).first(),
  ).toBeVisible();
  await checkAtEveryWidth(orderPage, 'wlz-order-signed');
  await orderPage.close();

  // --- Back to the list: the three are gone; refuse a fourth with a reason ----------------
  await page.getByRole('link', { name: 'Naar de aanvragen die op u wachten' }).click();
  await expect(h1).toHaveText('Openstaande aanvragen');
  for (const number of chosen) {
    await expect(list.getByText(`Aanvraagnummer ${number}`)).toHaveCount(0);
  }
  const fourth = list.getByRole('checkbox').first();
  const fourthNumber = ((await fourth.getAttribute('aria-label')) ?? '').replace(
    /^Aanvraag (\S+).*$/,
    '$1',
  );
  await fourth.check();
  await signButton.click();
  await expect(h1).toHaveText('Tekenen voor akkoord');
  await page.getByRole('button', { name: 'Weigeren' }).click();
  const dialog = page.getByRole('dialog', { name: `Aanvraag ${fourthNumber} weigeren` });
  await dialog.getByLabel(/^Reden/).fill(REASON);
  await saveScreenshot(page, 'wlz-refuse-1280');
  await expectNoSeriousA11yViolations(page, 'the refusal dialog');
  await dialog.getByRole('button', { name: 'Weigering versturen' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: new RegExp(fourthNumber) })).toContainText(
    'Geweigerd',
  );
  await page.context().close();

  // --- Bea, at the branch, sees the refusal and presents the order for signing again -------
  const staff = await logInToConsole(browser, baseUrl, BEA);
  await staff.getByRole('navigation').getByRole('link', { name: 'Weigeringen' }).click();
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText('Geweigerde handtekeningen');
  const row = staff.getByRole('row', { name: new RegExp(fourthNumber) });
  await expect(row).toContainText(REASON);
  await checkAtEveryWidth(staff, 'wlz-console-refusals');
  await row.getByRole('button', { name: 'Afhandelen' }).click();
  const clear = staff.getByRole('dialog');
  await clear.getByRole('radio', { name: 'Opnieuw ter ondertekening aanbieden' }).check();
  await clear.getByLabel(/^Toelichting/).fill('Gebeld met Paula: het bed is toch nodig.');
  await saveScreenshot(staff, 'wlz-console-clear-1280');
  await expectNoSeriousA11yViolations(staff, 'the dialog clearing a refusal');
  await clear.getByRole('button', { name: 'Afhandelen' }).click();
  await expect(clear).toBeHidden();
  await expect(staff.getByRole('row', { name: new RegExp(fourthNumber) })).toHaveCount(0);

  // The order's page in the console: its refusal, handled, under "Handtekeningen".
  await staff.getByText('Alle', { exact: true }).click();
  await staff.getByRole('link', { name: fourthNumber }).first().click();
  await expect(staff.getByRole('heading', { name: 'Handtekeningen' })).toBeVisible();
  await checkAtEveryWidth(staff, 'wlz-console-order');
  await staff.context().close();
});
