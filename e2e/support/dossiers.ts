import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export interface HelpSeeker {
  firstName: string;
  prefix?: string;
  lastName: string;
  birthYear: string;
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  phone: string;
}

export const GERDA: HelpSeeker = {
  firstName: 'Gerda',
  prefix: 'de',
  lastName: 'Vries',
  birthYear: '1941',
  street: 'Oudegracht',
  houseNumber: '12',
  postcode: '3511 AB',
  city: 'Utrecht',
  phone: '030 123 4567',
};

/** Called at each step with the step's name, to look at it (screenshots, axe) before going on. */
type LookAt = (step: string) => Promise<void>;

/**
 * The dossier wizard from "Nieuw dossier" to "Het dossier is compleet": who, what help, when,
 * bank details (a wrong IBAN first, refused on the field by the API), terms.
 */
export async function fillDossierWizard(
  page: Page,
  who: HelpSeeker,
  lookAt: LookAt = async () => {},
): Promise<void> {
  const h1 = page.getByRole('heading', { level: 1 });
  const next = page.getByRole('button', { name: 'Volgende stap' });
  await expect(h1).toHaveText('Nieuw dossier');
  await next.click();
  await expect(page.getByText('Vul de voornaam in.').first()).toBeVisible();
  await lookAt('who-errors');
  await page.getByLabel(/^Voornaam/).fill(who.firstName);
  await page.getByLabel(/^Tussenvoegsel/).fill(who.prefix ?? '');
  await page.getByLabel(/^Achternaam/).fill(who.lastName);
  await page.getByLabel(/^Geboortejaar/).fill(who.birthYear);
  await page.getByLabel(/^Straat/).fill(who.street);
  await page.getByLabel(/^Huisnummer/).fill(who.houseNumber);
  await page.getByLabel(/^Postcode/).fill(who.postcode);
  await page.getByLabel(/^Plaats/).fill(who.city);
  await page.getByLabel(/^Telefoonnummer/).fill(who.phone);
  await next.click();

  await expect(h1).toHaveText('Welke hulp is nodig?');
  await page.locator('#help-skills input[type="checkbox"]').first().check();
  await page.getByLabel(/^Meer over de hulpvraag/).fill('Graag iemand die ook even koffie drinkt.');
  await lookAt('help');
  await next.click();

  await expect(h1).toHaveText('Wanneer is hulp nodig?');
  await page.getByRole('checkbox', { name: 'Maandag ochtend' }).check();
  await page.getByRole('checkbox', { name: 'Donderdag middag' }).check();
  await page.getByLabel(/^Hoe vaak/).selectOption('weekly');
  await page.getByLabel(/^Vanaf welke datum/).fill('2027-01-04');
  await lookAt('when');
  await next.click();

  await expect(h1).toHaveText('Bankgegevens');
  await page.getByLabel(/^IBAN/).fill('NL91 ABNA 0417 1643 01');
  await page.getByLabel(/^Naam van de rekeninghouder/).fill(`${who.firstName[0]}. ${who.lastName}`);
  await next.click();
  // The API checks the IBAN (python-stdnum): its refusal is on the field.
  await expect(page.getByLabel(/^IBAN/)).toHaveAttribute('aria-invalid', 'true');
  await lookAt('bank-error');
  await page.getByLabel(/^IBAN/).fill('NL91 ABNA 0417 1643 00');
  await next.click();

  await expect(h1).toHaveText('Voorwaarden en privacy');
  await page.getByRole('checkbox', { name: /algemene voorwaarden/ }).check();
  await page.getByRole('checkbox', { name: /privacybeleid/ }).check();
  await lookAt('terms');
  await page.getByRole('button', { name: 'Akkoord en afronden' }).click();
  await expect(h1).toHaveText('Het dossier is compleet');
  await lookAt('done');
}

/** On the dossier page: pay the registration fee in the sandbox and come back to the page. */
export async function payInSandbox(page: Page, baseUrl: string): Promise<void> {
  await page.getByRole('button', { name: /^Inschrijfkosten betalen/ }).click();
  await expect(page).toHaveURL(new RegExp(`${baseUrl}/sandbox/payments/`));
  await page.getByRole('button', { name: 'Betalen', exact: true }).click();
  await expect(page).toHaveURL(/\/partner\/dossiers\/[^/]+\/payment\?payment=/);
  await expect(page.getByTestId('payment-result')).toContainText('de inschrijfkosten zijn betaald');
}
