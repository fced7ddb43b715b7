import { readFile } from 'node:fs/promises';
import {
  checkAtEveryWidth,
  expect,
  expectNoSeriousA11yViolations,
  skipWithoutChromium,
  test,
} from '../support/fixtures';
import { ADA } from '../support/careflex';
import { logInPaula } from '../support/paula';
import { logInToConsole } from '../support/staff';

skipWithoutChromium();

test('a pro admin opens an open invoice, downloads its PDF and pays it with iDEAL in the sandbox; staff find it paid', async ({
  browser,
  baseUrl,
}) => {
  test.setTimeout(240_000);
  // The demo (README): De Linde has last month's invoices open, an older one paid.
  const page = await logInPaula(browser, baseUrl, { acceptDownloads: true });
  const h1 = page.getByRole('heading', { level: 1 });
  await page.getByRole('navigation').getByRole('link', { name: 'Facturen' }).first().click();
  await expect(h1).toHaveText('Facturen');
  const main = page.getByRole('main');
  await expect(main).toContainText('Woonvoorziening De Linde');
  await expect(main.getByText('Betaald', { exact: true })).toHaveCount(0); // open ones only
  await checkAtEveryWidth(page, 'careflex-invoices');

  const first = main.getByRole('link', { name: /^Factuur \d{4}-\d{6}$/ }).first();
  const number = ((await first.textContent()) ?? '').replace('Factuur ', '');
  await first.click();
  await expect(h1).toHaveText(`Factuur ${number}`);
  await expect(page.getByTestId('invoice-totals')).toContainText('Totaal te betalen');
  await expect(page.getByRole('table', { name: 'Factuurregels' })).toContainText(/\d+,\d{2}/);
  await checkAtEveryWidth(page, 'careflex-invoice');

  // The PDF, as the bookkeeper keeps it.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download pdf' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const pdf = await readFile(await download.path());
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

  // Paying with iDEAL at the sandbox bank, then back: processing, then paid.
  await page.getByRole('button', { name: 'Betalen met iDEAL' }).click();
  await expect(page).toHaveURL(new RegExp(`${baseUrl}/sandbox/payments/`));
  await expect(h1).toHaveText('Testbetaling (sandbox)');
  await page.getByRole('button', { name: 'Betalen', exact: true }).click();
  await expect(h1).toHaveText(`Factuur ${number}`);
  await expect(page.getByRole('status').filter({ hasText: 'Betaald' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('button', { name: 'Betalen met iDEAL' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'the paid invoice');
  await checkAtEveryWidth(page, 'careflex-invoice-paid');
  await page.context().close();

  // --- In the console: the invoice paid by iDEAL, and the pages staff make invoices with ----
  const staff = await logInToConsole(browser, baseUrl, ADA);
  const staffH1 = staff.getByRole('heading', { level: 1 });
  await staff
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Facturen' })
    .click();
  await expect(staffH1).toHaveText('Facturen');
  await checkAtEveryWidth(staff, 'careflex-console-invoices');
  await staff.getByRole('link', { name: number }).first().click();
  await expect(staffH1).toContainText(number);
  await expect(staff.getByRole('main')).toContainText('Betaald met iDEAL');
  await checkAtEveryWidth(staff, 'careflex-console-invoice');
  await staff
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Facturen' })
    .click();
  await staff.getByRole('link', { name: 'Factuur maken' }).click();
  await expect(staffH1).toHaveText('Factuur maken');
  await checkAtEveryWidth(staff, 'careflex-console-make-invoice');

  await staff
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Projecten' })
    .click();
  await expect(staffH1).toHaveText('Projecten');
  await checkAtEveryWidth(staff, 'careflex-console-projects');
  await staff.getByRole('link', { name: 'Woonvoorziening De Linde' }).first().click();
  await expect(staffH1).toHaveText('Woonvoorziening De Linde');
  await checkAtEveryWidth(staff, 'careflex-console-project');
  await staff
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Projecten' })
    .click();
  await staff.getByRole('link', { name: 'Nieuw project' }).click();
  await expect(staffH1).toHaveText('Nieuw project');
  await checkAtEveryWidth(staff, 'careflex-console-new-project');
  await staff.context().close();
});
