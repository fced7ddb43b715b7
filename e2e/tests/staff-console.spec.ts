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
import { linkFromMailbox } from '../support/mailbox';
import { logInToConsole } from '../support/staff';
import { codeFromSms } from '../support/sms';

skipWithoutChromium();

const PASSWORD = 'Zonnebloem-Kring-2026';
const ADVISOR = { email: 'advisor@kring.demo', totp: 'XMCVKQRAVFLXN4G7TFS5B6DLEA3LYY5B' };
const VERIFIER = { email: 'verifier@kring.demo', totp: '3GOARZTHRJ2EBL5OKW2JS35IIT7YT6QW' };
const BRANCH = { email: 'branch@kring.demo', totp: 'USUX7SYADARWOEVF6OZAYAKG2TUYH33T' };
const ADMIN = { email: 'admin@kring.demo', totp: 'O5B3FY652KRWAMC3EUVJCZ52LJBUBHH5' };
const CARE_MANAGER = { email: 'care-manager@kring.demo', totp: 'JCENJIKGAM72MUGDE42USDQRHBMYKK2N' };
const PROFESSIONAL_PASSWORD = 'vuurtoren-fietsbel-kompas-73';

/** Screenshots of this journey are `staff-console-<name>-<width>.png`. */
const check = (page: Page, name: string) => checkAtEveryWidth(page, `staff-console-${name}`);

/** A dialog over the page: a screenshot and an axe check at every width. */
async function checkDialog(page: Page, name: string) {
  for (const width of [...WIDTHS].reverse()) {
    await setWidth(page, width);
    await page.waitForTimeout(400);
    await saveScreenshot(page, `staff-console-${name}-${width}`);
    await expectNoSeriousA11yViolations(page, `${name} at ${width} px`);
  }
  await setWidth(page, WIDTHS[0]);
}

async function enterPassword(page: Page, email: string, password = PASSWORD) {
  await page.locator('#login-email').fill(email);
  await page.locator('#login-password').fill(password);
  await page.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();
}


const menu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

