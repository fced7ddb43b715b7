import type { APIRequestContext, Page } from '@playwright/test';
import { linkFromMailbox } from '../support/mailbox';
import {
  expectRatingWithOneMore,
  figure,
  logInAsPieter,
  PIETER,
  publicRating,
  readFigures,
  requestsCard,
  statistics,
  waitingText,
} from '../support/pieter';
import {
  checkAtEveryWidth as checkPage,
  expect,
  setWidth,
  skipWithoutChromium,
  test,
  WIDTHS,
} from '../support/fixtures';

skipWithoutChromium();

/** The shared check, with this journey's screenshot names (`find-provider-<name>-<width>.png`). */
async function checkAtEveryWidth(page: Page, name: string): Promise<void> {
  // From the top, so the fixed header is where it belongs in the full-page pictures.
  await page.evaluate(() => window.scrollTo(0, 0));
  await checkPage(page, `find-provider-${name}`);
}

interface DevMail {
  to: string;
  subject: string;
  text: string;
}

/** Waits for a mail to `to` whose subject contains `subject` in the dev mailbox. */
async function mailTo(
  request: APIRequestContext,
  baseUrl: string,
  to: string,
  subject: string,
): Promise<DevMail> {
  let found: DevMail | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get(`${baseUrl}/api/v1/dev/mail`, { params: { to } });
        const mails = response.ok() ? ((await response.json()) as DevMail[]) : [];
        found = mails.find((mail) => mail.subject.includes(subject));
        return found !== undefined;
      },
      { timeout: 20_000, message: `a mail to ${to} about “${subject}”` },
    )
    .toBe(true);
  return found as DevMail;
}

/** A week from today, as a date field takes it. */
function nextWeek(): string {
  return new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);
}

