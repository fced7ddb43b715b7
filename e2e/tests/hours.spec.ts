import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import {
  checkAtEveryWidth,
  expect,
  setWidth,
  skipWithoutChromium,
  test,
  WIDTHS,
} from '../support/fixtures';
import { linkFromMailbox } from '../support/mailbox';
import { logInToConsole } from '../support/staff';

skipWithoutChromium();

// The demo (README): Hanna helps Gerrit Bakker on Monday mornings; Bram manages his dossier.
const HANNA = { email: 'helper@kring.demo', password: 'Zonnebloem-Kring-2026' };
const BRAM = { email: 'buurtwerker@kring.demo', password: 'Zonnebloem-Kring-2026' };

async function logIn(page: Page, url: string, who: { email: string; password: string }) {
  await page.goto(url);
  await page.locator('#login-email').fill(who.email);
  await page.locator('#login-password').fill(who.password);
  await page.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();
}

/** The PDF a click on `button` downloads, as text enough to find its totals in. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  expect(download.suggestedFilename()).toMatch(/^kring-hours-bakker-\d{4}-\d{2}\.pdf$/);
  const bytes = await readFile(await download.path());
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  return bytes.toString('latin1');
}

test('a helper logs hours on a phone, the partner rejects one and approves the rest, the helper fixes it, both download the statement', async ({
  page,
  browser,
  baseUrl,
}) => {
  test.setTimeout(300_000);
  const h1 = page.getByRole('heading', { level: 1 });

  // Hanna, on her phone, logs yesterday afternoon's hours for Gerrit: two stretches.
  await setWidth(page, WIDTHS[1]);
  await logIn(page, `${baseUrl}/provider/hours`, HANNA);
  await expect(h1).toHaveText('Uren');
  const entry = page.getByRole('region', { name: 'Uren invullen' });
  await expect(entry.getByText('Voor Gerrit')).toBeVisible();
  const stretches: [string, string][] = [
    ['14:00', '16:00'],
    ['16:30', '17:15'],
  ];
  for (const [start, end] of stretches) {
    await entry.getByRole('button', { name: 'Gisteren' }).click();
    await entry.getByLabel('Begin').fill(start);
    await entry.getByLabel('Einde').fill(end);
    await entry.getByRole('button', { name: 'Uren opslaan' }).click();
    await expect(page.getByText(/^Opgeslagen: .* voor Gerrit op/)).toBeVisible();
  }
  // Overlapping what she just logged: the API's refusal shows on the field.
  await entry.getByRole('button', { name: 'Gisteren' }).click();
  await entry.getByLabel('Begin').fill('15:00');
  await entry.getByLabel('Einde').fill('15:30');
  await entry.getByRole('button', { name: 'Uren opslaan' }).click();
  await expect(entry.getByText(/overlappen met uren die je die dag vanaf 14:00/)).toBeVisible();
  await checkAtEveryWidth(page, 'helper-hours');

  // Bram sees them waiting on Gerrit's dossier, rejects the short one, approves the rest.
  const partner = await (await browser.newContext()).newPage();
  await setWidth(partner, WIDTHS[0]);
  await logIn(partner, `${baseUrl}/partner/dossiers`, BRAM);
  await expect(partner.getByRole('heading', { level: 1 })).toHaveText('Mijn dossiers');
  await partner.getByRole('link', { name: /Gerrit/ }).first().click();
  const hours = partner.getByRole('region', { name: 'Uren', exact: true });
  await expect(hours).toBeVisible();
  await checkAtEveryWidth(partner, 'dossier-hours');
  const short = hours.getByRole('row').filter({ hasText: /16:30.17:/ });
  await short.getByRole('button', { name: /^Afkeuren/ }).click();
  const reject = partner.getByRole('dialog', { name: /afkeuren\?$/ });
  await reject.getByRole('textbox').fill('Gerrit zegt dat je om 17:00 wegging.');
  await reject.getByRole('button', { name: 'Afkeuren' }).click();
  await expect(hours.getByTestId('hours-notice')).toContainText('teruggestuurd met uw reden');
  await hours.getByRole('button', { name: /^Alles goedkeuren/ }).click();
  const confirm = partner.getByRole('dialog', { name: /goedkeuren\?$/ });
  await checkAtEveryWidth(partner, 'dossier-hours-approve-all');
  await confirm.getByRole('button', { name: 'Alles goedkeuren' }).click();
  await expect(hours.getByTestId('hours-notice')).toContainText(/goedgekeurd/);
  await expect(hours.getByRole('button', { name: /^Goedkeuren/ })).toHaveCount(0);

  // Hanna reads why in her e-mail and on her page, fixes the hours: they wait again.
  const link = await linkFromMailbox(page.request, baseUrl, HANNA.email, '/provider/hours');
  await page.goto(link);
  const toFix = page.getByRole('region', { name: '1 urenregel om aan te passen' });
  await expect(toFix.getByText(/om 17:00 wegging/)).toBeVisible();
  await toFix.getByRole('button', { name: /^Aanpassen/ }).click();
  const fix = page.getByRole('dialog', { name: 'Uren aanpassen' });
  await fix.getByLabel('Einde').fill('17:00');
  await fix.getByRole('button', { name: 'Opnieuw indienen' }).click();
  await expect(page.getByText(/wachten opnieuw op goedkeuring/)).toBeVisible();
  await expect(toFix).toBeHidden();

  // Bram approves the fixed hours; both download the month's statement.
  await partner.reload();
  await hours
    .getByRole('row')
    .filter({ hasText: /16:30.17:/ })
    .getByRole('button', { name: /^Goedkeuren/ })
    .click();
  await expect(hours.getByTestId('hours-notice')).toContainText('zijn goedgekeurd');
  await expect(hours.getByRole('button', { name: /^Goedkeuren/ })).toHaveCount(0);
  const statements = hours.getByRole('region', { name: 'Maandoverzichten' });
  const partnerPdf = await downloaded(partner, () =>
    statements.getByRole('button', { name: /^Download PDF: Hanna/ }).first().click(),
  );
  expect(partnerPdf).toContain('Uren van');

  await page.reload();
  const mine = page.getByRole('region', { name: 'Maandoverzichten' });
  const helperPdf = await downloaded(page, () =>
    mine.getByRole('button', { name: /Download pdf/ }).first().click(),
  );
  expect(helperPdf).toContain('%%EOF');
  await partner.context().close();
});

const ADMIN = { email: 'admin@kring.demo', totp: 'O5B3FY652KRWAMC3EUVJCZ52LJBUBHH5' };

test('staff see overdue hours and make last month’s payment run with its two SEPA files', async ({
  browser,
  baseUrl,
}) => {
  test.setTimeout(180_000);
  const staff = await logInToConsole(browser, baseUrl, ADMIN);
  const h1 = staff.getByRole('heading', { level: 1 });
  await staff.getByRole('link', { name: 'Uren te laat' }).click();
  await expect(h1).toHaveText('Uren te laat');
  await checkAtEveryWidth(staff, 'console-overdue-hours');

  // Fatima's approved hours of last month (the demo) are collected from Gerrit and paid to her.
  await staff.getByRole('link', { name: 'Betalingen' }).click();
  await expect(h1).toHaveText('Betalingen');
  const make = staff.getByRole('button', { name: /^Maak de ronde voor/ });
  await expect(make).toBeVisible();
  await checkAtEveryWidth(staff, 'console-payment-runs');
  await make.click();
  const confirm = staff.getByRole('dialog', { name: /^De ronde voor .* maken\?$/ });
  await expect(confirm).toContainText('Kring int');
  await confirm.getByRole('button', { name: 'Ronde maken' }).click();
  await expect(h1).toHaveText(/^Betalingsronde /);
  await expect(staff.getByText('G. Bakker')).toBeVisible();
  await expect(staff.getByText('F. El Amrani')).toBeVisible();
  await checkAtEveryWidth(staff, 'console-payment-run');
  // The collection from Gerrit's account, the payment to Fatima's.
  const files: [string, string, string][] = [
    ['Incassobestand (SEPA)', 'CstmrDrctDbtInitn', 'NL20INGB0001234567'],
    ['Betaalbestand (SEPA)', 'CstmrCdtTrfInitn', 'NL02ABNA0123456789'],
  ];
  for (const [name, root, iban] of files) {
    const [download] = await Promise.all([
      staff.waitForEvent('download'),
      staff.getByRole('link', { name }).click(),
    ]);
    const xml = await readFile(await download.path(), 'utf8');
    expect(xml).toContain(`<${root}>`);
    expect(xml).toContain(`<IBAN>${iban}</IBAN>`);
  }
  await staff.context().close();
});