test('the advisor creates a professional, links a second organisation and resets the 2FA phone', async ({
  browser,
  baseUrl,
}) => {
  test.setTimeout(300_000);
  const stamp = Date.now();
  const email = `petra.e2e.${stamp}@example.org`;
  const mobile = `+3162${String(stamp).slice(-7)}`;
  const seen = new Set<string>();

  // --- The advisor: the day's queues, then People -------------------------------------------
  const advisor = await logInToConsole(browser, baseUrl, ADVISOR);
  const h1 = advisor.getByRole('heading', { level: 1 });
  await expect(advisor.getByRole('region', { name: "Te controleren VOG's" })).toBeVisible();
  await expect(
    advisor.getByRole('region', { name: 'Te bevestigen promotieaanvragen' }).getByText(/^\d+\+?$/),
  ).toBeVisible();
  await check(advisor, 'home-advisor');

  await menu(advisor).getByRole('link', { name: 'Mensen' }).click();
  await expect(h1).toHaveText('Mensen');
  // The demo has more people than a page now (the helpers): search for the professional.
  await advisor.getByLabel(/^Naam of e-mailadres/).fill('zorgprofessional');
  await advisor.getByRole('button', { name: 'Zoeken' }).click();
  await expect(advisor).toHaveURL(`${baseUrl}/admin/people?q=zorgprofessional`);
  await expect(advisor.getByRole('link', { name: /Paula Zorgprofessional/ })).toBeVisible();
  await check(advisor, 'people');

  // --- A professional's account, activated at once --------------------------------------------
  await advisor.getByRole('link', { name: 'Nieuwe professional' }).click();
  await expect(h1).toHaveText('Nieuwe professional');
  await advisor.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(advisor.getByText('Vul de voornaam in.')).toBeVisible();
  await check(advisor, 'new-person-errors');
  await advisor.getByLabel(/^E-mailadres/).fill(email);
  await advisor.getByLabel(/^Voorletters/).fill('P.');
  await advisor.getByLabel(/^Voornaam/).fill('Petra');
  await advisor.getByLabel(/^Tussenvoegsel/).fill('de');
  await advisor.getByLabel(/^Achternaam/).fill('Vries');
  await advisor.getByRole('combobox', { name: /^Organisatie/ }).fill('Linde');
  await advisor.getByRole('option', { name: /Zorggroep De Linde/ }).click();
  await advisor.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(h1).toHaveText('Petra de Vries');
  await expect(
    advisor.getByRole('status').filter({ hasText: 'Het account is aangemaakt' }),
  ).toContainText(`activatiemail naar ${email}`);
  const personUrl = advisor.url();
  await check(advisor, 'person-created');

  const activation = await linkFromMailbox(advisor.request, baseUrl, email, '/activate', 60_000);

  // --- The professional activates and sets up 2FA by text message ------------------------------
  const professional = await (await browser.newContext()).newPage();
  const ph1 = professional.getByRole('heading', { level: 1 });
  await setWidth(professional, WIDTHS[0]);
  await professional.goto(activation);
  await expect(ph1).toHaveText('Uw account activeren');
  await professional.locator('#activate-password').fill(PROFESSIONAL_PASSWORD);
  await professional.locator('#activate-repeat').fill(PROFESSIONAL_PASSWORD);
  await professional.getByRole('button', { name: 'Account activeren' }).click();
  await expect(ph1).toHaveText('Inloggen');
  await enterPassword(professional, email, PROFESSIONAL_PASSWORD);
  await expect(ph1).toHaveText('Stel eerst tweestapsverificatie in');
  await professional.getByRole('button', { name: /Met een code per sms/ }).click();
  await professional.getByLabel(/^Mobiel nummer/).fill(mobile);
  await professional.getByRole('button', { name: 'Stuur een code' }).click();
  await professional
    .getByLabel(/^Code uit de sms/)
    .fill(await codeFromSms(professional.request, baseUrl, mobile, seen));
  await professional.getByRole('button', { name: 'Bevestigen' }).click();
  await professional.getByRole('checkbox', { name: 'Ik heb deze codes veilig bewaard' }).check();
  await professional.getByRole('button', { name: 'Verder' }).click();
  await expect(ph1).toHaveText('Welkom, Petra de Vries');

  // --- The advisor links a second umbrella organisation, with its reason -----------------------
  await advisor.goto(personUrl);
  await expect(h1).toHaveText('Petra de Vries');
  const details = advisor.getByRole('region', { name: 'Account', exact: true });
  await expect(details).toContainText('Ingesteld');
  await advisor.getByRole('button', { name: 'Koppelen aan een organisatie' }).click();
  const link = advisor.getByRole('dialog', { name: 'Koppelen aan een organisatie' });
  await link.getByRole('combobox', { name: /^Organisatie/ }).fill('Zonnehuis');
  await advisor.getByRole('option', { name: /Stichting Zonnehuis/ }).click();
  // Without a reason the API refuses a second umbrella organisation, and says why.
  await link.getByRole('button', { name: 'Koppelen' }).click();
  await expect(link.getByRole('alert')).toContainText('tweede koepelorganisatie');
  await link.getByRole('combobox', { name: /^Reden/ }).click();
  await advisor.getByRole('option', { name: 'Zelfstandige, werkt voor meerdere' }).click();
  await checkDialog(advisor, 'link-organisation');
  await link.getByRole('button', { name: 'Koppelen' }).click();
  await expect(link).toBeHidden();
  const memberships = advisor.getByRole('region', { name: 'Organisaties', exact: true });
  await expect(memberships).toContainText('Stichting Zonnehuis');
  await expect(memberships).toContainText('Reden: Zelfstandige, werkt voor meerdere');

  // Petra is logged in (the professional's browser): one live session, ended from here
  // (before the phone reset, which ends them too).
  const sessions = advisor.getByRole('region', { name: 'Sessies' });
  await expect(sessions.getByRole('listitem')).not.toHaveCount(0);
  await expect(sessions.getByRole('listitem').first()).toContainText(/Chrom/);
  await check(advisor, 'person-sessions');
  await sessions.getByRole('button', { name: 'Overal uitloggen' }).click();
  const endAll = advisor.getByRole('dialog', { name: 'Overal uitloggen' });
  await checkDialog(advisor, 'end-sessions');
  await endAll.getByRole('button', { name: 'Alle sessies beëindigen' }).click();
  await expect(endAll).toBeHidden();
  await expect(sessions).toContainText('Nergens ingelogd.');
  await expect(advisor.getByRole('region', { name: 'Audittrail' })).toContainText(
    'Overal uitgelogd',
  );
  // ... and Petra's own browser is logged out: the portal's welcome for visitors, and a 401.
  await professional.reload();
  await expect(ph1).not.toHaveText('Welkom, Petra de Vries');
  expect((await professional.request.get(`${baseUrl}/api/v1/me`)).status()).toBe(401);

  // --- ... and resets the 2FA phone ------------------------------------------------------------
  await advisor.getByRole('button', { name: '2FA-telefoon resetten' }).click();
  const reset = advisor.getByRole('dialog', { name: 'Het 2FA-telefoonnummer resetten' });
  await checkDialog(advisor, 'reset-phone');
  await reset.getByRole('button', { name: 'Telefoonnummer resetten' }).click();
  await expect(reset).toBeHidden();
  await expect(details).toContainText('Niet ingesteld');
  await linkFromMailbox(advisor.request, baseUrl, email, '/account/security', 60_000);
  const trail = advisor.getByRole('region', { name: 'Audittrail' });
  await expect(trail).toContainText('2FA-telefoon gereset');
  // Who looked (NEN 7513): the advisor's own reads of the page, the trail and the sessions.
  const views = advisor.getByRole('region', { name: 'Wie bekeek dit account' });
  await expect(views).toContainText('Accountpagina bekeken');
  await expect(views).toContainText('advisor@kring.demo');
  await expect(views).toContainText('Sessies bekeken');
  await check(advisor, 'person');

  // The delete dialog asks for the address, and is left unconfirmed.
  await advisor.getByRole('button', { name: 'Account verwijderen' }).click();
  const remove = advisor.getByRole('dialog', { name: 'Het account verwijderen' });
  await expect(remove.getByRole('button', { name: 'Definitief verwijderen' })).toBeDisabled();
  await checkDialog(advisor, 'delete');
  await remove.getByRole('button', { name: 'Annuleren' }).click();
});

