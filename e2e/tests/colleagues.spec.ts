import type { Browser, Page } from '@playwright/test';
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
import { runJob, SERVER_VAR_DIR } from '../support/kring';
import { linkFromMailbox } from '../support/mailbox';
import { freshTotpCode } from '../support/totp';

skipWithoutChromium();

const ADMIN_EMAIL = 'pro@kring.demo';
const ADMIN_PASSWORD = 'Zonnebloem-Kring-2026';
const ADMIN_TOTP = 'YEPM6UNYE3HDXGDJ6SDRM2TA73E6EDFK';
const COLLEAGUE_PASSWORD = 'lindeboom-fietsbel-kompas-48';

/** Screenshots of this journey are `colleagues-<name>-<width>.png`. */
const check = (page: Page, name: string) => checkAtEveryWidth(page, `colleagues-${name}`);

/** A dialog over the page: a screenshot and an axe check at every width. */
async function checkDialog(page: Page, name: string) {
  for (const width of [...WIDTHS].reverse()) {
    await setWidth(page, width);
    await page.waitForTimeout(400); // the dialog and the navbar settle
    await saveScreenshot(page, `colleagues-${name}-${width}`);
    await expectNoSeriousA11yViolations(page, `${name} at ${width} px`);
  }
  await setWidth(page, WIDTHS[0]);
}

async function enterPassword(page: Page, email: string, password: string) {
  await page.locator('#login-email').fill(email);
  await page.locator('#login-password').fill(password);
  await page.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();
}

/** pro@kring.demo logs in (password, then a fresh app code) and acts for De Linde. */
async function logInAdmin(browser: Browser, baseUrl: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const h1 = page.getByRole('heading', { level: 1 });
  await setWidth(page, WIDTHS[0]);
  await page.goto(`${baseUrl}/pro/login`);
  await enterPassword(page, ADMIN_EMAIL, ADMIN_PASSWORD);
  await expect(h1).toHaveText('Tweestapsverificatie');
  await page.getByLabel(/^Code uit de app/).fill(await freshTotpCode(ADMIN_TOTP));
  await page.getByRole('main').getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expect(h1).toHaveText('Kies uw organisatie');
  await page
    .getByRole('main')
    .getByRole('button', { name: /Zorggroep De Linde/ })
    .click();
  await expect(h1).toHaveText('Welkom, Paula Zorgprofessional');
  return page;
}

/** Opens a page of the main menu (whose own name is in the page's language). */
async function openMenu(page: Page, name: string, menu = 'Hoofdmenu') {
  await page.getByRole('navigation', { name: menu }).getByRole('link', { name }).click();
}

