import {
  checkAtEveryWidth,
  expect,
  setWidth,
  skipWithoutChromium,
  test,
  WIDTHS,
} from '../support/fixtures';
import { fillDossierWizard, GERDA, payInSandbox } from '../support/dossiers';

skipWithoutChromium();

const PASSWORD = 'Zonnebloem-Kring-2026';

test('a partner finds their dossiers, creates one in the wizard and sees its page and access log', async ({
  page,
  baseUrl,
}) => {
  test.setTimeout(180_000);
  const h1 = page.getByRole('heading', { level: 1 });
  await setWidth(page, WIDTHS[0]);
  await page.goto(`${baseUrl}/partner/dossiers`);
  await expect(h1).toHaveText('Inloggen');
  await page.locator('#login-email').fill('buurtwerker@kring.demo');
  await page.locator('#login-password').fill(PASSWORD);
  await page.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();

  await expect(h1).toHaveText('Mijn dossiers');
  await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
  await checkAtEveryWidth(page, 'dossiers-list');

  await page.getByRole('main').getByRole('link', { name: 'Nieuw dossier' }).first().click();
  await fillDossierWizard(page, GERDA, (step) => checkAtEveryWidth(page, `dossier-wizard-${step}`));
  await page.getByRole('link', { name: 'Naar het dossier' }).click();

  await expect(h1).toHaveText('Gerda de Vries');
  await expect(page.getByRole('button', { name: /^Inschrijfkosten betalen/ })).toBeVisible();
  const log = page.getByRole('region', { name: 'Wie heeft dit dossier bekeken' });
  await expect(log.getByText('Dossier aangemaakt')).toBeVisible();
  await checkAtEveryWidth(page, 'dossier-page');

  // The registration fee, paid in the sandbox; back on the dossier page it waits for the bank.
  await payInSandbox(page, baseUrl);
  // A verified partner's paid dossier goes on to matching by itself.
  await expect(page.getByText('Wacht op betaling → Zoekt een helper')).toBeVisible();
  await checkAtEveryWidth(page, 'dossier-paid');

  // Back in the list, the new dossier is found by name.
  await page.getByRole('link', { name: 'Mijn dossiers' }).first().click();
  await expect(h1).toHaveText('Mijn dossiers');
  await page.getByLabel('Zoek op naam van de hulpvrager').fill('Gerda');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page).toHaveURL(/q=Gerda/);
  await expect(page.getByRole('link', { name: 'Gerda de Vries' }).first()).toBeVisible();
});

test('a partner without dossiers is told what a dossier is', async ({ page, baseUrl }) => {
  await setWidth(page, WIDTHS[0]);
  await page.goto(`${baseUrl}/partner/dossiers`);
  await page.locator('#login-email').fill('partner@kring.demo');
  await page.locator('#login-password').fill(PASSWORD);
  await page.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn dossiers');
  await expect(page.getByText('U hebt nog geen dossiers')).toBeVisible();
  await checkAtEveryWidth(page, 'dossiers-empty');
});