test('the verifier gives the demo provider a badge, and the public profile shows it', async ({
  browser,
  baseUrl,
}) => {
  test.setTimeout(120_000);
  const verifier = await logInToConsole(browser, baseUrl, VERIFIER);
  const h1 = verifier.getByRole('heading', { level: 1 });
  await expect(menu(verifier).getByRole('link', { name: 'Mensen' })).toHaveCount(0);
  const waiting = verifier.getByRole('region', { name: "Te controleren VOG's" });
  await waiting.getByRole('link', { name: "De VOG's controleren" }).click();
  await expect(h1).toHaveText('Dienstverleners');
  await expect(verifier).toHaveURL(`${baseUrl}/admin/providers?vog=waiting`);
  await check(verifier, 'providers-vog-waiting');

  // --- Vera's VOG waits: the verifier checks it, and gives her two badges ------------------------
  await verifier.getByRole('link', { name: 'Vera Vermeulen' }).click();
  await expect(h1).toHaveText('Vera Vermeulen');
  await expect(verifier.getByText('Loodgieter Vermeulen').first()).toBeVisible();
  const veraId = new URL(verifier.url()).pathname.split('/').pop() ?? '';
  const veraVog = verifier.getByRole('region', { name: 'Verklaring omtrent het gedrag (VOG)' });
  await expect(veraVog).toContainText('Wacht op controle');
  // Sent two days ago (demo data): issued a week before that.
  await expect(veraVog).toContainText(/gestuurd \d/);
  await expect(
    veraVog.getByRole('link', { name: 'De VOG openen (pdf)' }),
  ).toHaveAttribute('href', `/api/v1/admin/providers/${veraId}/vog`);
  await veraVog.getByRole('button', { name: 'VOG bevestigen' }).click();
  await expect(veraVog.getByText('Vul de datum van afgifte in.')).toBeVisible();
  await check(verifier, 'provider-vog-waiting');
  await veraVog.getByLabel('Datum van afgifte op de VOG').fill(daysAgo(9));
  await veraVog.getByRole('button', { name: 'VOG bevestigen' }).click();
  await expect(veraVog).toContainText('Bevestigd');
  await expect(veraVog).toContainText('Afgegeven op');
  // Her fee was paid: with the VOG confirmed she is live.
  await expect(verifier.getByText('Live', { exact: true }).first()).toBeVisible();
  for (const badge of ['Identiteitsbewijs gezien', 'Persoonlijk gezien']) {
    const toggle = verifier.getByRole('switch', { name: badge });
    await expect(toggle).not.toBeChecked();
    await toggle.click();
    await expect(toggle).toBeChecked();
  }
  // Pieter's reviews: other journeys of this run may have left one, so only the card is asked.
  await expect(verifier.getByRole('region', { name: 'Beoordelingen' })).toBeVisible();
  await check(verifier, 'provider-vera');

  const customer = await (await browser.newContext()).newPage();
  await setWidth(customer, WIDTHS[1]);
  await customer.goto(`${baseUrl}/partner/aanbieders/${veraId}`);
  const veraSeen = customer.getByRole('region', { name: 'Gezien door Kring' });
  await expect(veraSeen.getByRole('listitem')).toHaveText([
    /Identiteitsbewijs gezien/,
    /Persoonlijk gezien/,
    /VOG gecontroleerd/,
  ]);
  await saveScreenshot(customer, 'staff-console-public-profile-vera-360');
  await customer.context().close();

  // --- Pieter (live, VOG confirmed): a badge on, seen on the public profile, and off again ------
  await menu(verifier).getByRole('link', { name: 'Dienstverleners' }).click();
  await verifier.getByRole('link', { name: 'Pieter Dienstverlener' }).click();
  await expect(h1).toHaveText(/Pieter/);
  const profileId = new URL(verifier.url()).pathname.split('/').pop() ?? '';
  const vog = verifier.getByRole('region', { name: 'Verklaring omtrent het gedrag (VOG)' });
  await expect(vog).toContainText('Bevestigd');
  // Pieter's reviews: other journeys of this run may have left one, so only the card is asked.
  await expect(verifier.getByRole('region', { name: 'Beoordelingen' })).toBeVisible();
  await check(verifier, 'provider');

  // Another journey of this run checks Pieter's badges: the badge is taken away again at the end.
  const identity = verifier.getByRole('switch', { name: 'Identiteitsbewijs gezien' });
  await expect(identity).not.toBeChecked();
  await identity.click();
  await expect(identity).toBeChecked();
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`${baseUrl}/partner/aanbieders/${profileId}`);
  const seenByKring = visitor.getByRole('region', { name: 'Gezien door Kring' });
  await expect(seenByKring).toContainText('Identiteitsbewijs gezien');
  await expect(seenByKring).toContainText('VOG gecontroleerd');

  await identity.click();
  await expect(identity).not.toBeChecked();
  await visitor.reload();
  await expect(seenByKring).toContainText('Persoonlijk gezien');
  await expect(seenByKring).not.toContainText('Identiteitsbewijs');
});

