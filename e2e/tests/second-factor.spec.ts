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
import { createStaff, SERVER_VAR_DIR } from '../support/kring';
import { linkFromMailbox } from '../support/mailbox';
import { codeFromSms } from '../support/sms';
import { freshTotpCode } from '../support/totp';

skipWithoutChromium();

const PASSWORD = 'vlinder-kaas-fiets-29';

/** Screenshots of this journey are `2fa-<name>-<width>.png`. */
const check = (page: Page, name: string) => checkAtEveryWidth(page, `2fa-${name}`);

/** Sign up in the provider portal and open the confirmation link from the dev mailbox. */
async function signUpProvider(page: Page, baseUrl: string, email: string, firstName: string) {
  await setWidth(page, WIDTHS[0]);
  await page.goto(`${baseUrl}/provider/signup`);
  await page.locator('#signup-first-name').fill(firstName);
  await page.locator('#signup-email').fill(email);
  await page.locator('#signup-password').fill(PASSWORD);
  await page.getByRole('checkbox', { name: /gebruiksvoorwaarden/ }).check();
  await page.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Controleer je e-mail');
  await page.goto(await linkFromMailbox(page.request, baseUrl, email, '/provider/verify-email'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je e-mailadres is bevestigd');
}

/** E-mail and password on the log-in page (the portal's page must be open). */
async function enterPassword(page: Page, email: string, password = PASSWORD) {
  await page.locator('#login-email').fill(email);
  await page.locator('#login-password').fill(password);
  await page.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();
}

/** Sends the code on the second-factor step (whose "back" button also says "inloggen"). */
async function submitCode(page: Page) {
  await page.getByRole('main').getByRole('button', { name: 'Inloggen', exact: true }).click();
}

async function logOut(page: Page) {
  await page.getByRole('banner').getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Uitloggen' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Inloggen' })).toBeVisible();
}

