import {
  checkAtEveryWidth,
  expect,
  setWidth,
  skipWithoutChromium,
  test,
  WIDTHS,
} from '../support/fixtures';
import { linkFromMailbox } from '../support/mailbox';
import { logInToConsole } from '../support/staff';

skipWithoutChromium();

const FENNA = { email: 'fenna.helpt@example.org', password: 'Lavendel-Zonnewijzer-88' };
const PARTNER = { email: 'buurtwerker@kring.demo', password: 'Zonnebloem-Kring-2026' };

/**
 * `datetime-local` text, as the browser reads it (the journeys run in Amsterdam time), for the
 * first whole minute at least `seconds` from now.
 */
function soon(seconds: number): { value: string; at: Date } {
  const at = new Date(Date.now() + seconds * 1000);
  at.setSeconds(0, 0);
  at.setMinutes(at.getMinutes() + 1);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Amsterdam',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  const value = `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
  return { value, at };
}

test('a helper signs up free, is badged, is suggested with reasons, meets the help seeker and helps', async ({
  page,
  browser,
  baseUrl,
}) => {
  test.setTimeout(420_000);
  const h1 = page.getByRole('heading', { level: 1 });
  await setWidth(page, WIDTHS[0]);

  // Fenna signs up in the provider portal and fills in her free helper profile.
  await page.goto(`${baseUrl}/provider/signup`);
  await page.locator('#signup-first-name').fill('Fenna');
  await page.locator('#signup-email').fill(FENNA.email);
  await page.locator('#signup-password').fill(FENNA.password);
  await page.getByRole('checkbox', { name: /gebruiksvoorwaarden/ }).check();
  await page.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(h1).toHaveText('Controleer je e-mail');
  await page.goto(await linkFromMailbox(page.request, baseUrl, FENNA.email, '/provider/verify-email'));
  await expect(h1).toHaveText('Je e-mailadres is bevestigd');
  await page.goto(`${baseUrl}/provider/helper`);
  await expect(h1).toHaveText('Inloggen');
  await page.locator('#login-email').fill(FENNA.email);
  await page.locator('#login-password').fill(FENNA.password);
  await page.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();
  await expect(h1).toHaveText('Helpen als buurthulp');

  const form = page.getByRole('main');
  await form.getByLabel(/^Korte introductie/).fill('Gepensioneerd, ik help graag in huis.');
  await form.getByRole('checkbox', { name: 'Schoonmaken' }).check();
  await form.getByRole('checkbox', { name: 'Wassen en strijken' }).check();
  await form.getByLabel(/^Straat/).fill('Oudegracht');
  await form.getByLabel(/^Huisnummer/).fill('20');
  await form.getByLabel(/^Postcode/).fill('3511 AB');
  await form.getByLabel(/^Plaats/).fill('Utrecht');
  await form.getByRole('checkbox', { name: 'Maandag ochtend' }).check();
  await form.getByRole('checkbox', { name: 'Donderdag middag' }).check();
  await form.getByRole('button', { name: 'Profiel opslaan' }).click();
  await expect(page.getByTestId('saved')).toBeVisible();
  await checkAtEveryWidth(page, 'helper-profile');
  await page.getByRole('button', { name: 'Maak mijn profiel actief' }).click();
  await expect(page.getByText('Wacht op Kring').first()).toBeVisible();

  // The verifier sees her in the console's queue and sets the identity badge.
  const staff = await logInToConsole(browser, baseUrl);
  await staff.goto(`${baseUrl}/admin/helpers`);
  await staff.getByRole('link', { name: /Fenna/ }).first().click();
  await expect(staff.getByRole('heading', { level: 1 })).toContainText('Fenna');
  // The switch follows the API's answer, not the click.
  const identity = staff.getByRole('switch', { name: 'Identiteitsbewijs gezien' });
  await identity.click();
  await expect(identity).toBeChecked();
  await expect(staff.getByText('Voor te stellen').first()).toBeVisible();
  await checkAtEveryWidth(staff, 'console-helper-badged');
  await staff.context().close();

  // The partner finds Fenna among Truus's suggestions, with why she fits, and sends a proposal.
  const partner = await (await browser.newContext()).newPage();
  const partnerH1 = partner.getByRole('heading', { level: 1 });
  await setWidth(partner, WIDTHS[0]);
  await partner.goto(`${baseUrl}/partner/dossiers`);
  await partner.locator('#login-email').fill(PARTNER.email);
  await partner.locator('#login-password').fill(PARTNER.password);
  await partner.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();
  await expect(partnerH1).toHaveText('Mijn dossiers');
  await partner.getByRole('link', { name: /Truus/ }).first().click();
  await expect(partnerH1).toContainText('Truus');
  await expect(partner.getByTestId('helpers-near')).toContainText('in de buurt van Truus');
  const card = partner.getByRole('article', { name: /Fenna$/ });
  await expect(card).toBeVisible();
  await expect(card.getByText('Waarom deze helper')).toBeVisible();
  await checkAtEveryWidth(partner, 'dossier-suggestions');
  await card.getByRole('button', { name: 'Fenna een voorstel sturen' }).click();
  const dialog = partner.getByRole('dialog', { name: 'Een voorstel aan Fenna' });
  await dialog.getByLabel(/^Uw bericht/).fill('Truus zoekt hulp in huis op maandagochtend.');
  await checkAtEveryWidth(partner, 'dossier-proposal-dialog');
  await dialog.getByRole('button', { name: 'Voorstel versturen' }).click();
  const proposals = partner.getByRole('region', { name: 'Voorstellen' });
  await expect(proposals.getByText('Wacht op antwoord')).toBeVisible();

  // Fenna finds it in her proposals, opens it from her e-mail and proposes another moment.
  await page.goto(`${baseUrl}/provider/proposals`);
  await expect(h1).toHaveText('Voorstellen');
  await expect(page.getByRole('link', { name: 'Hulp voor Truus in Utrecht' })).toBeVisible();
  await checkAtEveryWidth(page, 'helper-proposals-inbox');
  await page.goto(await linkFromMailbox(page.request, baseUrl, FENNA.email, /\/provider\/proposals\/[0-9a-f-]+$/));
  await expect(h1).toHaveText(/^Hulp voor Truus/);
  await checkAtEveryWidth(page, 'helper-proposal');
  await page.getByLabel('Ja, maar op een ander moment').check();
  const meeting = soon(30);
  await page.getByLabel(/^Wanneer kun je kennismaken/).fill(meeting.value);
  await page.getByRole('button', { name: 'Dit moment voorstellen' }).click();
  await expect(page.getByRole('heading', { name: 'De kennismaking' })).toBeVisible();

  // After the meeting, the partner and Fenna both go on: the help starts.
  await page.waitForTimeout(Math.max(0, meeting.at.getTime() - Date.now()) + 2_000);
  await partner.reload();
  await expect(proposals.getByText(/Fenna neemt aan en stelt voor kennis te maken op/)).toBeVisible();
  await proposals.getByRole('button', { name: 'De kennismaking ging goed' }).click();
  await partner.getByRole('dialog', { name: 'Verder met Fenna?' }).getByRole('button', { name: 'Bevestigen' }).click();
  await expect(partner.getByRole('dialog')).toBeHidden();
  await page.reload();
  await page.getByRole('button', { name: 'Ja, ik ga verder' }).click();
  await expect(page.getByText(/Je helpt Truus/)).toBeVisible();

  await page.goto(`${baseUrl}/provider/engagements`);
  const truus = page.getByRole('article', { name: /^Truus/ });
  await expect(truus.getByText(/Lindelaan/)).toBeVisible();
  await checkAtEveryWidth(page, 'helper-engagements');

  await partner.reload();
  const helping = partner.getByRole('region', { name: 'Helpt nu' });
  await expect(helping.getByText(/Fenna/).first()).toBeVisible();
  await expect(helping.getByRole('link', { name: FENNA.email })).toBeVisible();
  await checkAtEveryWidth(partner, 'dossier-engagement');

  // Staff read the dossier's proposals and engagements in the console (audited).
  const dossierId = new URL(partner.url()).pathname.split('/').at(-1) ?? '';
  const verifier = await logInToConsole(browser, baseUrl);
  await verifier.goto(`${baseUrl}/admin/dossiers/${dossierId}`);
  await expect(
    verifier.getByRole('region', { name: 'Voorstellen' }).getByText('helpt'),
  ).toBeVisible();
  await expect(
    verifier.getByRole('region', { name: 'Samenwerkingen' }).getByText(/^Fenna helpt sinds/),
  ).toBeVisible();
  await checkAtEveryWidth(verifier, 'console-dossier-matching');
});