test('a care manager hides a review of Vera with a reason, and shows it again', async ({
  browser,
  baseUrl,
  request,
}) => {
  test.setTimeout(150_000);
  // A customer asks Vera (live since the verifier's journey) for help, she marks it handled, and
  // the customer reviews her through the link in their mail: all through the API.
  const headers = { Origin: baseUrl };
  const staff = await logInToConsole(browser, baseUrl, CARE_MANAGER);
  const live = (await (
    await staff.request.get(`${baseUrl}/api/v1/admin/providers?status=live&limit=100`)
  ).json()) as { items: { id: string; email: string }[] };
  const veraId = live.items.find((provider) => provider.email === 'vog@kring.demo')?.id ?? '';
  expect(veraId).not.toBe('');
  const vera = await (await browser.newContext()).newPage();
  await vera.goto(`${baseUrl}/provider/login`);
  await enterPassword(vera, 'vog@kring.demo');
  await expect(vera).toHaveURL(/\/provider\/?$/);
  const customer = `jan.e2e.${Date.now()}@example.org`;
  const asked = await request.post(`${baseUrl}/api/v1/providers/${veraId}/contact-requests`, {
    headers,
    data: {
      name: 'Jan Jansen',
      email: customer,
      phone: '030 123 4567',
      location: 'Utrecht',
      for_whom: 'self',
      message: 'De kraan in de keuken lekt. Kunt u deze week komen?',
    },
  });
  expect(asked.status(), await asked.text()).toBe(201);
  const csrf = (await vera.context().cookies()).find((c) => c.name === 'kring_csrf')?.value ?? '';
  const inbox = (await (
    await vera.request.get(`${baseUrl}/api/v1/provider/contact-requests`)
  ).json()) as { items: { id: string }[] };
  const handled = await vera.request.patch(
    `${baseUrl}/api/v1/provider/contact-requests/${inbox.items[0]?.id ?? ''}`,
    { headers: { ...headers, 'X-CSRF-Token': csrf }, data: { status: 'handled' } },
  );
  expect(handled.status(), await handled.text()).toBe(200);
  await vera.context().close();
  const link = await linkFromMailbox(request, baseUrl, customer, '/partner/review', 60_000);
  const token = new URL(link).searchParams.get('token') ?? '';
  const reviewed = await request.post(`${baseUrl}/api/v1/reviews`, {
    headers,
    data: { token, stars: 2, text: 'Hij kwam te laat en de kraan lekt nog steeds.' },
  });
  expect(reviewed.status(), await reviewed.text()).toBe(201);

  // --- The care manager finds it on Vera's page in the console --------------------------------
  const h1 = staff.getByRole('heading', { level: 1 });
  await staff.goto(`${baseUrl}/admin/providers/${veraId}`);
  await expect(h1).toHaveText('Vera Vermeulen');
  const reviews = staff.getByRole('region', { name: 'Beoordelingen' });
  const jan = reviews.getByRole('row', { name: /Jan/ });
  await expect(jan).toContainText('de kraan lekt nog steeds');
  await expect(jan.getByRole('img', { name: '2 van 5 sterren' })).toBeVisible();
  await expect(jan).toContainText('Zichtbaar');
  await check(staff, 'provider-reviews');

  await jan.getByRole('button', { name: 'Verbergen' }).click();
  const hide = staff.getByRole('dialog', { name: 'De beoordeling verbergen' });
  await hide.getByRole('button', { name: 'Verbergen' }).click();
  await expect(hide.getByText('Geef een reden van minstens 3 tekens.')).toBeVisible();
  await hide.getByLabel(/^Reden/).fill('Noemt een collega bij naam');
  await checkDialog(staff, 'hide-review');
  await hide.getByRole('button', { name: 'Verbergen' }).click();
  await expect(hide).toBeHidden();
  await expect(jan).toContainText('Verborgen');
  await expect(jan).toContainText('Reden: Noemt een collega bij naam');
  await check(staff, 'provider-review-hidden');

  // The public profile no longer shows it ...
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`${baseUrl}/partner/aanbieders/${veraId}`);
  await expect(visitor.getByRole('heading', { level: 1 })).toContainText('Vera');
  await expect(visitor.getByText('de kraan lekt nog steeds')).toHaveCount(0);

  // ... until it is shown again.
  await jan.getByRole('button', { name: 'Weer tonen' }).click();
  const show = staff.getByRole('dialog', { name: 'De beoordeling weer tonen' });
  await show.getByRole('button', { name: 'Weer tonen' }).click();
  await expect(show).toBeHidden();
  await expect(jan).toContainText('Zichtbaar');
  await visitor.reload();
  await expect(visitor.getByText(/de kraan lekt nog steeds/)).toBeVisible();
});