test('a provider sets up an authenticator app, logs in with it, and resets the password', async ({
  page,
  baseUrl,
}) => {
  test.setTimeout(240_000);
  const email = `totp.e2e.${Date.now()}@example.org`;
  const newPassword = 'zeilboot-paraplu-honing-71';
  const h1 = page.getByRole('heading', { level: 1 });
  await signUpProvider(page, baseUrl, email, 'Tessa');

  // Logged in with the password only: 2FA is offered, not required.
  await page.goto(`${baseUrl}/provider/login?next=%2Faccount%2Fsecurity`);
  await enterPassword(page, email);
  await expect(h1).toHaveText('Beveiliging van je account');
  const factors = page.getByRole('region', { name: 'Tweestapsverificatie' });
  await expect(factors.getByTestId('mfa-status')).toHaveText('Tweestapsverificatie staat uit.');
  await check(page, 'security-off');
  await factors.getByRole('link', { name: 'Tweestapsverificatie instellen' }).click();

  // The set-up page: choose the app, scan (here: read) the secret, confirm a code.
  await expect(h1).toHaveText('Tweestapsverificatie instellen');
  await check(page, 'setup-choose');
  await page.getByRole('button', { name: /Met een authenticator-app/ }).click();
  const secretBox = page.getByTestId('totp-secret');
  await expect(secretBox).toHaveText(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
  const qr = page.getByRole('img', { name: /QR-code/ });
  await expect(qr).toBeVisible();
  // The QR code is drawn, not a broken image.
  await expect
    .poll(() => qr.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
    .toBeGreaterThan(0);
  const secret = (await secretBox.innerText()).replace(/\s+/g, '');
  await check(page, 'setup-totp');
  await page.locator('#totp-code').fill('123');
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('6 cijfers');
  await page.locator('#totp-code').fill(await freshTotpCode(secret));
  await page.getByRole('button', { name: 'Bevestigen' }).click();

  // The first factor comes with ten recovery codes, shown once, to download or copy.
  await expect(page.getByRole('heading', { name: 'Bewaar je herstelcodes' })).toBeVisible();
  const codes = await page.getByTestId('recovery-code').allInnerTexts();
  expect(codes).toHaveLength(10);
  expect(codes.every((code) => /^[a-z2-9]{5}-[a-z2-9]{5}$/.test(code))).toBe(true);
  await check(page, 'recovery-codes');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Downloaden (.txt)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('kring-recovery-codes.txt');
  const file = await download.createReadStream();
  let text = '';
  for await (const chunk of file) text += String(chunk);
  for (const code of codes) expect(text).toContain(code);
  // Going on needs the confirmation that they are stored.
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page.getByText('Bewaar de codes en vink dit aan om verder te gaan.')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Ik heb deze codes veilig bewaard' }).check();
  await page.getByRole('button', { name: 'Verder' }).click();

  // Back on account security: the app is listed, ten codes left.
  await expect(h1).toHaveText('Beveiliging van je account');
  await expect(page.getByText('Je tweede stap is ingesteld.')).toBeVisible();
  await expect(factors.getByTestId('mfa-status')).toHaveText('Tweestapsverificatie staat aan.');
  await expect(factors.getByRole('listitem')).toHaveCount(1);
  await expect(factors.getByRole('listitem')).toContainText('Authenticator-app');
  await expect(factors).toContainText('Je hebt nog 10 herstelcodes die je kunt gebruiken.');
  await check(page, 'security-on');

  // Sensitive changes may ask to confirm it is you. The API asks only when the factor was proven
  // more than 5 minutes ago, so here its first answer is made to ask; the dialog then runs the
  // real step-up challenge, and the call is retried against the real API.
  await page.route(
    '**/api/v1/me/mfa/recovery-codes',
    (route) =>
      route.fulfill({
        status: 401,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'https://kring.nl/problems/step-up-required',
          title: 'Bevestig dat u het bent',
          status: 401,
          detail: 'Bevestig met uw tweede stap dat u het bent en probeer het opnieuw.',
        }),
      }),
    { times: 1 },
  );
  await factors.getByRole('button', { name: 'Nieuwe herstelcodes maken' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bevestig dat jij het bent' });
  await expect(dialog.getByLabel(/^Code uit de app/)).toBeVisible();
  for (const width of [...WIDTHS].reverse()) {
    await setWidth(page, width);
    await page.waitForTimeout(300);
    await saveScreenshot(page, `2fa-step-up-${width}`);
    await expectNoSeriousA11yViolations(page, `step-up dialog at ${width} px`);
  }
  await setWidth(page, WIDTHS[0]);
  await dialog.getByLabel(/^Code uit de app/).fill(await freshTotpCode(secret));
  await dialog.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(dialog).toBeHidden();
  await expect(factors.getByTestId('recovery-code')).toHaveCount(10);
  const renewed = await factors.getByTestId('recovery-code').allInnerTexts();
  expect(renewed).toHaveLength(10);
  expect(renewed.some((code) => codes.includes(code))).toBe(false);
  await factors.getByRole('checkbox', { name: 'Ik heb deze codes veilig bewaard' }).check();
  await factors.getByRole('button', { name: 'Klaar' }).click();
  await expect(factors.getByTestId('recovery-code')).toHaveCount(0);

  // Log out, and in again: the password, then the app's code (a wrong one first).
  await logOut(page);
  await page.goto(`${baseUrl}/provider/login`);
  await enterPassword(page, email);
  await expect(h1).toHaveText('Tweestapsverificatie');
  await expect(page.getByLabel(/^Code uit de app/)).toBeFocused();
  await check(page, 'challenge');
  await page.getByRole('button', { name: 'Een herstelcode gebruiken' }).click();
  await expect(page.getByLabel(/^Herstelcode/)).toBeVisible();
  await check(page, 'challenge-recovery');
  await page.getByRole('button', { name: 'Code uit de authenticator-app gebruiken' }).click();
  await page.getByLabel(/^Code uit de app/).fill('000000');
  await submitCode(page);
  await expect(page.getByTestId('error-summary')).toContainText(
    'Deze code klopt niet. U kunt het nog 4 keer proberen.',
  );
  await check(page, 'challenge-wrong-code');
  await page.getByLabel(/^Code uit de app/).fill(await freshTotpCode(secret));
  await submitCode(page);
  await expect(page).toHaveURL(new RegExp('/provider/?$'));
  await expect(page.getByRole('banner').getByTestId('user-menu')).toBeVisible();

  // Forgotten password: a reset never skips the second factor.
  await logOut(page);
  await page.goto(`${baseUrl}/provider/forgot-password`);
  await page.locator('#forgot-email').fill(email);
  await page.getByRole('button', { name: 'Stuur mij een link' }).click();
  await expect(h1).toHaveText('Controleer je e-mail');
  await page.goto(await linkFromMailbox(page.request, baseUrl, email, '/provider/reset-password'));
  await page.locator('#reset-password').fill(newPassword);
  await page.locator('#reset-repeat').fill(newPassword);
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(h1).toHaveText('Je wachtwoord is gewijzigd');
  await page.goto(`${baseUrl}/provider/login?next=%2Faccount%2Fsecurity`);
  await enterPassword(page, email, newPassword);
  await expect(h1).toHaveText('Tweestapsverificatie');
  await page.getByLabel(/^Code uit de app/).fill(await freshTotpCode(secret));
  await submitCode(page);
  await expect(h1).toHaveText('Beveiliging van je account');
});

test('a provider changes the e-mail address and logs in with the new one', async ({
  page,
  baseUrl,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const email = `mail.e2e.${stamp}@example.org`;
  const newEmail = `mail.e2e.${stamp}.new@example.org`;
  const h1 = page.getByRole('heading', { level: 1 });
  await signUpProvider(page, baseUrl, email, 'Mila');
  await page.goto(`${baseUrl}/provider/login?next=%2Faccount%2Fsecurity`);
  await enterPassword(page, email);
  await expect(h1).toHaveText('Beveiliging van je account');

  const card = page.getByRole('region', { name: 'E-mailadres' });
  await expect(card.getByTestId('current-email')).toHaveText(email);
  await card.getByLabel(/^Nieuw e-mailadres/).fill(newEmail);
  await card.getByRole('button', { name: 'E-mailadres wijzigen' }).click();
  await expect(card.getByRole('status')).toContainText(`We hebben een link gestuurd naar ${newEmail}`);
  await check(page, 'email-change-sent');

  // The link at the new address changes it, ends every session and asks to log in again.
  await page.goto(await linkFromMailbox(page.request, baseUrl, newEmail, '/provider/confirm-email'));
  await expect(h1).toHaveText('Inloggen');
  await expect(page.getByRole('status').filter({ hasText: 'Je e-mailadres is gewijzigd' })).toBeVisible();
  await check(page, 'login-after-email-change');
  await enterPassword(page, newEmail);
  await expect(page).toHaveURL(new RegExp('/provider/?$'));
  await expect(page.getByRole('banner').getByTestId('user-menu')).toBeVisible();

  // A used link says so.
  await page.goto(await linkFromMailbox(page.request, baseUrl, newEmail, '/provider/confirm-email'));
  await expect(h1).toHaveText('Deze link werkt niet meer');
  await check(page, 'confirm-email-expired');
});

test('staff activate their account, must set up 2FA (by text message), and log in with it', async ({
  page,
  baseUrl,
}) => {
  test.skip(!SERVER_VAR_DIR, 'Needs the var dir of a server this run started');
  test.setTimeout(180_000);
  const email = `staff.e2e.${Date.now()}@example.org`;
  const mobile = `+3161${String(Date.now()).slice(-7)}`;
  const seen = new Set<string>();
  const h1 = page.getByRole('heading', { level: 1 });
  await setWidth(page, WIDTHS[0]);

  // The activation link: a password with the same rules as everywhere. The link leads to the
  // staff console (its own journeys log staff in there); the identity pages are the same in
  // every portal, and this journey walks them in the pro portal's words.
  const activation = createStaff(email, 'advisor', 'Sam');
  expect(activation).toMatch(/^\/admin\/activate\?token=/);
  await page.goto(`${baseUrl}${activation.replace(/^\/admin\//, '/pro/')}`);
  await expect(h1).toHaveText('Uw account activeren');
  await check(page, 'activate');
  await page.locator('#activate-password').fill(PASSWORD);
  await page.locator('#activate-repeat').fill(PASSWORD);
  await page.getByRole('button', { name: 'Account activeren' }).click();
  await expect(h1).toHaveText('Inloggen');
  await expect(page.getByRole('status').filter({ hasText: 'Uw account is actief' })).toBeVisible();

  // Staff must use a second factor: the set-up comes first and cannot be skipped.
  await enterPassword(page, email);
  await expect(h1).toHaveText('Stel eerst tweestapsverificatie in');
  await expect(page).toHaveURL(`${baseUrl}/pro/account/second-factor`);
  await check(page, 'setup-forced');
  await page.goto(`${baseUrl}/pro/account/security`);
  await expect(h1).toHaveText('Stel eerst tweestapsverificatie in');
  await expect(page).toHaveURL(`${baseUrl}/pro/account/second-factor?next=%2Faccount%2Fsecurity`);

  // Text messages: a landline is refused on its field, a mobile number gets a code.
  await page.getByRole('button', { name: /Met een code per sms/ }).click();
  await page.getByLabel(/^Mobiel nummer/).fill('020 123 4567');
  await page.getByRole('button', { name: 'Stuur een code' }).click();
  await expect(page.getByLabel(/^Mobiel nummer/)).toHaveAccessibleDescription(/mobiel nummer/);
  await check(page, 'setup-sms-landline');
  await page.getByLabel(/^Mobiel nummer/).fill(mobile);
  await page.getByRole('button', { name: 'Stuur een code' }).click();
  await expect(page.getByTestId('sms-setup-sent')).toContainText(mobile.slice(-3));
  await check(page, 'setup-sms-code');
  await page.getByLabel(/^Code uit de sms/).fill(await codeFromSms(page.request, baseUrl, mobile, seen));
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(page.getByRole('heading', { name: 'Bewaar uw herstelcodes' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Ik heb deze codes veilig bewaard' }).check();
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page).toHaveURL(`${baseUrl}/pro/account/security`);
  const factors = page.getByRole('region', { name: 'Tweestapsverificatie' });
  await expect(factors.getByRole('listitem')).toContainText(`eindigt op ${mobile.slice(-3)}`);
  // Staff do not change their own e-mail address.
  await expect(page.getByRole('region', { name: 'E-mailadres' })).toContainText(
    'Dit e-mailadres kan alleen Kring wijzigen.',
  );

  // Logging in again: the text message is the only factor, sent with one click.
  await logOut(page);
  await page.goto(`${baseUrl}/pro/login`);
  await enterPassword(page, email);
  await expect(h1).toHaveText('Tweestapsverificatie');
  await page.getByRole('button', { name: 'Stuur de code' }).click();
  await expect(page.getByTestId('sms-sent')).toBeVisible();
  await check(page, 'challenge-sms');
  await page.getByLabel(/^Code uit de sms/).fill(await codeFromSms(page.request, baseUrl, mobile, seen));
  await submitCode(page);
  await expect(page).toHaveURL(new RegExp('/pro/?$'));
  await expect(page.getByRole('banner').getByTestId('user-menu')).toBeVisible();
});

test('the pro demo user chooses an organisation after logging in and switches in the header', async ({
  page,
  baseUrl,
}) => {
  test.setTimeout(120_000);
  const h1 = page.getByRole('heading', { level: 1 });
  const banner = page.getByRole('banner');
  await setWidth(page, WIDTHS[0]);
  await page.goto(`${baseUrl}/pro/login`);
  await enterPassword(page, 'pro@kring.demo', 'Zonnebloem-Kring-2026');
  await expect(h1).toHaveText('Tweestapsverificatie');
  await page
    .getByLabel(/^Code uit de app/)
    .fill(await freshTotpCode('YEPM6UNYE3HDXGDJ6SDRM2TA73E6EDFK'));
  await submitCode(page);

  // Two organisations: the chooser, with a filter.
  await expect(h1).toHaveText('Kies uw organisatie');
  const choices = page.getByRole('main').getByRole('listitem');
  await expect(choices).toHaveCount(2);
  await expect(page.getByTestId('organisation-count')).toHaveText('2 organisaties');
  await check(page, 'chooser');
  await page.getByLabel(/^Zoek een organisatie/).fill('zonne');
  await expect(choices).toHaveCount(1);
  await expect(page.getByTestId('organisation-count')).toHaveText('1 organisatie');
  await page.getByLabel(/^Zoek een organisatie/).fill('bestaat niet');
  await expect(page.getByTestId('organisation-count')).toHaveText(
    'Geen organisatie gevonden met „bestaat niet”.',
  );
  await check(page, 'chooser-no-match');
  await page.getByLabel(/^Zoek een organisatie/).fill('linde');
  await choices.getByRole('button', { name: /Zorggroep De Linde/ }).click();

  // Home, acting for De Linde; the header switches to Zonnehuis.
  await expect(page).toHaveURL(new RegExp('/pro/?$'));
  const switcher = banner.getByTestId('organisation-switcher');
  await expect(switcher).toHaveAccessibleName('Organisatie: Zorggroep De Linde. Wisselen');
  await expect(switcher).toContainText('Zorggroep De Linde');
  await switcher.click();
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem', { name: /Zorggroep De Linde/ })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await page.waitForTimeout(300); // the menu fades in
  await saveScreenshot(page, '2fa-switcher-1280');
  await menu.getByRole('menuitem', { name: /Stichting Zonnehuis/ }).click();
  await expect(switcher).toHaveAccessibleName('Organisatie: Stichting Zonnehuis. Wisselen');

  // On a phone the switcher keeps its name for screen readers and still opens.
  await setWidth(page, 360);
  await expect(switcher).toBeVisible();
  await switcher.click();
  await expect(page.getByRole('menuitem', { name: /Zorggroep De Linde/ })).toBeVisible();
  await page.waitForTimeout(300);
  await saveScreenshot(page, '2fa-switcher-360');
  await page.keyboard.press('Escape');
  await check(page, 'pro-home-with-organisation');

  // The chooser from the menu marks the current organisation.
  await switcher.click();
  await page.getByRole('menuitem', { name: 'Alle organisaties' }).click();
  await expect(h1).toHaveText('Kies uw organisatie');
  await expect(choices.getByRole('button', { name: /Stichting Zonnehuis/ })).toHaveAttribute(
    'aria-current',
    'true',
  );
});

test('broken activation and e-mail links say so', async ({ page, baseUrl }) => {
  await setWidth(page, WIDTHS[0]);
  await page.goto(`${baseUrl}/pro/activate`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze link werkt niet meer');
  await page.goto(`${baseUrl}/partner/activate?token=not-a-real-token-but-long-enough`);
  await page.locator('#activate-password').fill(PASSWORD);
  await page.locator('#activate-repeat').fill(PASSWORD);
  await page.getByRole('button', { name: 'Account activeren' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze link werkt niet meer');
  await check(page, 'activate-expired');
  await page.goto(`${baseUrl}/partner/confirm-email?token=not-a-real-token-but-long-enough`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze link werkt niet meer');
});
