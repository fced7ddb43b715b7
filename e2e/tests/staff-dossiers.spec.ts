import { checkAtEveryWidth, expect, skipWithoutChromium, test } from '../support/fixtures';
import { logInToConsole } from '../support/staff';

skipWithoutChromium();

test('a verifier reads a dossier in the console, and the read is in its access log', async ({
  browser,
  baseUrl,
}) => {
  const page = await logInToConsole(browser, baseUrl);
  const h1 = page.getByRole('heading', { level: 1 });
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Dossiers' }).click();
  await expect(h1).toHaveText('Dossiers');
  await page.getByLabel('Naam van de hulpvrager').fill('truus');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page.getByRole('link', { name: 'Truus de Vries' })).toBeVisible();
  await checkAtEveryWidth(page, 'staff-dossiers');

  await page.getByRole('link', { name: 'Truus de Vries' }).click();
  await expect(h1).toHaveText('Truus de Vries');
  await expect(page.getByText('Beheerd door Bram Buurtwerker')).toBeVisible();
  const log = page.getByRole('table', { name: 'Wie keek in dit dossier' });
  // This very read is in it, by the verifier (next to the page's reads of proposals and
  // engagements, which are audited too).
  await expect(
    log.getByRole('row').filter({ hasText: 'dossier bekeken' }).filter({ hasText: 'Victor Verificateur' }).first(),
  ).toBeVisible();
  await checkAtEveryWidth(page, 'staff-dossier');
});