test('a branch member sees only their own menu, and the API refuses the rest', async ({
  browser,
  baseUrl,
}) => {
  test.setTimeout(120_000);
  const branch = await logInToConsole(browser, baseUrl, BRANCH);
  const h1 = branch.getByRole('heading', { level: 1 });
  await expect(menu(branch).getByRole('link', { name: 'Start' })).toBeVisible();
  await expect(menu(branch).getByRole('link', { name: 'Mensen' })).toHaveCount(0);
  await expect(branch.getByRole('region', { name: "Te controleren VOG's" })).toHaveCount(0);
  await expect(branch.getByRole('region', { name: 'Te late contactverzoeken' })).toBeVisible();
  await check(branch, 'home-branch');

  // What every role may see: response times and promotion packages, without the confirm button.
  await branch
    .getByRole('region', { name: 'Te late contactverzoeken' })
    .getByRole('link', { name: 'Reactietijden bekijken' })
    .click();
  await expect(h1).toHaveText('Reactietijden');
  // The box follows the address (a shared link shows the same), so it is checked once the
  // address changed: a click, then both.
  const everyone = branch.getByRole('checkbox', { name: /Alle dienstverleners tonen/ });
  await everyone.click();
  await expect(branch).toHaveURL(`${baseUrl}/admin/response-times?all=true`);
  await expect(everyone).toBeChecked();
  await check(branch, 'response-times');
  await menu(branch).getByRole('link', { name: 'Promotiepakketten' }).click();
  await expect(h1).toHaveText('Promotiepakketten');
  await expect(branch.getByRole('button', { name: 'Bevestigen' })).toHaveCount(0);
  await check(branch, 'promotions');
  await menu(branch).getByRole('link', { name: 'Organisaties' }).click();
  await branch.getByLabel(/^Naam, KvK- of ondernemingsnummer/).fill('Linde');
  await branch.getByRole('button', { name: 'Zoeken' }).click();
  await expect(branch).toHaveURL(`${baseUrl}/admin/organisations?q=Linde`);
  await check(branch, 'organisations');
  await branch.getByRole('link', { name: 'Zorggroep De Linde' }).click();
  await expect(h1).toHaveText('Zorggroep De Linde');
  await expect(branch.getByText('41234560')).toBeVisible();
  const contacts = branch.getByRole('region', { name: 'Contactpersonen' });
  await expect(contacts.getByRole('row', { name: /Sanne de Vries/ })).toContainText('Uitgenodigd');
  await expect(contacts.getByRole('row', { name: /Joost Bakker/ })).toContainText(
    'Contact zonder inlog',
  );
  // A branch member may not open accounts: names are no links.
  await expect(contacts.getByRole('link', { name: /Sanne de Vries/ })).toHaveCount(0);
  await check(branch, 'organisation');

  // Forced: the page says so, and the API answers 403 to a read and a change.
  await branch.goto(`${baseUrl}/admin/people`);
  await expect(h1).toHaveText('Deze pagina hoort niet bij je rol');
  await check(branch, 'not-allowed');
  expect((await branch.request.get(`${baseUrl}/api/v1/admin/users`)).status()).toBe(403);
  const csrf = (await branch.context().cookies()).find((c) => c.name === 'kring_csrf')?.value;
  const created = await branch.request.post(`${baseUrl}/api/v1/admin/users`, {
    data: { email: 'x@example.org', first_name: 'X', last_name: 'Y', organisation_id: stampId() },
    headers: { 'X-CSRF-Token': csrf ?? '', Origin: baseUrl },
  });
  expect([403, 404]).toContain(created.status());
});

