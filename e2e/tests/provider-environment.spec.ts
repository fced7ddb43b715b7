import type { APIRequestContext, Page } from '@playwright/test';
import {
  checkAtEveryWidth as checkPage,
  expect,
  setWidth,
  skipWithoutChromium,
  test,
  WIDTHS,
} from '../support/fixtures';
import { linkFromMailbox } from '../support/mailbox';
import {
  expectRatingWithOneMore,
  figure,
  logInAsPieter,
  readFigures,
  requestsCard,
  statistics,
  waitingText,
} from '../support/pieter';

skipWithoutChromium();

/** The shared check, with this journey's screenshot names (`provider-environment-<name>-<width>.png`). */
async function checkAtEveryWidth(page: Page, name: string): Promise<void> {
  // From the top, so the fixed header is where it belongs in the full-page pictures.
  await page.evaluate(() => window.scrollTo(0, 0));
  await checkPage(page, `provider-environment-${name}`);
}

// The customer who asks the demo provider for help, through the public contact form's API.
const CUSTOMER = {
  name: 'Anna de Vries',
  email: 'anna.devries@example.org',
  phone: '030 123 4567',
  location: 'Utrecht',
  for_whom: 'self',
  message: 'Kunt u een lamp ophangen in de woonkamer? Ik ben er overdag.',
} as const;

/** Finds the demo provider (Klushulp Pieter) as customers do, and sends a contact request. */
async function sendContactRequest(request: APIRequestContext, baseUrl: string): Promise<void> {
  const search = await request.get(`${baseUrl}/api/v1/providers/search`, { params: { q: 'klus' } });
  expect(search.ok(), await search.text()).toBe(true);
  const { items } = (await search.json()) as { items: { id: string; name: string }[] };
  const pieter = items.find((provider) => provider.name.includes('Pieter'));
  expect(pieter, JSON.stringify(items)).toBeDefined();
  const sent = await request.post(`${baseUrl}/api/v1/providers/${pieter?.id}/contact-requests`, {
    data: CUSTOMER,
  });
  expect(sent.status(), await sent.text()).toBe(201);
}

/** The customer follows the review link in the invitation mail and gives five stars. */
async function reviewAsCustomer(request: APIRequestContext, baseUrl: string): Promise<void> {
  const link = await linkFromMailbox(request, baseUrl, CUSTOMER.email, '/partner/review');
  const token = new URL(link).searchParams.get('token');
  expect(token, link).toBeTruthy();
  const review = await request.post(`${baseUrl}/api/v1/reviews`, {
    data: { token, stars: 5, text: 'Pieter kwam dezelfde week en hing de lamp netjes op.' },
  });
  expect(review.status(), await review.text()).toBe(201);
}

/**
 * The smallest file the API takes as WebM: the EBML header (1A 45 DF A3) with the DocType
 * "webm" (42 82 84 'webm') in its first 64 bytes, then an empty segment. Not playable, and not
 * meant to be: the recording below is.
 */
function tinyWebm(): Buffer {
  const header = [
    [0x42, 0x86, 0x81, 0x01], // EBMLVersion 1
    [0x42, 0xf7, 0x81, 0x01], // EBMLReadVersion 1
    [0x42, 0xf2, 0x81, 0x04], // EBMLMaxIDLength 4
    [0x42, 0xf3, 0x81, 0x08], // EBMLMaxSizeLength 8
    [0x42, 0x82, 0x84, ...Buffer.from('webm')], // DocType "webm"
    [0x42, 0x87, 0x81, 0x02], // DocTypeVersion 2
    [0x42, 0x85, 0x81, 0x02], // DocTypeReadVersion 2
  ].flat();
  const segment = [0x18, 0x53, 0x80, 0x67, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff];
  const voidElement = [0xec, 0xa0, ...new Array<number>(32).fill(0)];
  return Buffer.from([
    0x1a,
    0x45,
    0xdf,
    0xa3,
    0x80 | header.length,
    ...header,
    ...segment,
    ...voidElement,
  ]);
}

