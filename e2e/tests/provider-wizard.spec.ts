import type { Locator, Page } from '@playwright/test';
import { deflateSync } from 'node:zlib';
import {
  checkAtEveryWidth as checkPage,
  expect,
  setWidth,
  skipWithoutChromium,
  test,
  WIDTHS,
} from '../support/fixtures';
import { linkFromMailbox } from '../support/mailbox';
import { staffApi } from '../support/staff';

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

/** A PNG written here (white, a face a third of the way down, shoulders): a portrait to upload. */
function portraitPng(width = 240, height = 320): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(1 + width * 3, 255); // filter byte 0 is set below; white pixels
    row[0] = 0;
    for (let x = 0; x < width; x += 1) {
      const face = (x - width / 2) ** 2 + (y - height / 3) ** 2 < (width / 5) ** 2;
      const shoulders = y > height * 0.62 && Math.abs(x - width / 2) < width * 0.42;
      const [r, g, b] = face ? [232, 190, 160] : shoulders ? [24, 110, 110] : [255, 255, 255];
      row.set([r, g, b], 1 + x * 3);
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** The smallest PDF the API takes as one (it checks the header and the end marker). */
const PRICE_LIST_PDF = Buffer.from(
  [
    '%PDF-1.4',
    '1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj',
    '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj',
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj',
    'trailer<</Root 1 0 R>>',
    '%%EOF',
    '',
  ].join('\n'),
  'latin1',
);

/** The subjects of the mails to `email` in the dev mailbox. */
async function subjects(page: Page, baseUrl: string, email: string): Promise<string[]> {
  const answer = await page.request.get(`${baseUrl}/api/v1/dev/mail`, { params: { to: email } });
  return ((await answer.json()) as { subject: string }[]).map((mail) => mail.subject);
}

/** A day `days` before today in Amsterdam, as `YYYY-MM-DD` (a VOG's date of issue). */
function daysAgo(days: number): string {
  const day = new Date(Date.now() - days * 86_400_000);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(day);
}

function stepList(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Stappen van je aanmelding' });
}

test('a provider signs up, walks the wizard, finds everything kept after logging in again, pays with iDEAL in the sandbox, and goes live once Kring confirms the VOG', async ({
  page,
  baseUrl,
}) => {
  test.setTimeout(480_000);
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
  await page.getByRole('textbox', { name: 'Toevoeging' }).fill('A');
  // With a KvK number the VOG is asked, checked by its content: a PNG named .pdf is refused.
  await expect(page.getByRole('heading', { name: 'Verklaring Omtrent het Gedrag (VOG)' })).toBeVisible();
  const vogFile = page.getByLabel('Kies je VOG (PDF)');
  await vogFile.setInputFiles({
    name: 'vog.pdf',
    mimeType: 'application/pdf',
    buffer: portraitPng(60, 80),
  });
  await expect(
    page.getByText('Upload je Verklaring Omtrent het Gedrag (VOG) als pdf.'),
  ).toBeVisible();
  await vogFile.setInputFiles({ name: 'vog.pdf', mimeType: 'application/pdf', buffer: PRICE_LIST_PDF });
  await expect(page.getByText('Je VOG is bewaard. Kring controleert hem.')).toBeVisible();
  await expect(page.getByTestId('vog')).toContainText('Kring controleert je VOG');
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
  // The portrait is stored at once; the square is then zoomed and moved with the sliders.
  await page
    .getByLabel('Kies een foto')
    .setInputFiles({ name: 'bert.png', mimeType: 'image/png', buffer: portraitPng() });
  await expect(page.getByText('Je foto is bewaard.')).toBeVisible();
  const portrait = page.getByRole('img', { name: 'Je profielfoto zoals klanten hem zien' });
  await expect(portrait).toBeVisible();
  await expect
    .poll(() => portrait.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBe(400);
  const zoom = page.getByRole('slider', { name: 'Inzoomen' });
  await zoom.focus();
  await zoom.press('ArrowRight');
  await zoom.press('ArrowRight');
  await expect(zoom).toHaveAttribute('aria-valuetext', '1,2×');
  await page.getByRole('button', { name: 'Uitsnede bewaren' }).click();
  await expect(page.getByText('Je uitsnede is bewaard.')).toBeVisible();
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
  await page
    .getByLabel('Kies een PDF')
    .setInputFiles({ name: 'prijzen.pdf', mimeType: 'application/pdf', buffer: PRICE_LIST_PDF });
  await expect(page.getByText('Je prijslijst is bewaard.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download je prijslijst' })).toHaveAttribute(
    'href',
    '/api/v1/provider/profile/price-list',
  );
  await expect(page.getByTestId('price-list')).toContainText('PDF, 1 kB');
  await checkAtEveryWidth(page, 'services');
  await next.click();

  // Betaling: the fee and the way to pay it; no way on to Voltooiing before paying.
  await expect(page).toHaveURL(`${baseUrl}/provider/signup/payment`);
  await expect(h1).toHaveText('Betaling');
  const fee = page.getByRole('table', { name: 'Administratieve bijdrage' });
  await expect(fee).toContainText('Administratiekosten€ 8,26');
  await expect(fee).toContainText('Btw 21%€ 1,74');
  await expect(fee).toContainText('Totaal incl. 21% btw€ 10,00');
  const pay = page.getByRole('button', { name: 'Betalen met iDEAL' });
  await expect(pay).toBeVisible();
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
  await expect(page.getByTestId('price-list')).toContainText('PDF, 1 kB');

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

  // Paying with iDEAL through the sandbox payment provider (the bank's stand-in on this server):
  // first cancelled at the bank, which the step says, with the button to try again.
  const checkout = new RegExp(`${baseUrl}/sandbox/payments/`);
  await pay.click();
  await expect(page).toHaveURL(checkout);
  await expect(h1).toHaveText('Testbetaling (sandbox)');
  await expect(page.getByRole('main')).toContainText('10,00');
  await checkAtEveryWidth(page, 'sandbox-checkout');
  await page.getByRole('button', { name: 'Betaling annuleren' }).click();
  await expect(page).toHaveURL(new RegExp(`/provider/signup/payment\\?payment=`));
  await expect(page.getByRole('alert')).toContainText(
    'Je hebt de betaling geannuleerd. Er is niets afgeschreven.',
  );
  await checkAtEveryWidth(page, 'payment-canceled');

  // Then paid. The API's answer is held back until the waiting state has been looked at.
  let answer!: () => void;
  const held = new Promise<void>((done) => (answer = done));
  await page.route(`${baseUrl}/api/v1/provider/payment`, async (route) => {
    if (route.request().method() === 'GET') await held;
    await route.continue();
  });
  await pay.click();
  await expect(page).toHaveURL(checkout);
  await page.getByRole('button', { name: 'Betalen', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/provider/signup/payment\\?payment=`));
  const waiting = page.getByRole('status').filter({ hasText: 'We wachten op de bevestiging' });
  await expect(waiting).toHaveText('We wachten op de bevestiging van je betaling…');
  await checkAtEveryWidth(page, 'payment-waiting');
  answer();
  await expect(page).toHaveURL(`${baseUrl}/provider/signup/done`);
  await expect(h1).toHaveText('Voltooiing');
  await page.unroute(`${baseUrl}/api/v1/provider/payment`);
  // The receipt reaches the mailbox (the worker sends it, with its PDF).
  await expect
    .poll(async () => {
      const answer = await page.request.get(`${baseUrl}/api/v1/dev/mail`, { params: { to: email } });
      return ((await answer.json()) as { subject: string }[]).map((mail) => mail.subject);
    })
    .toContain('Je betaling aan Kring: ontvangstbewijs');
  // Paid, but with a KvK number the profile waits for Kring to confirm the VOG.
  await expect(
    page.getByText('Je profiel gaat online zodra Kring je VOG heeft bevestigd.'),
  ).toBeVisible();
  await expect(page.getByText('Kring controleert je VOG. Je krijgt een e-mail')).toBeVisible();
  await expect(page.getByTestId('promotion-packages').getByRole('article')).toHaveCount(4);
  await expect(page.getByTestId('fee-deducted')).toContainText(
    'De € 10,00 die je al hebt betaald, trekken we af van je eerste pakket.',
  );
  await expect(page.getByRole('link', { name: 'Kies een promotiepakket' })).toHaveAttribute(
    'href',
    '/provider/promotion',
  );
  await checkAtEveryWidth(page, 'done');

  // The dashboard says what is missing: Kring's check of the VOG.
  await page.goto(`${baseUrl}/provider/`);
  await expect(h1).toHaveText('Welkom, Bert');
  const toGoLive = page.getByRole('region', { name: 'Nodig om online te gaan' });
  await expect(toGoLive.getByTestId('missing-vog_waiting')).toContainText(
    'Kring controleert je VOG',
  );
  await checkAtEveryWidth(page, 'home-vog-waiting');

  // Kring's verifier looks at the VOG (the admin API is the staff console for now) and rejects
  // it, with a reason the provider is mailed.
  const staff = await staffApi(baseUrl);
  const queue = (await (await staff.get('/api/v1/admin/providers?vog=waiting&limit=100')).json()) as {
    items: {
      id: string;
      email: string;
      status: string;
      vog: { version: string };
    }[];
  };
  const bert = queue.items.find((provider) => provider.email === email);
  expect(bert?.status).toBe('awaiting_vog');
  const seen = await staff.get(`/api/v1/admin/providers/${bert?.id}/vog`);
  expect(seen.headers()['content-type']).toBe('application/pdf');
  const reason = 'Dit is de aanvraag, niet de verklaring zelf. Upload de VOG die je van Justis kreeg.';
  const rejected = await staff.post(`/api/v1/admin/providers/${bert?.id}/vog/rejection`, {
    version: bert?.vog.version,
    reason,
  });
  expect(rejected.status(), await rejected.text()).toBe(200);
  await expect
    .poll(() => subjects(page, baseUrl, email))
    .toContain('Je VOG is niet goedgekeurd');
  await page.reload();
  await expect(toGoLive.getByTestId('vog-rejection-reason')).toHaveText(`Reden: ${reason}`);
  await checkAtEveryWidth(page, 'home-vog-rejected');

  // A new one, uploaded in the settings; confirmed with its date of issue: the profile is live.
  await toGoLive.getByRole('link', { name: 'Nieuwe VOG uploaden' }).click();
  await expect(page).toHaveURL(`${baseUrl}/provider/settings?tab=company`);
  await expect(page.getByTestId('vog-rejected')).toContainText(reason);
  await page
    .getByLabel('Nieuwe VOG kiezen')
    .setInputFiles({ name: 'vog-nieuw.pdf', mimeType: 'application/pdf', buffer: PRICE_LIST_PDF });
  await expect(page.getByText('Je VOG is bewaard. Kring controleert hem.')).toBeVisible();
  await expect(page.getByTestId('vog')).toContainText('Kring controleert je VOG');
  await checkAtEveryWidth(page, 'settings-company-vog');
  const renewed = (await (await staff.get(`/api/v1/admin/providers/${bert?.id}`)).json()) as {
    vog: { version: string };
  };
  const confirmed = await staff.post(`/api/v1/admin/providers/${bert?.id}/vog/confirmation`, {
    version: renewed.vog.version,
    issued_on: daysAgo(10),
  });
  expect(((await confirmed.json()) as { status: string }).status).toBe('live');
  await staff.dispose();
  await expect
    .poll(() => subjects(page, baseUrl, email))
    .toContain('Kring heeft je VOG bevestigd');
  await page.goto(`${baseUrl}/provider/`);
  await expect(page.getByText('Je profiel staat online: klanten kunnen je vinden')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Nodig om online te gaan' })).toHaveCount(0);

  // The live profile, as customers will see it: member prices next to customer prices.
  await page.getByRole('link', { name: 'Bekijk je profiel' }).first().click();
  await expect(page).toHaveURL(`${baseUrl}/provider/profile/preview`);
  await expect(page.getByText('Je profiel staat online. Zo zien klanten het als ze je vinden.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Maak kennis met Bert' })).toBeVisible();
  const prices = page.getByTestId('services-table');
  await expect(prices.getByRole('row', { name: /Computerhulp/ })).toContainText('€ 13,50');
  await expect(prices.getByRole('row', { name: /Kapper plus/ })).toContainText('€ 31,50');
  await checkAtEveryWidth(page, 'live-preview');

  // Every field stays changeable: the settings open the wizard's own forms, and saving stays.
  await page.goto(`${baseUrl}/provider/settings?tab=profile`);
  await expect(h1).toHaveText('Instellingen');
  await expect(page.getByRole('tab', { name: 'Profiel' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('img', { name: 'Je profielfoto zoals klanten hem zien' })).toBeVisible();
  await page
    .getByRole('textbox', { name: /^Introductietekst/ })
    .fill('Computerhulp aan huis, met geduld en zonder vakjargon. Ook op zaterdag.');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Opgeslagen', { exact: true })).toBeVisible();
  await expect(page).toHaveURL(`${baseUrl}/provider/settings?tab=profile`);
  await checkAtEveryWidth(page, 'settings-profile');

  // Persoonlijke informatie (the manual's settings): the home address is the company step's,
  // one copy; the rest is filled in here.
  await page.goto(`${baseUrl}/provider/settings`);
  await expect(page.getByRole('tab', { name: 'Persoonlijke informatie' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const home = page.getByRole('group', { name: 'Mijn woonadres' });
  await expect(home.getByRole('textbox', { name: 'Straat' })).toHaveValue('Lindelaan');
  await expect(home.getByRole('textbox', { name: 'Toevoeging' })).toHaveValue('A');
  await page.getByRole('textbox', { name: 'Tussenvoegsel' }).fill('von');
  await page.getByRole('textbox', { name: 'Mijn achternaam is' }).fill('Klinkenberg');
  await page.getByRole('textbox', { name: /Mijn telefoonnummer is/ }).fill('0610034891');
  await page.getByRole('radio', { name: 'Man' }).check();
  await page.getByLabel('Ik ben geboren op').fill('1962-09-07');
  await home.getByRole('textbox', { name: 'Huisnummer' }).fill('14b');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByTestId('error-summary')).toContainText(
    'Huisnummer: Een huisnummer is een getal.',
  );
  await checkAtEveryWidth(page, 'settings-details-errors');
  await home.getByRole('textbox', { name: 'Huisnummer' }).fill('14');
  await home.getByRole('textbox', { name: 'Toevoeging' }).fill('B');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Opgeslagen', { exact: true })).toBeVisible();
  await checkAtEveryWidth(page, 'settings-details');

  // Kept, and the same address in the company tab.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Mijn achternaam is' })).toHaveValue(
    'Klinkenberg',
  );
  await expect(page.getByRole('textbox', { name: /Mijn telefoonnummer is/ })).toHaveValue(
    '06 1003 4891',
  );
  await expect(page.getByRole('radio', { name: 'Man' })).toBeChecked();
  await expect(page.getByLabel('Ik ben geboren op')).toHaveValue('1962-09-07');
  await page.getByRole('tab', { name: 'Bedrijf' }).click();
  await expect(page.getByRole('textbox', { name: 'Huisnummer' })).toHaveValue('14');
  await expect(page.getByRole('textbox', { name: 'Toevoeging' })).toHaveValue('B');
  await expect(page.getByTestId('vog')).toContainText('Bevestigd door Kring');
  await expect(page.getByTestId('vog')).toContainText(/Afgegeven op \d+ \w+ \d{4}\./);
});