test('a visitor finds Pieter near Utrecht and asks him to call; Pieter marks it handled in his portal; the visitor reviews him; his dashboard counts it all', async ({
  page,
  baseUrl,
  request,
  browser,
}) => {
  test.setTimeout(300_000);
  await setWidth(page, WIDTHS[0]);
  // An address of this run's own: the mailbox and Pieter's view of the request tell this visitor
  // from another Jan Janssen.
  const email = `jan.${Date.now()}@example.org`;
  const visitor = 'Jan Janssen';
  const h1 = page.getByRole('heading', { level: 1 });

  // Pieter starts his day in his own portal, in a browser of his own: his figures before anyone
  // asks him anything (other journeys of this run may have asked him before).
  const pieter = await (await browser.newContext()).newPage();
  await setWidth(pieter, WIDTHS[0]);
  await logInAsPieter(pieter, baseUrl);
  const stats = statistics(pieter);
  // The default period: the last 12 weeks.
  await expect(stats.getByRole('radio', { name: '12 weken' })).toBeChecked();
  const before = await readFigures(pieter);

  // The home page: the search comes first, the way to log in stays.
  await page.goto(`${baseUrl}/partner/`);
  await expect(h1).toHaveText('Hulp thuis regelen, voor uzelf of voor een ander');
  const search = page.getByRole('search', { name: 'Dienstverleners zoeken' });
  await expect(search).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Account' })).toBeVisible();
  await expect(search.getByRole('option', { name: 'Klusjesmannen' })).toBeAttached();
  await checkAtEveryWidth(page, 'home');

  // "klus" near Utrecht, picked from the suggestions; a day part Pieter works.
  await search.getByRole('searchbox', { name: 'Waar zoekt u hulp bij?' }).fill('klus');
  const place = search.getByRole('combobox', { name: 'Plaats of postcode' });
  await place.fill('Utrecht');
  await page.getByRole('option', { name: /^Utrecht/ }).first().click();
  await expect(place).toHaveValue('Utrecht');
  await search.getByRole('button', { name: /Op welke dagdelen/ }).click();
  await search.getByRole('checkbox', { name: 'Maandag ochtend' }).check();
  await checkAtEveryWidth(page, 'search-filled');
  await search.getByRole('button', { name: 'Zoeken' }).click();

  await expect(page).toHaveURL(/\/partner\/\?q=klus&place_id=\d+&place=Utrecht&day_parts=monday%3Amorning/);
  const results = page.getByRole('list', { name: /dienstverleners? gevonden/ });
  const card = results.getByRole('listitem').filter({ hasText: 'Pieter Dienstverlener' });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Klushulp Pieter');
  await expect(card).toContainText('Klusjesmannen');
  // His rating as the dashboard showed it to him.
  await expect(card).toContainText(publicRating(before));
  await expect(card).toContainText(/\d+(,\d)? km van u vandaan/);
  await expect(card.getByTestId('price-from')).toHaveText(
    'vanaf € 35,00 per uur · ledenprijs € 31,50',
  );
  await expect(page.getByText('In de buurt van Utrecht')).toBeVisible();
  await checkAtEveryWidth(page, 'results');
  // The address is the search: opened again (shared, reloaded), it shows the same.
  await page.reload();
  await expect(card.getByTestId('price-from')).toBeVisible();
  await expect(search.getByRole('combobox', { name: 'Plaats of postcode' })).toHaveValue('Utrecht');
  await search.getByRole('button', { name: /Op welke dagdelen.*1 gekozen/ }).click();
  await expect(search.getByRole('checkbox', { name: 'Maandag ochtend' })).toBeChecked();

  // The back button returns to the same search; forward again.
  await card.getByRole('link', { name: 'Pieter Dienstverlener' }).click();
  await expect(h1).toHaveText('Maak kennis met Pieter');
  await page.goBack();
  await expect(page.getByRole('searchbox', { name: 'Waar zoekt u hulp bij?' })).toHaveValue('klus');
  await expect(card).toBeVisible();
  await page.goForward();

  // The profile: the way there, prices with the member price, checks, the map, the week.
  await expect(h1).toHaveText('Maak kennis met Pieter');
  const crumbs = page.getByRole('navigation', { name: 'Kruimelpad' });
  await expect(crumbs.getByRole('link', { name: 'Klusjesmannen' })).toHaveAttribute(
    'href',
    /\/partner\/\?q=&category=klusjesmannen$/,
  );
  const prices = page.getByTestId('services-table');
  await expect(prices.getByRole('row', { name: /Kleine klussen/ })).toContainText(
    '€ 35,00 per uur€ 31,50 per uur',
  );
  await expect(page.getByText('Voorrijkosten EUR 5,00 buiten Utrecht.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Gezien door Kring' })).toContainText(
    '✓Persoonlijk gezien',
  );
  await expect(page.getByRole('region', { name: 'Gezien door Kring' })).not.toContainText(
    'Identiteitsbewijs',
  );
  const area = page.getByRole('region', { name: 'Werkgebied van Pieter' });
  await expect(area.locator('.leaflet-container')).toBeVisible();
  await expect(area.locator('path.leaflet-interactive')).not.toHaveCount(0);
  await expect(area.getByRole('figure')).toContainText(
    'Pieter werkt in: tot 15 km rond het eigen (werk)adres.',
  );
  await expect(page.getByTestId('day-parts')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Beoordelingen' })).toContainText(
    publicRating(before),
  );
  await checkAtEveryWidth(page, 'profile');

  // On a phone the contact button stays at the bottom of the screen while the profile scrolls.
  await setWidth(page, 360);
  // (The button beside the profile is hidden on phones, so only one is there for everyone.)
  const contact = page.getByRole('link', { name: 'Contact opnemen met Pieter' });
  await page.getByRole('heading', { name: 'Diensten en prijzen' }).scrollIntoViewIfNeeded();
  await expect(contact).toHaveCount(1);
  await expect(contact).toBeInViewport();
  await page.getByRole('heading', { name: 'Beschikbaarheid' }).scrollIntoViewIfNeeded();
  await expect(contact).toBeInViewport();
  await setWidth(page, WIDTHS[0]);
  await expect(contact).toHaveCount(1);
  await contact.click();

  // The contact form, as the source asks it.
  await expect(h1).toHaveText('Contactgegevens opvragen van Pieter');
  await expect(
    page.getByText(
      'U kunt geheel vrijblijvend hieronder uw gegevens invullen. U verplicht zich tot niets.',
    ),
  ).toBeVisible();
  await checkAtEveryWidth(page, 'contact-empty');
  // Sent empty: the summary says what is missing, and takes the focus.
  await page.getByRole('button', { name: 'Contact opnemen' }).click();
  await expect(page.getByTestId('error-summary')).toBeFocused();
  await expect(page.getByTestId('error-summary')).toContainText('Wat is uw naam?: Vul uw naam in.');
  await checkAtEveryWidth(page, 'contact-errors');

  await page.getByRole('textbox', { name: 'Wat is uw naam?' }).fill(visitor);
  await page.getByRole('textbox', { name: 'Wat is uw e-mailadres?' }).fill(email);
  await page.getByRole('textbox', { name: 'Wat is uw telefoonnummer?' }).fill('030 123 4567');
  const location = page.getByRole('combobox', { name: 'Locatie van de hulplocatie' });
  await location.fill('Utrecht');
  await page.getByRole('option', { name: /^Utrecht/ }).first().click();
  await expect(location).toHaveValue('Utrecht');
  await page.getByRole('radiogroup', { name: /voor uzelf of voor iemand anders/ })
    .locator('label')
    .filter({ hasText: 'Iemand anders' })
    .click();
  await expect(page.getByRole('radio', { name: 'Iemand anders' })).toBeChecked();
  await page
    .getByRole('textbox', { name: 'Waarmee kan Pieter u helpen?' })
    .fill('Mijn moeder wil graag een lamp in de gang. Kunt u volgende week?');
  await expect(page.locator('#contact-website')).toHaveValue('');
  await checkAtEveryWidth(page, 'contact-filled');
  await page.getByRole('button', { name: 'Contact opnemen' }).click();

  // The confirmation, with the deadline: two working days, 23:59.
  await expect(h1).toHaveText('Uw aanvraag is verstuurd');
  await expect(h1).toBeFocused();
  await expect(page.getByTestId('contact-sent')).toHaveText(
    /^Pieter neemt uiterlijk (maan|dins|woens|donder|vrij)dag \d{1,2} \p{L}+ 23:59 contact met u op\.$/u,
  );
  await expect(page.getByText('U ontvangt een bevestiging per e-mail.')).toBeVisible();
  await checkAtEveryWidth(page, 'contact-sent');

  // The mailbox: a confirmation for Jan, and the news for Pieter.
  const confirmation = await mailTo(request, baseUrl, email, 'Pieter Dienstverlener');
  expect(confirmation.subject).toBe('Uw aanvraag voor Pieter Dienstverlener is verstuurd');
  expect(confirmation.text).toContain(visitor);
  expect(confirmation.text).toMatch(/23:59/);
  await mailTo(request, baseUrl, PIETER.email, visitor);

  // Pieter, in his portal: the request is new in his inbox.
  const menu = pieter.getByRole('navigation', { name: 'Hoofdmenu' });
  await menu.getByRole('link', { name: 'Aanvragen', exact: true }).click();
  await expect(pieter).toHaveURL(`${baseUrl}/provider/requests`);
  await expect(pieter.getByRole('heading', { level: 1 })).toHaveText('Contactverzoeken');
  await expect(pieter.getByTestId('inbox-counters')).toContainText(/Wachten op je reactie[1-9]/);
  // Jan's: the one under his name that is still new (a name is not unique; the address is).
  const inboxItem = pieter
    .getByRole('article', { name: visitor })
    .filter({ has: pieter.getByTestId('request-status').filter({ hasText: /^Nieuw$/ }) });
  await expect(inboxItem).toHaveCount(1);
  await expect(inboxItem).toContainText('Voor iemand anders');
  await expect(inboxItem).toContainText('Utrecht');
  await expect(inboxItem.getByTestId('request-deadline')).toHaveText(
    /^uiterlijk (ma|di|wo|do|vr) \d{1,2} \w+, 23:59$/,
  );
  await checkAtEveryWidth(pieter, 'provider-inbox');

  // He opens it: Jan's details to call or mail, and his message.
  await inboxItem.getByRole('link', { name: visitor }).click();
  await expect(pieter).toHaveURL(new RegExp(`${baseUrl}/provider/requests/[0-9a-f-]{36}$`));
  await expect(pieter.getByRole('heading', { level: 1 })).toHaveText(visitor);
  const customer = pieter.getByRole('region', { name: 'Gegevens van de klant' });
  await expect(customer.getByRole('link', { name: email })).toHaveAttribute(
    'href',
    `mailto:${email}`,
  );
  await expect(customer.getByRole('link', { name: '030 123 4567' })).toHaveAttribute(
    'href',
    'tel:+31301234567',
  );
  await expect(pieter.getByRole('region', { name: 'Bericht' })).toContainText(
    'Mijn moeder wil graag een lamp in de gang.',
  );
  await expect(pieter.getByTestId('request-status')).toHaveText('Nieuw');
  await checkAtEveryWidth(pieter, 'provider-request');

  // He called Jan, hung the lamp, and marks the request handled with the appointment.
  const update = pieter.getByRole('region', { name: 'Status bijwerken' });
  await update.getByRole('radio', { name: 'Afgehandeld' }).check();
  await expect(update).toContainText(`${visitor} krijgt dan een e-mail met een uitnodiging`);
  await update.getByLabel('Datum van de afspraak (optioneel)').fill(nextWeek());
  await update.getByRole('textbox', { name: 'Notitie (optioneel)' }).fill('Lamp opgehangen.');
  await update.getByRole('button', { name: 'Opslaan' }).click();
  await expect(pieter.getByTestId('request-notice')).toContainText(
    'Opgeslagen. Het verzoek staat nu op ‘Afgehandeld’.',
  );
  await expect(pieter.getByTestId('request-status')).toHaveText('Afgehandeld');
  await expect(update.getByRole('radio', { name: 'In behandeling' })).toBeDisabled();
  await checkAtEveryWidth(pieter, 'provider-request-handled');

  // Handled: Jan gets a personal review link, and opens it from his mail.
  const reviewLink = await linkFromMailbox(request, baseUrl, email, '/partner/review');
  await page.goto(reviewLink);
  await expect(h1).toHaveText('Hoe was uw ervaring met Pieter Dienstverlener?');
  await expect(page.getByText(new RegExp(`Beste ${visitor}`))).toBeVisible();
  await checkAtEveryWidth(page, 'review');
  // The stars are needed; the summary says so.
  await page.getByRole('button', { name: 'Beoordeling plaatsen' }).click();
  await expect(page.getByTestId('error-summary')).toContainText(
    'Kies hoeveel sterren u geeft, van 1 tot 5.',
  );
  await checkAtEveryWidth(page, 'review-errors');
  // With the keyboard: onto the first star, then the arrow keys.
  const stars = page.getByRole('radiogroup', { name: /Hoeveel sterren geeft u/ });
  await stars.getByRole('radio', { name: '1 ster' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(stars.getByRole('radio', { name: '4 sterren' })).toBeChecked();
  await expect(page.getByText('U geeft 4 sterren.')).toBeVisible();
  await page
    .getByRole('textbox', { name: /Uw ervaring in een paar woorden/ })
    .fill('Snel geholpen en netjes gewerkt.');
  await expect(page.getByText('32/2000')).toBeVisible();
  await checkAtEveryWidth(page, 'review-filled');
  await page.getByRole('button', { name: 'Beoordeling plaatsen' }).click();
  await expect(h1).toHaveText('Bedankt voor uw beoordeling');
  await checkAtEveryWidth(page, 'review-thanks');

  // On the profile: the rating and Jan's words. The link works once.
  await page.getByRole('link', { name: 'Bekijk het profiel van Pieter Dienstverlener' }).click();
  await expect(h1).toHaveText('Maak kennis met Pieter');
  const reviews = page.getByRole('region', { name: 'Beoordelingen' });
  // The newest review first: Jan's, by his first name.
  const newest = reviews.getByRole('article').first();
  await expect(newest).toHaveAccessibleName('Jan');
  await expect(newest).toContainText('4 sterren');
  await expect(newest).toContainText('Snel geholpen en netjes gewerkt.');
  const reviewCount = (count: number) => new RegExp(`\\(${count} beoordeling(?:en)?\\)`);
  await expect(reviews).toContainText(reviewCount(before.reviews + 1));
  expectRatingWithOneMore((await reviews.textContent()) ?? '', 'van', before, 4);
  await checkAtEveryWidth(page, 'profile-reviewed');
  await page.goto(reviewLink);
  await expect(h1).toHaveText('Deze link is al gebruikt of niet geldig');

  // Pieter's dashboard: one request more in the default period, with its appointment, Jan's four
  // stars in the rating, and how fast he answered (a real time, not "—").
  await menu.getByRole('link', { name: 'Start', exact: true }).click();
  await expect(pieter.getByRole('heading', { level: 1 })).toHaveText('Welkom, Pieter');
  await expect(stats.getByRole('radio', { name: '12 weken' })).toBeChecked();
  await expect(figure(pieter, 'stat-requests')).toHaveText(String(before.requests + 1));
  await expect(figure(pieter, 'stat-appointments')).toHaveText(String(before.appointments + 1));
  await expect(figure(pieter, 'stat-rating')).toContainText(reviewCount(before.reviews + 1));
  expectRatingWithOneMore((await figure(pieter, 'stat-rating').textContent()) ?? '', 'uit', before, 4);
  const median = figure(pieter, 'stat-median');
  await expect(median).not.toContainText('—');
  await expect(median).toHaveText(/^(< 1 minminder dan 1 min|\d+ (min|uur|dag(?:en)?)( \d+ (min|uur))?)$/);
  await expect(figure(pieter, 'stat-within')).toHaveText(/^\d+%$/);
  await expect(requestsCard(pieter)).toContainText(waitingText(before.waiting));
  await checkAtEveryWidth(pieter, 'provider-dashboard');
  await pieter.context().close();
});

test('a search that finds nobody suggests what to change, and a used review link is explained', async ({
  page,
  baseUrl,
}) => {
  await setWidth(page, WIDTHS[0]);
  await page.goto(`${baseUrl}/partner/?q=zzzonbekendzzz`);
  await expect(page.getByRole('heading', { level: 2, name: /0 dienstverleners gevonden/ })).toBeVisible();
  const nothing = page.getByTestId('nothing-found');
  await expect(nothing).toContainText('Geen dienstverleners gevonden');
  await checkAtEveryWidth(page, 'nothing-found');
  await nothing.getByRole('button', { name: 'Alles wissen en opnieuw zoeken' }).click();
  await expect(page).toHaveURL(`${baseUrl}/partner/?q=`);

  await page.goto(`${baseUrl}/partner/review?token=this-is-not-a-real-review-token-at-all`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Deze link is al gebruikt of niet geldig',
  );
  await expect(page.getByRole('link', { name: 'Naar de zoekpagina' })).toBeVisible();
  await checkAtEveryWidth(page, 'review-dead-link');
});
