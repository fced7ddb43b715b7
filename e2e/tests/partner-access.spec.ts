import { checkAtEveryWidth, expect, setWidth, skipWithoutChromium, test, WIDTHS } from '../support/fixtures';

skipWithoutChromium();

const PASSWORD = 'Zonnebloem-Kring-2026';

test('a partner asks for partner access and sees when Kring will answer', async ({ page, baseUrl }) => {
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

});
