import type { Page } from '@playwright/test';
import {
  checkAtEveryWidth as checkPage,
  expect,
  saveScreenshot,
  setWidth,
  skipWithoutChromium,
  test,
  WIDTHS,
} from '../support/fixtures';
import { linkFromMailbox } from '../support/mailbox';

skipWithoutChromium();

/** The shared check, with this journey's screenshot names (`identity-<name>-<width>.png`). */
function checkAtEveryWidth(page: Page, name: string): Promise<void> {
  return checkPage(page, `identity-${name}`);
}

test('a provider signs up, confirms the address, logs in and out, and resets the password', async ({
  page,
  baseUrl,
}) => {
  test.setTimeout(180_000);
  const email = `anna.e2e.${Date.now()}@example.org`;
  const firstPassword = 'vlinder-kaas-fiets-29';
  const secondPassword = 'zeilboot-paraplu-honing-71';
  const h1 = page.getByRole('heading', { level: 1 });
  const banner = page.getByRole('banner');

  // The landing page invites to sign up.
  await setWidth(page, WIDTHS[0]);
  await page.goto(`${baseUrl}/provider/`);
  const cta = page.getByRole('complementary', { name: 'Account' });
  await expect(cta).toBeVisible();
  await checkAtEveryWidth(page, 'landing');
  await cta.getByRole('link', { name: 'Account aanmaken' }).click();

  // Sign up: the form first refuses what it can check itself, with a focused summary.
  await expect(page).toHaveURL(`${baseUrl}/provider/signup`);
  await expect(h1).toHaveText('Account aanmaken');
  await checkAtEveryWidth(page, 'signup');
  await page.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(page.getByTestId('error-summary')).toBeFocused();
  await checkAtEveryWidth(page, 'signup-errors');

  await page.locator('#signup-first-name').fill('Anna');
  await page.locator('#signup-email').fill(email);
  await page.locator('#signup-password').fill(firstPassword);
  await expect(page.getByText('Sterkte: sterk')).toBeVisible();
  await page.getByRole('checkbox', { name: /gebruiksvoorwaarden/ }).check();
  await page.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(h1).toHaveText('Controleer je e-mail');
  await expect(page.getByRole('status').filter({ hasText: email })).toBeVisible();
  await checkAtEveryWidth(page, 'signup-sent');

  // The link in the e-mail confirms the address.
  await page.goto(await linkFromMailbox(page.request, baseUrl, email, '/provider/verify-email'));
  await expect(h1).toHaveText('Je e-mailadres is bevestigd');
  await checkAtEveryWidth(page, 'verify-email');
  await page.getByRole('link', { name: 'Inloggen' }).last().click();

  // Log in: a wrong password is refused in plain words, the right one logs in.
  await expect(page).toHaveURL(`${baseUrl}/provider/login`);
  await expect(h1).toHaveText('Inloggen');
  await checkAtEveryWidth(page, 'login');
  await page.locator('#login-email').fill(email);
  await page.locator('#login-password').fill('niet-het-goede-wachtwoord');
  await page.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByTestId('error-summary')).toBeFocused();
  await expect(page.getByTestId('error-summary')).toContainText('wachtwoord');
  await checkAtEveryWidth(page, 'login-refused');
  await page.locator('#login-password').fill(firstPassword);
  await page.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();

  // Home, with my name in the user menu.
  await expect(page).toHaveURL(new RegExp(`/provider/?$`));
  const userMenu = banner.getByRole('button', { name: 'Accountmenu van Anna' });
  await expect(userMenu).toBeVisible();
  await expect(userMenu).toContainText('Anna');
  await expect(cta).toBeHidden();
  await userMenu.click();
  await expect(page.getByRole('menu')).toContainText('Anna');
  await expect(page.getByRole('menu')).toContainText(email);
  await page.waitForTimeout(300); // the menu fades in
  await saveScreenshot(page, 'identity-user-menu-1280');
  await page.getByRole('menuitem', { name: 'Beveiliging van mijn account' }).click();

  // Account security lists this one session.
  await expect(page).toHaveURL(`${baseUrl}/provider/account/security`);
  await expect(h1).toHaveText('Beveiliging van je account');
  const sessions = page.getByRole('region', { name: 'Waar je bent ingelogd' }).getByRole('listitem');
  await expect(sessions).toHaveCount(1);
  await expect(sessions.first()).toContainText('Dit apparaat');
  await checkAtEveryWidth(page, 'account-security');

  // At 360 px the user menu still opens from the header.
  await setWidth(page, 360);
  await userMenu.click();
  await expect(page.getByRole('menuitem', { name: 'Uitloggen' })).toBeVisible();
  await page.waitForTimeout(300); // the menu fades in
  await saveScreenshot(page, 'identity-user-menu-360');
  await page.getByRole('menuitem', { name: 'Uitloggen' }).click();
  await setWidth(page, WIDTHS[0]);

  // Logged out: the header offers "Inloggen" again; the security page needs a login.
  const loginButton = banner.getByRole('link', { name: 'Inloggen' });
  await expect(loginButton).toBeVisible();
  await page.goto(`${baseUrl}/provider/account/security`);
  await expect(page).toHaveURL(`${baseUrl}/provider/login?next=%2Faccount%2Fsecurity`);

  // Forgot password: a link by e-mail.
  await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
  await expect(h1).toHaveText('Wachtwoord vergeten');
  await checkAtEveryWidth(page, 'forgot-password');
  await page.locator('#forgot-email').fill(email);
  await page.getByRole('button', { name: 'Stuur mij een link' }).click();
  await expect(h1).toHaveText('Controleer je e-mail');
  await checkAtEveryWidth(page, 'forgot-password-sent');

  // The reset link: a new password, twice; a mismatch is refused first.
  await page.goto(await linkFromMailbox(page.request, baseUrl, email, '/provider/reset-password'));
  await expect(h1).toHaveText('Nieuw wachtwoord kiezen');
  await checkAtEveryWidth(page, 'reset-password');
  await page.locator('#reset-password').fill(secondPassword);
  await page.locator('#reset-repeat').fill(`${secondPassword}x`);
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('niet gelijk');
  await checkAtEveryWidth(page, 'reset-password-mismatch');
  await page.locator('#reset-repeat').fill(secondPassword);
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(h1).toHaveText('Je wachtwoord is gewijzigd');
  await checkAtEveryWidth(page, 'reset-password-done');

  // Log in with the new password, coming back to where the log-in started.
  await page.goto(`${baseUrl}/provider/login?next=%2Faccount%2Fsecurity`);
  await page.locator('#login-email').fill(email);
  await page.locator('#login-password').fill(secondPassword);
  await page.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(`${baseUrl}/provider/account/security`);
  await expect(banner.getByRole('button', { name: 'Accountmenu van Anna' })).toBeVisible();
});

