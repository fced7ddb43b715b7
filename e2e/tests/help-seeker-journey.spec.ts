import {
  checkAtEveryWidth,
  expect,
  setWidth,
  skipWithoutChromium,
  test,
  WIDTHS,
} from '../support/fixtures';
import { fillDossierWizard, payInSandbox, type HelpSeeker } from '../support/dossiers';
import { linkFromMailbox } from '../support/mailbox';
import { logInToConsole } from '../support/staff';

skipWithoutChromium();

const SANNE = { email: 'sanne.wijkteam@example.org', password: 'Lindeboom-Wijkteam-2026' };
const TRUUS = { email: 'truus.bakker@example.org', password: 'Hazelnoot-Fietspomp-Regen-73' };
const TRUUS_DOSSIER: HelpSeeker = {
  firstName: 'Truus',
  lastName: 'Bakker',
  birthYear: '1938',
  street: 'Twijnstraat',
  houseNumber: '40',
  postcode: '3511 ZL',
  city: 'Utrecht',
  phone: '030 231 0000',
};
const SON = 'kees.bakker@example.org';

test('a partner gets access, makes and pays a dossier, invites a relative and hands the dossier to the help seeker, who sees who looked', async ({
  page,
  browser,
  baseUrl,
}) => {
  test.setTimeout(300_000);
  const h1 = page.getByRole('heading', { level: 1 });
  const main = page.getByRole('main');

  // Sanne, a neighbourhood-team worker, signs up in the partner portal.
  await setWidth(page, WIDTHS[0]);
  await page.goto(`${baseUrl}/partner/signup`);
  await page.locator('#signup-first-name').fill('Sanne');
  await page.locator('#signup-email').fill(SANNE.email);
  await page.locator('#signup-password').fill(SANNE.password);
  await page.getByRole('checkbox', { name: /gebruiksvoorwaarden/ }).check();
  await page.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(h1).toHaveText('Controleer uw e-mail');
  await page.goto(await linkFromMailbox(page.request, baseUrl, SANNE.email, '/partner/verify-email'));
  await expect(h1).toHaveText('Uw e-mailadres is bevestigd');

  // She asks for partner access; until it is granted she can prepare a dossier.
  await page.goto(`${baseUrl}/partner/partner-access`);
  await expect(h1).toHaveText('Inloggen');
  await page.locator('#login-email').fill(SANNE.email);
  await page.locator('#login-password').fill(SANNE.password);
  await main.getByRole('button', { name: 'Inloggen' }).click();
  await expect(h1).toHaveText('Partnertoegang aanvragen');
  await page.getByLabel(/^Naam van uw organisatie/).fill('Wijkteam Utrecht Binnenstad');
  await page.getByLabel(/^KvK- of ondernemingsnummer/).fill('4123 4568');
  await page.getByLabel(/^Uw functie/).fill('Wijkverpleegkundige');
  await page.getByLabel(/^E-mailadres op uw werk/).fill('sanne@wijkteam.example');
  await page.getByLabel(/^Telefoonnummer op uw werk/).fill('030 765 4321');
  await page
    .getByLabel(/^Waarvoor hebt u partnertoegang nodig/)
    .fill('Ik regel hulp thuis voor ouderen in de binnenstad.');
  await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
  await expect(h1).toHaveText('We controleren uw aanvraag');

  // The verifier accepts it in the staff console.
  const staff = await logInToConsole(browser, baseUrl);
  await staff.goto(`${baseUrl}/admin/partner-access`);
  await staff.getByRole('link', { name: 'Sanne' }).click();
  await expect(staff.getByText('Wijkteam Utrecht Binnenstad').first()).toBeVisible();
  await staff.getByRole('button', { name: 'Goedkeuren' }).click();
  await staff
    .getByRole('dialog', { name: 'Partnertoegang goedkeuren?' })
    .getByRole('button', { name: 'Goedkeuren' })
    .click();
  await expect(staff.getByText(/^Beantwoord op/)).toBeVisible();
  await staff.context().close();
  await page.goto(
    await linkFromMailbox(page.request, baseUrl, SANNE.email, '/partner-access', 60_000),
  );
  await expect(h1).toHaveText('U hebt partnertoegang');

  // The dossier for Truus, through the wizard, paid in the sandbox: it goes on to matching.
  await page.goto(`${baseUrl}/partner/dossiers/new`);
  await fillDossierWizard(page, TRUUS_DOSSIER);
  await page.getByRole('link', { name: 'Naar het dossier' }).click();
  await expect(h1).toHaveText('Truus Bakker');
  await payInSandbox(page, baseUrl);
  await expect(page.getByText('Wacht op betaling → Zoekt een helper')).toBeVisible();
  const dossierUrl = page.url().replace(/\/payment\?.*$/, '');

  // Her son Kees may follow the dossier and approve hours, until the end of next year.
  const proxies = page.getByRole('region', { name: 'Wie handelt namens de hulpvrager' });
  await expect(proxies.getByText('Er handelt nog niemand anders namens de hulpvrager.')).toBeVisible();
  await proxies.getByRole('button', { name: 'Iemand uitnodigen' }).click();
  const invite = page.getByRole('dialog', { name: 'Iemand uitnodigen om namens Truus te handelen' });
  await invite.getByLabel(/^E-mailadres/).fill(SON);
  await invite.getByLabel('Uren goedkeuren').check();
  await invite.getByLabel('Laatste dag (niet verplicht)').fill('2027-12-31');
  await checkAtEveryWidth(page, 'dossier-proxy-invite');
  await invite.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(proxies.getByText(SON)).toBeVisible();
  await expect(proxies.getByText(/nog niet aanvaard/)).toBeVisible();
  await linkFromMailbox(page.request, baseUrl, SON, '/partner/dossier-invitations');

  // Sanne hands the dossier to Truus herself.
  const transfer = page.getByRole('region', { name: 'Dossier overdragen' });
  await transfer.getByRole('button', { name: 'Overdragen…' }).click();
  const offer = page.getByRole('dialog', { name: 'Dossier overdragen' });
  await offer.getByLabel('Truus, de hulpvrager').check();
  await offer.getByLabel(/^E-mailadres/).fill(TRUUS.email);
  await checkAtEveryWidth(page, 'dossier-transfer-offer');
  await offer.getByRole('button', { name: 'Overdracht versturen' }).click();
  await expect(transfer.getByText(/Aangeboden aan de hulpvrager/)).toBeVisible();
  await checkAtEveryWidth(page, 'dossier-sharing');

  // Truus has no account yet: from the link she creates one and comes back to accept.
  const seeker = await (await browser.newContext()).newPage();
  const seekerH1 = seeker.getByRole('heading', { level: 1 });
  await setWidth(seeker, WIDTHS[0]);
  await seeker.goto(await linkFromMailbox(page.request, baseUrl, TRUUS.email, '/partner/dossier-transfers'));
  await expect(seekerH1).toHaveText('Inloggen');
  await seeker.getByRole('main').getByRole('link', { name: 'Account aanmaken' }).click();
  await expect(seekerH1).toHaveText('Account aanmaken');
  await seeker.locator('#signup-first-name').fill('Truus');
  await seeker.locator('#signup-email').fill(TRUUS.email);
  await seeker.locator('#signup-password').fill(TRUUS.password);
  await seeker.getByRole('checkbox', { name: /gebruiksvoorwaarden/ }).check();
  await seeker.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(seekerH1).toHaveText('Controleer uw e-mail');
  await seeker.goto(await linkFromMailbox(page.request, baseUrl, TRUUS.email, '/partner/verify-email'));
  await expect(seekerH1).toHaveText('Uw e-mailadres is bevestigd');
  await seeker.getByRole('main').getByRole('link', { name: 'Inloggen' }).click();
  await expect(seekerH1).toHaveText('Inloggen');
  await seeker.locator('#login-email').fill(TRUUS.email);
  await seeker.locator('#login-password').fill(TRUUS.password);
  await seeker.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();
  await expect(seekerH1).toHaveText('Een dossier overnemen');
  await checkAtEveryWidth(seeker, 'dossier-transfer-accept');
  await seeker.getByRole('button', { name: 'Dossier overnemen' }).click();

  // Her own dossier: she sees who acts for her, and who looked at it.
  await expect(seekerH1).toHaveText('Truus Bakker');
  await expect(seeker.getByText('Beheerd door Truus')).toBeVisible();
  await expect(
    seeker.getByRole('region', { name: 'Wie handelt namens de hulpvrager' }).getByText(SON),
  ).toBeVisible();
  const log = seeker.getByTestId('access-log');
  await expect(log.getByRole('row').filter({ hasText: 'Overdracht aanvaard' })).toBeVisible();
  await expect(
    log.getByRole('row').filter({ hasText: 'Sanne' }).filter({ hasText: 'Dossier bekeken' }).first(),
  ).toBeVisible();
  await checkAtEveryWidth(seeker, 'dossier-help-seeker');

  // Sanne no longer has it: the same address is "not found" for her now.
  await page.goto(dossierUrl);
  await expect(h1).toHaveText('Dossier niet gevonden');
  await checkAtEveryWidth(page, 'dossier-handed-over');
});