test('a live provider finds the dashboard, answers a contact request, replies to the review, and sees the profile, the video and the promotion packages', async ({
  page,
  request: api,
  baseUrl,
}) => {
  test.setTimeout(360_000);
  const h1 = page.getByRole('heading', { level: 1 });
  await setWidth(page, WIDTHS[0]);

  // Log in: the dashboard, with the menu of the provider's environment. Other journeys of this run
  // may have asked Pieter for help before: his figures are compared with what he sees now.
  await logInAsPieter(page, baseUrl);
  const stats = statistics(page);
  const before = await readFigures(page);
  const rating = await figure(page, 'stat-rating').textContent();

  // A customer asks Pieter for help (no account needed); the dashboard counts it.
  await sendContactRequest(api, baseUrl);
  await page.reload();
  await expect(h1).toHaveText('Welkom, Pieter');
  await expect(figure(page, 'stat-requests')).toHaveText(String(before.requests + 1));
  await expect(figure(page, 'stat-appointments')).toHaveText(String(before.appointments));
  await expect(figure(page, 'stat-rating')).toHaveText(rating ?? '');
  await expect(stats.getByRole('figure', { name: 'Contactverzoeken per week' })).toBeVisible();
  const requestsTile = requestsCard(page);
  await expect(requestsTile).toContainText(waitingText(before.waiting + 1));
  await expect(page.getByRole('region', { name: 'Maak je profiel compleet' })).toContainText(
    '1 van 5 klaar',
  );
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  for (const item of [
    'Start',
    'Aanvragen',
    'Reviews',
    'Mijn profiel',
    'Instellingen',
    'Video',
    'Promotie',
  ]) {
    await expect(menu.getByRole('link', { name: item, exact: true })).toBeVisible();
  }
  await checkAtEveryWidth(page, 'dashboard');

  // The inbox: the request, its deadline (two working days) and the counters.
  await requestsTile.getByRole('link', { name: 'Naar je contactverzoeken' }).click();
  await expect(page).toHaveURL(`${baseUrl}/provider/requests`);
  await expect(h1).toHaveText('Contactverzoeken');
  const counters = page.getByTestId('inbox-counters');
  await expect(counters).toContainText(`Wachten op je reactie${before.waiting + 1}`);
  await expect(counters).toContainText('Te laat0');
  const inboxItem = page.getByRole('article', { name: CUSTOMER.name });
  await expect(inboxItem.getByTestId('request-status')).toHaveText('Nieuw');
  await expect(inboxItem.getByTestId('request-deadline')).toHaveText(
    /^uiterlijk (ma|di|wo|do|vr) \d{1,2} \w+, \d{2}:\d{2}$/,
  );
  await expect(inboxItem).toContainText('Voor zichzelf');
  await checkAtEveryWidth(page, 'inbox');

  // The request: the customer's details to call or mail, then marked handled with the appointment.
  await inboxItem.getByRole('link', { name: CUSTOMER.name }).click();
  await expect(page).toHaveURL(new RegExp(`${baseUrl}/provider/requests/[0-9a-f-]{36}$`));
  await expect(h1).toHaveText(CUSTOMER.name);
  const customer = page.getByRole('region', { name: 'Gegevens van de klant' });
  await expect(customer.getByRole('link', { name: '030 123 4567' })).toHaveAttribute(
    'href',
    'tel:+31301234567',
  );
  await expect(customer.getByRole('link', { name: CUSTOMER.email })).toHaveAttribute(
    'href',
    `mailto:${CUSTOMER.email}`,
  );
  await expect(page.getByRole('region', { name: 'Bericht' })).toContainText(CUSTOMER.message);
  await expect(page.getByTestId('request-deadline')).toContainText('Reageer uiterlijk');
  await checkAtEveryWidth(page, 'request');

  const update = page.getByRole('region', { name: 'Status bijwerken' });
  await update.getByRole('radio', { name: 'Afgehandeld' }).check();
  await update.getByLabel('Datum van de afspraak (optioneel)').fill('2027-01-04');
  await update
    .getByRole('textbox', { name: 'Notitie (optioneel)' })
    .fill('Gebeld; ik kom maandag de lamp ophangen.');
  await update.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByTestId('request-notice')).toContainText(
    'Opgeslagen. Het verzoek staat nu op ‘Afgehandeld’.',
  );
  await expect(page.getByTestId('request-status')).toHaveText('Afgehandeld');
  await expect(customer).toContainText('Afspraakma 4 januari 2027');
  await expect(update.getByRole('radio', { name: 'In behandeling' })).toBeDisabled();
  await checkAtEveryWidth(page, 'request-handled');

  // Handled invited the customer to review; she gives five stars.
  await reviewAsCustomer(api, baseUrl);

  // The dashboard's figures now count the request, the appointment and the rating.
  await menu.getByRole('link', { name: 'Start', exact: true }).click();
  await expect(h1).toHaveText('Welkom, Pieter');
  await expect(figure(page, 'stat-requests')).toHaveText(String(before.requests + 1));
  await expect(figure(page, 'stat-appointments')).toHaveText(String(before.appointments + 1));
  await expect(figure(page, 'stat-rating')).toContainText(
    `(${before.reviews + 1} beoordeling${before.reviews === 0 ? '' : 'en'})`,
  );
  expectRatingWithOneMore((await figure(page, 'stat-rating').textContent()) ?? '', 'uit', before, 5);
  await expect(stats.getByTestId('stat-within')).toHaveText('Binnen de termijn beantwoord100%');
  await expect(requestsTile).toContainText(waitingText(before.waiting));
  // The period: the last 4 weeks still hold the request (the option's label is what one clicks);
  // every request of this run came today, so as many as in 12 weeks.
  await stats.getByText('4 weken', { exact: true }).click();
  await expect(stats.getByRole('radio', { name: '4 weken' })).toBeChecked();
  await expect(stats.getByTestId('stats-period')).toContainText('tot en met');
  await expect(figure(page, 'stat-requests')).toHaveText(String(before.requests + 1));
  await checkAtEveryWidth(page, 'dashboard-figures');

  // The review, and a reply (once).
  await menu.getByRole('link', { name: 'Reviews', exact: true }).click();
  await expect(page).toHaveURL(`${baseUrl}/provider/reviews`);
  await expect(h1).toHaveText('Reviews');
  const review = page.getByRole('article', { name: 'Anna' });
  await expect(review).toContainText('5 van 5 sterren');
  await expect(review).toContainText('Pieter kwam dezelfde week en hing de lamp netjes op.');
  await expect(review).toContainText('je reactie kun je daarna niet meer wijzigen');
  await checkAtEveryWidth(page, 'reviews');
  await review.getByRole('textbox', { name: 'Je reactie' }).fill('Dank u wel, Anna!');
  await review.getByRole('button', { name: 'Reactie plaatsen' }).click();
  await expect(review.getByTestId('review-reply')).toContainText('Dank u wel, Anna!');
  await expect(review.getByRole('textbox')).toHaveCount(0);
  await checkAtEveryWidth(page, 'reviews-replied');

  await menu.getByRole('link', { name: 'Start', exact: true }).click();
  await expect(h1).toHaveText('Welkom, Pieter');

  // The profile as customers see it: the member prices next to the customer prices.
  await page.getByRole('link', { name: 'Bekijk je profiel' }).click();
  await expect(page).toHaveURL(`${baseUrl}/provider/profile/preview`);
  await expect(h1).toHaveText('Zo zien klanten je profiel');
  await expect(page.getByTestId('profile-status')).toHaveText('Online');
  await expect(page.getByRole('heading', { level: 2, name: 'Maak kennis met Pieter' })).toBeVisible();
  const services = page.getByTestId('services-table');
  await expect(services.getByRole('columnheader', { name: 'Ledenprijs' })).toBeVisible();
  const odd = services.getByRole('row', { name: /Kleine klussen/ });
  await expect(odd).toContainText('€ 35,00');
  await expect(odd).toContainText('€ 31,50');
  await expect(page.getByRole('region', { name: 'Gezien door Kring' })).toContainText(
    'Persoonlijk gezien',
  );
  await expect(page.getByRole('region', { name: 'Gezien door Kring' })).not.toContainText(
    'Identiteitsbewijs gezien',
  );
  // The work area in the public page's words: the address stays private, also in the preview.
  const area = page.getByRole('region', { name: 'Werkgebied van Pieter' });
  await expect(area.getByRole('figure')).toContainText(
    'Pieter werkt in: tot 15 km rond het eigen (werk)adres.',
  );
  await expect(area.locator('.leaflet-container')).toBeVisible();
  // The shared texts in this portal's "je".
  await expect(page.getByText(/Een afspraak maak je altijd samen\./)).toBeVisible();
  const contact = page.getByRole('button', { name: 'Contact opnemen met Pieter' });
  await expect(contact).toBeDisabled();
  await expect(contact).toHaveAccessibleDescription(
    'Klanten zien hier een knop om contact met je op te nemen. In dit voorbeeld doet de knop niets.',
  );
  await checkAtEveryWidth(page, 'preview');

  // The video: a file first.
  await menu.getByRole('link', { name: 'Video', exact: true }).click();
  await expect(page).toHaveURL(`${baseUrl}/provider/video`);
  await expect(h1).toHaveText('Je introductievideo');
  await expect(page.getByText('Je hebt nog geen introductievideo.')).toBeVisible();
  await checkAtEveryWidth(page, 'video');
  await page
    .getByLabel('Kies een video')
    .setInputFiles({ name: 'intro.webm', mimeType: 'video/webm', buffer: tinyWebm() });
  await expect(page.getByTestId('video-notice')).toContainText('Je video is opgeslagen.');
  await expect(page.getByTestId('current-video')).toHaveAttribute(
    'src',
    /\/api\/v1\/provider\/profile\/video\?v=/,
  );
  await expect(page.getByTestId('video-review')).toContainText('Kring bekijkt elke nieuwe video eerst.');
  const firstVideo = await page.getByTestId('current-video').getAttribute('src');

  // Then a recording with Chromium's fake camera: five seconds' countdown, the space bar stops it.
  await page.getByRole('button', { name: 'Start opname' }).click();
  await expect(page.getByTestId('countdown')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Stop (spatiebalk)' })).toBeVisible({
    timeout: 8_000,
  });
  await expect(page.getByTestId('elapsed')).toHaveText('Opname 0:02', { timeout: 5_000 });
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Je opname')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Opnieuw opnemen' })).toBeVisible();
  // The recording plays: the browser made a real video of it.
  await expect
    .poll(() =>
      page.getByLabel('Je opname').evaluate((video: HTMLVideoElement) => video.readyState),
    )
    .toBeGreaterThan(0);
  await checkAtEveryWidth(page, 'video-recorded');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByTestId('video-notice')).toContainText('Je video is opgeslagen.', {
    timeout: 20_000,
  });
  await expect(page.getByTestId('current-video')).not.toHaveAttribute('src', firstVideo ?? '');
  await expect(page.getByRole('button', { name: 'Start opname' })).toBeVisible();
  await checkAtEveryWidth(page, 'video-saved');

  // Promotion: ask for the plus package, see it waiting, withdraw it.
  await menu.getByRole('link', { name: 'Promotie', exact: true }).click();
  await expect(page).toHaveURL(`${baseUrl}/provider/promotion`);
  await expect(h1).toHaveText('Promotiepakketten');
  const packages = page.getByRole('region', { name: 'De pakketten' });
  const plus = packages.getByRole('article', { name: 'Pluspakket' });
  await expect(plus.getByRole('img', { name: '2 sterren' })).toBeVisible();
  await expect(plus).toContainText('Je betaalt voor het Pluspakket dus € 290,00.');
  await expect(page.getByTestId('fee-credit')).toContainText('€ 10,00');
  await checkAtEveryWidth(page, 'promotion');

  await plus.getByRole('button', { name: 'Vraag dit pakket aan: Pluspakket' }).click();
  const dialog = page.getByRole('dialog', { name: 'Pluspakket aanvragen' });
  await dialog
    .getByRole('textbox', { name: 'Bericht voor Kring (optioneel)' })
    .fill('Bel me liever na 17:00.');
  await checkAtEveryWidth(page, 'promotion-dialog');
  await dialog.getByRole('button', { name: 'Aanvraag versturen' }).click();
  await expect(dialog).toBeHidden();
  const requests = page.getByRole('region', { name: 'Je aanvragen' });
  const request = requests.getByRole('article', { name: 'Pluspakket' });
  await expect(request).toContainText('Aangevraagd – Kring neemt contact met je op');
  await expect(request).toContainText('Je bericht: Bel me liever na 17:00.');
  await expect(plus.getByText('Aangevraagd')).toBeVisible();
  await expect(
    packages.getByRole('button', { name: 'Vraag dit pakket aan: Luxepakket' }),
  ).toBeDisabled();
  await checkAtEveryWidth(page, 'promotion-requested');

  await request.getByRole('button', { name: 'Intrekken: Pluspakket' }).click();
  await expect(request).toContainText('Ingetrokken');
  await expect(
    packages.getByRole('button', { name: 'Vraag dit pakket aan: Pluspakket' }),
  ).toBeEnabled();
  await checkAtEveryWidth(page, 'promotion-withdrawn');
});
