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

const PASSWORD = 'Zonnebloem-Kring-2026';

test('a partner asks for partner access, the verifier accepts it in the console, and the partner hears', async ({
  page,
  browser,
  baseUrl,
}) => {
  const h1 = page.getByRole('heading', { level: 1 });
  await setWidth(page, WIDTHS[0]);
  await page.goto(`${baseUrl}/partner/partner-access`);
  await expect(h1).toHaveText('Inloggen');
  await page.locator('#login-email').fill('partner@kring.demo');
  await page.locator('#login-password').fill(PASSWORD);
  await page.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();

  await expect(h1).toHaveText('Partnertoegang aanvragen');
  await checkAtEveryWidth(page, 'partner-access-form');

  const submit = page.getByRole('button', { name: 'Aanvraag versturen' });
  await page.getByLabel(/^KvK- of ondernemingsnummer/).fill('123');
  await submit.click();
  await expect(page.getByText('Een KvK-nummer heeft 8 cijfers.').first()).toBeVisible();
  await checkAtEveryWidth(page, 'partner-access-errors');

  await page.getByLabel(/^Naam van uw organisatie/).fill('Buurtteam Utrecht Oost');
  await page.getByLabel(/^KvK- of ondernemingsnummer/).fill('4123 4567');
  await page.getByLabel(/^Uw functie/).fill('Buurtwerker');
  await page.getByLabel(/^E-mailadres op uw werk/).fill('jan@buurtteam.example');
  await page.getByLabel(/^Telefoonnummer op uw werk/).fill('030 123 4567');
  await page
    .getByLabel(/^Waarvoor hebt u partnertoegang nodig/)
    .fill('Ik begeleid ouderen in de wijk die hulp thuis zoeken.');
  await submit.click();

  await expect(h1).toHaveText('We controleren uw aanvraag');
  await expect(page.getByTestId('access-deadline')).toContainText('U hoort uiterlijk');
  await expect(page.getByRole('region', { name: 'Wat u ons stuurde' })).toContainText(
    'Buurtteam Utrecht Oost',
  );
  await checkAtEveryWidth(page, 'partner-access-waiting');


  // The verifier finds the request in the console's queue and accepts it.
  const staff = await logInToConsole(browser, baseUrl);
  const staffH1 = staff.getByRole('heading', { level: 1 });
  const queue = staff.getByRole('region', { name: 'Aanvragen partnertoegang' });
  await expect(queue).toBeVisible();
  await queue.getByRole('link', { name: 'Naar de wachtrij' }).click();
  await expect(staffH1).toHaveText('Partnertoegang');
  // Willem's demo request is past its deadline: it leads the queue, marked.
  const rows = staff.getByRole('table', { name: 'Partnertoegang' }).getByRole('row');
  await expect(rows.nth(1)).toContainText('Willem de Wit');
  await expect(rows.nth(1)).toContainText('Te laat');
  await checkAtEveryWidth(staff, 'partner-access-queue');
  await staff.getByRole('link', { name: 'Petra Partner' }).click();
  await expect(staffH1).toHaveText('Petra Partner');
  await expect(staff.getByText('Buurtteam Utrecht Oost').first()).toBeVisible();
  await checkAtEveryWidth(staff, 'partner-access-request');
  await staff.getByRole('button', { name: 'Goedkeuren' }).click();
  const dialog = staff.getByRole('dialog', { name: 'Partnertoegang goedkeuren?' });
  await dialog.getByRole('button', { name: 'Goedkeuren' }).click();
  await expect(staff.getByText(/^Beantwoord op/)).toBeVisible();
  await checkAtEveryWidth(staff, 'partner-access-accepted');

  // The partner gets the mail and, back in the portal, has partner access.
  const link = await linkFromMailbox(page.request, baseUrl, 'partner@kring.demo', '/partner-access', 60_000);
  await page.goto(link);
  await expect(h1).toHaveText('U hebt partnertoegang');
  await expect(page.getByText('U bent geverifieerd partner voor Buurtteam Utrecht Oost.')).toBeVisible();
  await checkAtEveryWidth(page, 'partner-access-accepted');
});
