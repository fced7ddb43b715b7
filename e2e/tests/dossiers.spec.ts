import {
  checkAtEveryWidth,
  expect,
  setWidth,
  skipWithoutChromium,
  test,
  WIDTHS,
} from '../support/fixtures';

skipWithoutChromium();

const PASSWORD = 'Zonnebloem-Kring-2026';

test('a partner finds their dossiers, creates one in the wizard and sees its page and access log', async ({
  page,
  baseUrl,
}) => {
  test.setTimeout(180_000);
  const h1 = page.getByRole('heading', { level: 1 });
  const next = page.getByRole('button', { name: 'Volgende stap' });
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
  await expect(h1).toHaveText('Nieuw dossier');
  await next.click();
  await expect(page.getByText('Vul de voornaam in.').first()).toBeVisible();
  await checkAtEveryWidth(page, 'dossier-wizard-who-errors');
  await page.getByLabel(/^Voornaam/).fill('Gerda');
  await page.getByLabel(/^Tussenvoegsel/).fill('de');
  await page.getByLabel(/^Achternaam/).fill('Vries');
  await page.getByLabel(/^Geboortejaar/).fill('1941');
  await page.getByLabel(/^Straat/).fill('Oudegracht');
  await page.getByLabel(/^Huisnummer/).fill('12');
  await page.getByLabel(/^Postcode/).fill('3511 AB');
  await page.getByLabel(/^Plaats/).fill('Utrecht');
  await page.getByLabel(/^Telefoonnummer/).fill('030 123 4567');
  await next.click();

  await expect(h1).toHaveText('Welke hulp is nodig?');
  await page.locator('#help-skills input[type="checkbox"]').first().check();
  await page.getByLabel(/^Meer over de hulpvraag/).fill('Graag iemand die ook even koffie drinkt.');
  await checkAtEveryWidth(page, 'dossier-wizard-help');
  await next.click();

  await expect(h1).toHaveText('Wanneer is hulp nodig?');
  await page.getByRole('checkbox', { name: 'Maandag ochtend' }).check();
  await page.getByRole('checkbox', { name: 'Donderdag middag' }).check();
  await page.getByLabel(/^Hoe vaak/).selectOption('weekly');
  await page.getByLabel(/^Vanaf welke datum/).fill('2027-01-04');
  await checkAtEveryWidth(page, 'dossier-wizard-when');
  await next.click();

  await expect(h1).toHaveText('Bankgegevens');
  await page.getByLabel(/^IBAN/).fill('NL91 ABNA 0417 1643 01');
  await page.getByLabel(/^Naam van de rekeninghouder/).fill('G. de Vries');
  await next.click();
  // The API checks the IBAN (python-stdnum): its refusal is on the field.
  await expect(page.getByLabel(/^IBAN/)).toHaveAttribute('aria-invalid', 'true');
  await checkAtEveryWidth(page, 'dossier-wizard-bank-error');
  await page.getByLabel(/^IBAN/).fill('NL91 ABNA 0417 1643 00');
  await next.click();

  await expect(h1).toHaveText('Voorwaarden en privacy');
  await page.getByRole('checkbox', { name: /algemene voorwaarden/ }).check();
  await page.getByRole('checkbox', { name: /privacybeleid/ }).check();
  await checkAtEveryWidth(page, 'dossier-wizard-terms');
  await page.getByRole('button', { name: 'Akkoord en afronden' }).click();

  await expect(h1).toHaveText('Het dossier is compleet');
  await checkAtEveryWidth(page, 'dossier-wizard-done');
  await page.getByRole('link', { name: 'Naar het dossier' }).click();

  await expect(h1).toHaveText('Gerda de Vries');
  await expect(page.getByRole('button', { name: /^Inschrijfkosten betalen/ })).toBeVisible();
  const log = page.getByRole('region', { name: 'Wie heeft dit dossier bekeken' });
  await expect(log.getByText('Dossier aangemaakt')).toBeVisible();
  await checkAtEveryWidth(page, 'dossier-page');

  // The registration fee, paid in the sandbox; back on the dossier page it waits for the bank.
  await page.getByRole('button', { name: /^Inschrijfkosten betalen/ }).click();
  await expect(page).toHaveURL(new RegExp(`${baseUrl}/sandbox/payments/`));
  await page.getByRole('button', { name: 'Betalen', exact: true }).click();
  await expect(page).toHaveURL(/\/partner\/dossiers\/[^/]+\/payment\?payment=/);
  await expect(page.getByTestId('payment-result')).toContainText('de inschrijfkosten zijn betaald');
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