test('an admin adds a colleague, who activates, sets up 2FA, and gets admin rights', async ({
  browser,
  baseUrl,
}) => {
  test.skip(!SERVER_VAR_DIR, 'Needs the var dir of a server this run started (for the job)');
  test.setTimeout(300_000);
  const stamp = Date.now();
  const colleagueEmail = `cor.e2e.${stamp}@example.org`;

  // --- The admin: home, my details and the organisation -------------------------------------
  let admin = await logInAdmin(browser, baseUrl);
  let h1 = admin.getByRole('heading', { level: 1 });
  const contact = admin.getByRole('region', { name: 'Contact met Kring' });
  await expect(contact.getByRole('link', { name: '088 513 8484' })).toHaveAttribute(
    'href',
    'tel:+31885138484',
  );
  // The demo's correspondence: one answer she has not read yet.
  await expect(admin.getByRole('region', { name: 'Mijn correspondentie' })).toContainText(
    'Rooster kerstperiode',
  );
  await check(admin, 'home');

  for (const [menu, title] of [
    ['Facturen', 'Facturen'],
    ['Projecten', 'Projecten'],
  ] as const) {
    await openMenu(admin, menu);
    await expect(h1).toHaveText(title);
    await check(admin, `menu-${menu.toLowerCase()}`);
  }

  await openMenu(admin, 'Mijn gegevens');
  await expect(h1).toHaveText('Mijn gegevens');
  await check(admin, 'my-details');
  await admin.getByRole('link', { name: /Mijn organisatie/ }).click();
  await expect(h1).toHaveText('Mijn organisatie');
  await expect(admin.getByText('41234560')).toBeVisible();
  await check(admin, 'organisation');

  // My contact details come from the user menu too, and the form explains the flags.
  await admin.getByRole('banner').getByTestId('user-menu').click();
  await admin.getByRole('menuitem', { name: 'Mijn contactgegevens' }).click();
  await expect(h1).toHaveText('Mijn contactgegevens');
  await check(admin, 'my-contact');
  await admin.getByRole('main').getByRole('link', { name: 'Aanpassen' }).click();
  await expect(h1).toHaveText('Aanpassen persoonsgegevens');
  await expect(admin.getByRole('switch', { name: 'E-mail diensten' })).toBeChecked();
  await expect(admin.getByRole('region', { name: 'Rechten' })).toContainText(
    'Dit zijn uw eigen rechten.',
  );
  await check(admin, 'my-contact-edit');
  await admin.locator('#member-self-department').fill('Directie en bestuur');
  await admin.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(h1).toHaveText('Mijn contactgegevens');
  await expect(admin.getByRole('main')).toContainText('Directie en bestuur');

  // --- The admin adds a colleague -------------------------------------------------------------
  await admin.goto(`${baseUrl}/pro/my-details/contact-persons`);
  await expect(h1).toHaveText('Mijn contactpersonen');
  const list = admin.getByRole('list', { name: 'Contactpersonen' });
  // Paula, Sanne, Joost and Erik (the demo's portal employee).
  await expect(list.getByRole('listitem')).toHaveCount(4);
  await check(admin, 'contact-persons');
  await admin.getByLabel(/^Zoek een contactpersoon/).fill('sanne');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await admin.getByLabel(/^Zoek een contactpersoon/).fill('');
  await expect(list.getByRole('listitem')).toHaveCount(4);

  await admin.getByRole('link', { name: 'Contactpersoon toevoegen' }).click();
  await expect(h1).toHaveText('Contactpersoon toevoegen');
  await check(admin, 'add');
  await admin.getByRole('button', { name: 'Aanmaken' }).click();
  await expect(admin.getByTestId('error-summary')).toBeFocused();
  await check(admin, 'add-errors');
  await admin.locator('#member-create-first-name').fill('Cor');
  await admin.locator('#member-create-last-name').fill('Collega');
  await admin.locator('#member-create-email').fill(colleagueEmail);
  await admin.locator('#member-create-mobile').fill('06 12345678');
  await admin.locator('#member-create-department').fill('Planning');
  await admin.locator('#member-create-function-code').selectOption({ label: 'Planner' });
  await admin.getByRole('button', { name: 'Aanmaken' }).click();
  await expect(h1).toHaveText('Cor Collega');
  await expect(admin.getByTestId('member-added')).toContainText(
    `Cor krijgt binnen 60 minuten automatisch een e-mail op ${colleagueEmail} met de inloggegevens.`,
  );
  const colleaguePath = new URL(admin.url()).pathname.replace(/^\/pro/, '');
  await check(admin, 'contact-person-added');

  // The same address again: it already has an account.
  await admin.goto(`${baseUrl}/pro/my-details/contact-persons/new`);
  await admin.locator('#member-create-first-name').fill('Cor');
  await admin.locator('#member-create-last-name').fill('Nogmaals');
  await admin.locator('#member-create-email').fill(colleagueEmail);
  await admin.getByRole('button', { name: 'Aanmaken' }).click();
  await expect(admin.locator('#member-create-email')).toHaveAccessibleDescription(/Kring/);

  // --- The activation job mails the colleague ---------------------------------------------------
  // The dev server's worker also runs this job every 10 minutes, so the mail may already be
  // there; the backend tests prove that only the job sends it.
  expect(runJob('members.send_activations')).toMatch(/members\.send_activations ran/);
  const activation = await linkFromMailbox(
    admin.request,
    baseUrl,
    colleagueEmail,
    '/pro/activate',
    60_000,
  );

  // --- The colleague activates, sets up 2FA and logs in -----------------------------------------
  const colleague = await (await browser.newContext()).newPage();
  const ch1 = colleague.getByRole('heading', { level: 1 });
  await setWidth(colleague, WIDTHS[0]);
  await colleague.goto(activation);
  await expect(ch1).toHaveText('Uw account activeren');
  await colleague.locator('#activate-password').fill(COLLEAGUE_PASSWORD);
  await colleague.locator('#activate-repeat').fill(COLLEAGUE_PASSWORD);
  await colleague.getByRole('button', { name: 'Account activeren' }).click();
  await expect(ch1).toHaveText('Inloggen');
  await enterPassword(colleague, colleagueEmail, COLLEAGUE_PASSWORD);
  await expect(ch1).toHaveText('Stel eerst tweestapsverificatie in');
  await colleague.getByRole('button', { name: /Met een authenticator-app/ }).click();
  const secretBox = colleague.getByTestId('totp-secret');
  await expect(secretBox).toHaveText(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
  const secret = (await secretBox.innerText()).replace(/\s+/g, '');
  await colleague.locator('#totp-code').fill(await freshTotpCode(secret));
  await colleague.getByRole('button', { name: 'Bevestigen' }).click();
  await colleague.getByRole('checkbox', { name: 'Ik heb deze codes veilig bewaard' }).check();
  await colleague.getByRole('button', { name: 'Verder' }).click();
  await expect(ch1).toHaveText('Welkom, Cor Collega');

  // The colleague sees the list and the details, without the admin's actions.
  await openMenu(colleague, 'Mijn gegevens');
  await colleague.getByRole('link', { name: /Mijn contactpersonen/ }).click();
  await expect(ch1).toHaveText('Mijn contactpersonen');
  const colleagueList = colleague.getByRole('list', { name: 'Contactpersonen' });
  await expect(colleagueList.getByRole('listitem')).toHaveCount(5);
  await expect(colleague.getByRole('link', { name: 'Contactpersoon toevoegen' })).toHaveCount(0);
  await check(colleague, 'contact-persons-employee');
  await colleagueList.getByRole('link', { name: 'Sanne de Vries' }).click();
  await expect(ch1).toHaveText('Sanne de Vries');
  const sannePath = new URL(colleague.url()).pathname;
  await expect(colleague.getByRole('region', { name: 'Beheer' })).toHaveCount(0);
  await expect(colleague.getByRole('button', { name: 'Verwijderen' })).toHaveCount(0);
  await check(colleague, 'contact-person-employee');
  await colleague.goto(`${baseUrl}/pro/my-details/contact/edit`);
  await expect(ch1).toHaveText('Aanpassen persoonsgegevens');
  await expect(colleague.getByRole('region', { name: 'Rechten' })).toHaveCount(0);
  await expect(colleague.getByTestId('email-read-only')).toHaveText(colleagueEmail);
  await check(colleague, 'my-contact-edit-employee');

  // --- The admin logs in again elsewhere and makes the colleague admin ----------------------------
  await admin.context().close();
  admin = await logInAdmin(browser, baseUrl);
  h1 = admin.getByRole('heading', { level: 1 });
  await admin.goto(`${baseUrl}/pro${colleaguePath}`);
  await expect(h1).toHaveText('Cor Collega');
  const actions = admin.getByRole('region', { name: 'Beheer' });
  await expect(actions.getByRole('button', { name: 'Verwijderen' })).toBeVisible();
  await check(admin, 'contact-person-admin');

  // Resetting 2FA warns first; here the admin cancels.
  await actions.getByRole('button', { name: 'Tweestapsverificatie wissen' }).click();
  const reset = admin.getByRole('dialog', { name: 'Tweestapsverificatie wissen' });
  await expect(reset.getByTestId('reset-mfa-warning')).toContainText(
    'Wis de tweestapsverificatie alleen na overleg met de IT-beheerder van Kring.',
  );
  await checkDialog(admin, 'reset-2fa-dialog');
  await reset.getByRole('button', { name: 'Annuleren' }).click();
  await expect(reset).toBeHidden();

  await actions.getByRole('button', { name: 'Verwijderen' }).click();
  const remove = admin.getByRole('dialog', { name: 'Contactpersoon verwijderen' });
  await expect(remove).toContainText('Weet u zeker dat u Cor Collega wilt verwijderen');
  await checkDialog(admin, 'delete-dialog');
  await remove.getByRole('button', { name: 'Nee, annuleren' }).click();
  await expect(remove).toBeHidden();

  const rights = admin.getByRole('region', { name: 'Rechten' });
  await rights.getByRole('switch', { name: 'Beheerder klantportaal' }).check();
  await expect(rights.getByTestId('rights-combination')).toContainText(
    'Beheerder klantportaal aan en medewerker klantportaal aan',
  );
  await rights.getByRole('button', { name: 'Rechten opslaan' }).click();
  await expect(rights.getByText('De rechten zijn opgeslagen.')).toBeVisible();
  await expect(admin.getByRole('main').getByText('Beheerder', { exact: true })).toBeVisible();

  await actions.getByRole('link', { name: 'Gegevens aanpassen' }).click();
  await expect(h1).toHaveText('Contactpersoon aanpassen');
  await check(admin, 'contact-person-edit');

  // --- The colleague reloads and now has the admin's actions ---------------------------------------
  await colleague.goto(`${baseUrl}${sannePath}`);
  await expect(ch1).toHaveText('Sanne de Vries');
  await expect(colleague.getByRole('region', { name: 'Beheer' })).toBeVisible();
  await expect(colleague.getByRole('region', { name: 'Rechten' })).toBeVisible();
  await colleague.goto(`${baseUrl}/pro/my-details/contact-persons`);
  await expect(colleague.getByRole('link', { name: 'Contactpersoon toevoegen' })).toBeVisible();

  // The same pages in French and English.
  await colleague.getByRole('radiogroup').locator('label').filter({ hasText: 'Français' }).click();
  await expect(ch1).toHaveText('Mes personnes de contact');
  await expect(
    colleague.getByRole('link', { name: 'Ajouter une personne de contact' }),
  ).toBeVisible();
  await check(colleague, 'contact-persons-fr');
  await colleague.getByRole('link', { name: 'Ajouter une personne de contact' }).click();
  await expect(ch1).toHaveText('Ajouter une personne de contact');
  await check(colleague, 'add-fr');
  await colleague.getByRole('radiogroup').locator('label').filter({ hasText: 'English' }).click();
  await expect(ch1).toHaveText('Add contact person');
  await openMenu(colleague, 'My details', 'Main menu');
  await expect(ch1).toHaveText('My details');
  await check(colleague, 'my-details-en');

  await admin.context().close();
  await colleague.context().close();
});