test('a used or broken link says so and offers a way on', async ({ page, baseUrl }) => {
  await setWidth(page, WIDTHS[0]);
  await page.goto(`${baseUrl}/provider/verify-email?token=not-a-real-token`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze link werkt niet meer');
  await expect(page.getByRole('link', { name: 'Opnieuw een account aanmaken' })).toBeVisible();
  await checkAtEveryWidth(page, 'verify-email-expired');

  await page.goto(`${baseUrl}/partner/reset-password`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze link werkt niet meer');
  await expect(page.getByRole('link', { name: 'Vraag een nieuwe link aan' })).toBeVisible();
});

for (const portal of ['partner', 'pro'] as const) {
  test(`the ${portal} portal has the log-in and password pages`, async ({ page, baseUrl }) => {
    await setWidth(page, WIDTHS[0]);
    await page.goto(`${baseUrl}/${portal}/login`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen');
    await expect(page.getByText('Log in met uw e-mailadres en wachtwoord.')).toBeVisible();
    await checkAtEveryWidth(page, `${portal}-login`);
    await page.goto(`${baseUrl}/${portal}/forgot-password`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wachtwoord vergeten');
    if (portal === 'partner') {
      await page.goto(`${baseUrl}/${portal}/signup`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Account aanmaken');
      await checkAtEveryWidth(page, `${portal}-signup`);
    } else {
      await page.goto(`${baseUrl}/${portal}/signup`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
    }
  });
}