test('an admin confirms a promotion package, and its invoice PDF opens', async ({
  browser,
  baseUrl,
}) => {
  test.setTimeout(120_000);
  const admin = await logInToConsole(browser, baseUrl, ADMIN);
  const h1 = admin.getByRole('heading', { level: 1 });
  await menu(admin).getByRole('link', { name: 'Promotiepakketten' }).click();
  await expect(h1).toHaveText('Promotiepakketten');
  // Karin (aanbieder1@kring.demo) asked for the plus package (demo data).
  const karin = admin.getByRole('row', { name: /aanbieder1@kring\.demo/ });
  await expect(karin).toContainText('Plus');
  await expect(karin).toContainText('Te bevestigen');
  await check(admin, 'promotions-admin');

  await karin.getByRole('button', { name: 'Bevestigen' }).click();
  const dialog = admin.getByRole('dialog', { name: 'Het promotiepakket bevestigen' });
  // The plus package has its list price: only the first day is asked (today, filled in).
  await expect(dialog.getByLabel(/^Begint op/)).not.toHaveValue('');
  await expect(dialog.getByLabel(/^Afgesproken prijs/)).toHaveCount(0);
  await checkDialog(admin, 'confirm-promotion');
  await dialog.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(dialog).toBeHidden();
  await expect(karin).toContainText('Bevestigd');
  const invoice = karin.getByRole('link', { name: /^Factuur .*pdf/ });
  await expect(invoice).toBeVisible();
  await check(admin, 'promotions-confirmed');

  // The invoice link is staff's own invoice route: with the admin's session it is the PDF.
  const href = await invoice.getAttribute('href');
  expect(href).toMatch(/^\/api\/v1\/admin\/invoices\/[0-9a-f-]+\/pdf$/);
  const pdf = await admin.request.get(`${baseUrl}${href ?? ''}`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  const body = await pdf.body();
  expect(body.length).toBeGreaterThan(1000);
  expect(body.subarray(0, 5).toString()).toBe('%PDF-');
});

test('someone who is not staff is told what the console is for', async ({ page, baseUrl }) => {
  await setWidth(page, WIDTHS[0]);
  await page.goto(`${baseUrl}/admin/login`);
  await enterPassword(page, 'partner@kring.demo');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Deze console is voor medewerkers van Kring',
  );
  await expect(menu(page).getByRole('link', { name: 'Start' })).toHaveCount(0);
  await expect(menu(page).getByRole('link', { name: 'Mensen' })).toHaveCount(0);
  await check(page, 'not-staff');
});

/** The day `days` days ago, as a date input takes it (YYYY-MM-DD). */
function daysAgo(days: number): string {
  const day = new Date(Date.now() - days * 24 * 60 * 60 * 1000);
  return day.toISOString().slice(0, 10);
}

/** Any well-formed id: the refusal comes before the organisation is looked up. */
function stampId(): string {
  return '0192f0c4-0000-7000-8000-000000000000';
}
