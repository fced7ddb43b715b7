import type { Locator, Page } from '@playwright/test';
import {
  checkAtEveryWidth as checkPage,
  expect,
  setWidth,
  skipWithoutChromium,
  test,
  WIDTHS,
} from '../support/fixtures';
import { linkFromMailbox } from '../support/mailbox';

skipWithoutChromium();

/** The shared check, with this journey's screenshot names (`provider-wizard-<name>-<width>.png`). */
async function checkAtEveryWidth(page: Page, name: string): Promise<void> {
  // From the top, so the fixed header is where it belongs in the full-page pictures.
  await page.evaluate(() => window.scrollTo(0, 0));
  await checkPage(page, `provider-wizard-${name}`);
}

const PASSWORD = 'vlinder-kaas-fiets-29';

async function logIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/provider/login`);
  await page.locator('#login-email').fill(email);
  await page.locator('#login-password').fill(PASSWORD);
  await page.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(new RegExp(`/provider/?$`));
}

/** A "Nee / Ja" switch: the visible segment is clicked, as a person would. */
async function chooseSegment(page: Page, group: string, option: string): Promise<void> {
  const radiogroup = page.getByRole('radiogroup', { name: group });
  await radiogroup.locator('label').filter({ hasText: option }).click();
  await expect(radiogroup.getByRole('radio', { name: option })).toBeChecked();
}

/** Types into the places search and picks the place from the suggestions. */
async function addPlace(page: Page, typed: string, name: string): Promise<void> {
  const search = page.getByRole('combobox', { name: 'Plaats toevoegen' });
  await search.fill(typed);
  await page.getByRole('option', { name: new RegExp(`^${name}`) }).first().click();
  await expect(page.getByRole('list', { name: 'Gekozen plaatsen' })).toContainText(name);
  await expect(search).toHaveValue('');
}

function stepList(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Stappen van je aanmelding' });
}

test('a provider signs up, walks the wizard, finds everything kept after logging in again, and pays in the sandbox', async ({
  page,
  baseUrl,
}) => {
  test.setTimeout(300_000);
  const email = `bert.wizard.${Date.now()}@example.org`;
  const h1 = page.getByRole('heading', { level: 1 });
  const next = page.getByRole('button', { name: 'Volgende stap' });
  await setWidth(page, WIDTHS[0]);

  // Aanmelding: the account, confirmed through the dev mailbox, then log in.
  await page.goto(`${baseUrl}/provider/signup`);
  await page.locator('#signup-first-name').fill('Bert');
  await page.locator('#signup-email').fill(email);
  await page.locator('#signup-password').fill(PASSWORD);
  await page.getByRole('checkbox', { name: /gebruiksvoorwaarden/ }).check();
  await page.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(h1).toHaveText('Controleer je e-mail');
  await page.goto(await linkFromMailbox(page.request, baseUrl, email, '/provider/verify-email'));
  await expect(h1).toHaveText('Je e-mailadres is bevestigd');
  await logIn(page, baseUrl, email);

  // Home leads into the wizard.
  const card = page.getByRole('complementary', { name: 'Je aanmelding als dienstverlener' });
  await expect(card).toContainText('Word dienstverlener bij Kring');
  await expect(card).toContainText('Stap 2 van 8 · Persoonlijk');
  await checkAtEveryWidth(page, 'home-start');
  await card.getByRole('link', { name: 'Start je aanmelding' }).click();

  // Persoonlijk: the form says what is missing first.
  await expect(page).toHaveURL(`${baseUrl}/provider/signup/personal`);
  await expect(h1).toHaveText('Je gegevens');
  await expect(page.getByText('Stap 2 van 8 · Persoonlijk')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Wat is je voornaam?' })).toHaveValue('Bert');
  await next.click();
  await expect(page.getByTestId('error-summary')).toBeFocused();
  await expect(page.getByTestId('error-summary')).toContainText('Kies minstens één soort dienst.');
  await checkAtEveryWidth(page, 'personal-errors');
  await page.getByRole('checkbox', { name: /Diensten aan huis/ }).check();
  await page.getByRole('checkbox', { name: /Cursussen & activiteiten/ }).check();
  await page
    .getByRole('combobox', { name: 'Hoe heb je van Kring gehoord? (optioneel)' })
    .fill('Via een van jullie dienstverleners');
  await checkAtEveryWidth(page, 'personal');
  await next.click();

  // Bedrijf: KvK number and address; a wrong KvK number is refused on its field.
  await expect(page).toHaveURL(`${baseUrl}/provider/signup/company`);
  await expect(h1).toHaveText('Bedrijfsinformatie');
  await chooseSegment(page, 'Ik heb een KvK-nummer', 'Ja');
  await page.getByRole('textbox', { name: 'Mijn bedrijfsnaam is' }).fill('Bert BV');
  await page.getByRole('textbox', { name: 'Mijn KvK-nummer is' }).fill('1234567');
  await page.getByRole('textbox', { name: 'Straat' }).fill('Lindelaan');
  await page.getByRole('textbox', { name: 'Huisnummer' }).fill('12');
  await page.getByRole('textbox', { name: 'Postcode' }).fill('3511ab');
  await page.getByRole('textbox', { name: 'Plaats' }).fill('Utrecht');
  await next.click();
  await expect(page.getByTestId('error-summary')).toContainText(
    'Mijn KvK-nummer is: Een KvK-nummer heeft 8 cijfers.',
  );
  await checkAtEveryWidth(page, 'company-errors');
  await page.getByRole('textbox', { name: 'Mijn KvK-nummer is' }).fill('12345678');
  await checkAtEveryWidth(page, 'company');
  await next.click();

  // Profiel: the introduction counts its characters.
  await expect(page).toHaveURL(`${baseUrl}/provider/signup/profile`);
  await expect(h1).toHaveText('Jouw profiel');
  const introduction = 'Computerhulp aan huis, met geduld en zonder vakjargon.';
  await page.getByRole('textbox', { name: /^Introductietekst/ }).fill(introduction);
  await expect(page.getByText(`${introduction.length}/200`)).toBeVisible();
  await page
    .getByRole('textbox', { name: 'Uitgebreide profieltekst' })
    .fill('Ik ben Bert. Ik help al twintig jaar mensen met hun computer, tablet en telefoon.');
  await expect(page.getByText('Een foto uploaden kan nog niet')).toBeVisible();
  await checkAtEveryWidth(page, 'profile');
  await next.click();

  // Beschikbaarheid: places with the autocomplete, then a radius; the week; the map.
  await expect(page).toHaveURL(`${baseUrl}/provider/signup/availability`);
  await expect(h1).toHaveText('Jouw beschikbaarheid');
  const map = page.locator('.leaflet-container');
  await expect(map).toBeVisible();
  await page.getByRole('radio', { name: /Ik bedien mijn klanten in de volgende plaatsen/ }).check();
  await addPlace(page, 'Utrecht', 'Utrecht');
  await addPlace(page, 'amersf', 'Amersfoort');
  await page.getByRole('button', { name: 'Amersfoort verwijderen' }).click();
  await expect(page.getByRole('list', { name: 'Gekozen plaatsen' })).not.toContainText(
    'Amersfoort',
  );
  const figure = page.getByRole('figure');
  await expect(figure).toContainText('Je werkgebied: Utrecht.');
  // A removed place's label fades out for 200 ms before it is gone.
  await expect(map.locator('.leaflet-tooltip')).toHaveCount(1);
  await expect(map.locator('.leaflet-tooltip')).toHaveText('Utrecht');
  const week = page.getByRole('table', { name: 'Ik ben beschikbaar op de volgende dagdelen' });
  for (const cell of ['Maandag ochtend', 'Maandag middag', 'Woensdag ochtend', 'Vrijdag avond']) {
    await week.getByRole('checkbox', { name: cell }).check();
  }
  await checkAtEveryWidth(page, 'availability-places');

  await page.getByRole('radio', { name: /Ik bedien mijn klanten in heel Nederland/ }).check();
  await expect(figure).toContainText('Je werkgebied: heel Nederland.');
  await checkAtEveryWidth(page, 'availability-country');

  await page.getByRole('radio', { name: /binnen een afstand van mijn adres/ }).check();
  await page.getByRole('textbox', { name: 'Aantal km' }).fill('25');
  await expect(figure).toContainText('Je werkgebied: tot 25 km rond Utrecht.');
  await expect(map.locator('path.leaflet-interactive')).not.toHaveCount(0);
  await checkAtEveryWidth(page, 'availability-radius');
  await next.click();

  // Diensten & prijzen: two categories, two services with their member prices.
  await expect(page).toHaveURL(`${baseUrl}/provider/signup/services`);
  await expect(h1).toHaveText('Diensten & prijzen');
  await page.getByRole('checkbox', { name: 'Computerhulp' }).check();
  await page.getByRole('checkbox', { name: 'Kappers aan huis' }).check();
  await page.locator('#service-0-name').fill('Computerhulp');
  await page.locator('#service-0-price').fill('15,00');
  await page.locator('#service-0-description').fill('Ik help je met al je computerproblemen');
  await expect(page.getByTestId('service-0-member-price')).toHaveText('€ 13,50');
  await page.getByRole('button', { name: 'Voeg nog een dienst toe' }).click();
  await expect(page.locator('#service-1-name')).toBeFocused();
  await page.locator('#service-1-name').fill('Kapper plus');
  await page.locator('#service-1-price').fill('35');
  await page.locator('#service-1-unit').selectOption('service');
  await page.locator('#service-1-description').fill('En knippen kan ik ook als de beste');
  await expect(page.getByTestId('service-1-member-price')).toHaveText('€ 31,50');
  await expect(page.getByText('34/200')).toBeVisible();
  await page
    .getByRole('textbox', { name: 'Algemene prijsomschrijving' })
    .fill('Voorrijkosten € 5,00 buiten Utrecht.');
  await checkAtEveryWidth(page, 'services');
  await next.click();

  // Betaling: the fee, and no payment pretended.
  await expect(page).toHaveURL(`${baseUrl}/provider/signup/payment`);
  await expect(h1).toHaveText('Betaling');
  const fee = page.getByRole('table', { name: 'Administratieve bijdrage' });
  await expect(fee).toContainText('Administratiekosten€ 8,26');
  await expect(fee).toContainText('Btw 21%€ 1,74');
  await expect(fee).toContainText('Totaal incl. 21% btw€ 10,00');
  await expect(page.getByText('Betalen met iDEAL komt in het volgende deel van Kring.')).toBeVisible();
  await expect(page.getByRole('button', { name: /Betalen/ })).toHaveCount(0);
  await expect(stepList(page).getByText('Voltooiing')).toBeVisible();
  await expect(stepList(page).getByRole('link', { name: /Voltooiing/ })).toHaveCount(0);
  await checkAtEveryWidth(page, 'payment');

  // Log out and in again: home offers to go on where I left off.
  await page.getByRole('banner').getByRole('button', { name: 'Accountmenu van Bert' }).click();
  await page.getByRole('menuitem', { name: 'Uitloggen' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Inloggen' })).toBeVisible();
  await logIn(page, baseUrl, email);
  await expect(card).toContainText('Ga verder met je aanmelding');
  await expect(card).toContainText('Je bent bij stap 7 van 8: Betaling.');
  await checkAtEveryWidth(page, 'home-continue');
  await card.getByRole('link', { name: 'Verder met je aanmelding' }).click();
  await expect(page).toHaveURL(`${baseUrl}/provider/signup/payment`);
  await expect(h1).toHaveText('Betaling');

  // Everything is kept: back through the steps by the list of steps.
  await stepList(page).getByRole('link', { name: /Diensten & prijzen/ }).click();
  await expect(h1).toHaveText('Diensten & prijzen');
  await expect(page.getByRole('checkbox', { name: 'Computerhulp' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Kappers aan huis' })).toBeChecked();
  await expect(page.locator('#service-0-price')).toHaveValue('15,00');
  await expect(page.locator('#service-1-name')).toHaveValue('Kapper plus');
  await expect(page.locator('#service-1-unit')).toHaveValue('service');
  await expect(page.getByTestId('service-1-member-price')).toHaveText('€ 31,50');

  await page.getByRole('link', { name: 'Vorige stap' }).click();
  await expect(h1).toHaveText('Jouw beschikbaarheid');
  await expect(page.getByRole('radio', { name: /binnen een afstand van mijn adres/ })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Aantal km' })).toHaveValue('25');
  await expect(week.getByRole('checkbox', { name: 'Vrijdag avond' })).toBeChecked();
  await expect(week.getByRole('checkbox', { name: 'Dinsdag ochtend' })).not.toBeChecked();

  await stepList(page).getByRole('link', { name: /Bedrijf/ }).click();
  await expect(h1).toHaveText('Bedrijfsinformatie');
  await expect(page.getByRole('textbox', { name: 'Mijn KvK-nummer is' })).toHaveValue('12345678');
  await expect(page.getByRole('textbox', { name: 'Postcode' })).toHaveValue('3511 AB');
  await expect(page.getByText('We hebben je adres op de kaart gevonden.')).toBeVisible();

  await stepList(page).getByRole('link', { name: /Persoonlijk/ }).click();
  await expect(page.getByRole('checkbox', { name: /Cursussen & activiteiten/ })).toBeChecked();
  await expect(
    page.getByRole('combobox', { name: 'Hoe heb je van Kring gehoord? (optioneel)' }),
  ).toHaveValue('Via een van jullie dienstverleners');

  // A step not open yet sends me to where I stand.
  await page.goto(`${baseUrl}/provider/signup/done`);
  await expect(page).toHaveURL(`${baseUrl}/provider/signup/payment`);

  // Paying through the sandbox payment provider. The portal's pay button comes next; the
  // payment is started through the API as that button will, then the sandbox's checkout page
  // (the bank's stand-in) is used as a person would, and its webhook reaches the server.
  const csrf = (await page.context().cookies()).find((c) => c.name === 'kring_csrf')?.value ?? '';
  const started = await page.request.post(`${baseUrl}/api/v1/provider/payment`, {
    headers: { 'X-CSRF-Token': csrf, Origin: baseUrl },
  });
  expect(started.status()).toBe(201);
  const payment = (await started.json()) as { id: string; checkout_url: string };
  await page.goto(payment.checkout_url);
  await expect(h1).toHaveText('Testbetaling (sandbox)');
  await expect(page.getByRole('main')).toContainText('10,00');
  await checkAtEveryWidth(page, 'sandbox-checkout');
  await page.getByRole('button', { name: 'Betalen', exact: true }).click();
  await expect(page).toHaveURL(`${baseUrl}/provider/signup/payment?payment=${payment.id}`);
  await expect
    .poll(async () => {
      const answer = await page.request.get(`${baseUrl}/api/v1/provider/payment`);
      return ((await answer.json()) as { status: string }).status;
    })
    .toBe('paid');
  // The receipt reaches the mailbox (the worker sends it, with its PDF).
  await expect
    .poll(async () => {
      const answer = await page.request.get(`${baseUrl}/api/v1/dev/mail`, { params: { to: email } });
      return ((await answer.json()) as { subject: string }[]).map((mail) => mail.subject);
    })
    .toContain('Je betaling aan Kring: ontvangstbewijs');
  await page.goto(`${baseUrl}/provider/signup/done`);
  await expect(h1).toHaveText('Voltooiing');
  await expect(page.getByText('Je profiel staat online')).toBeVisible();
  await checkAtEveryWidth(page, 'done');
});
