import { checkAtEveryWidth, expect, skipWithoutChromium, test } from '../support/fixtures';
import { CONSOLE_ADMIN, logInNeighbour } from '../support/neighbours';
import { logInToConsole } from '../support/staff';

skipWithoutChromium();

// Two Wittevrouwen residents that no other journey uses: Fatima writes, Daan offers computer help.
const FATIMA = 'buur3@kring.demo';
const DAAN = 'buur2@kring.demo';

const RUN = Date.now();
const FIRST = `Hoi Daan, kun je naar mijn laptop kijken? (${RUN})`;
const PUSHY = `Daan, waarom antwoord je niet? Ik kom wel langs. (${RUN})`;
const REASON = `Ze blijft aandringen en wil langskomen. (${RUN})`;
const OUTCOME = `Bewoner gebeld en gewaarschuwd; tijdelijk geschorst. (${RUN})`;

test('a resident reports and blocks a neighbour, who can no longer write; staff handle the report and suspend her', async ({
  browser,
  baseUrl,
}) => {
  test.setTimeout(240_000);

  // --- Fatima finds a neighbour who offers computer help and writes to him -------------------
  const fatima = await logInNeighbour(browser, baseUrl, FATIMA, '/partner/buurt');
  const h1 = fatima.getByRole('heading', { level: 1 });
  await fatima.getByRole('link', { name: 'Buren die kunnen helpen' }).first().click();
  await expect(h1).toHaveText('Buren die kunnen helpen');
  await fatima.getByLabel('Vaardigheid').selectOption('computerhulp');
  const daanCard = fatima
    .getByRole('listitem')
    .filter({ has: fatima.getByRole('heading', { name: /^Daan/ }) });
  await daanCard.getByRole('button', { name: 'Stuur een bericht' }).click();
  const dialog = fatima.getByRole('dialog', { name: /^Stuur Daan/ });
  await dialog.getByLabel(/^Je bericht/).fill(FIRST);
  await dialog.getByRole('button', { name: 'Versturen' }).click();
  await expect(h1).toContainText('Daan');
  const conversationUrl = fatima.url();
  await fatima.getByLabel(/^Je bericht/).fill(PUSHY);
  await fatima.getByRole('button', { name: 'Versturen' }).click();
  await expect(fatima.getByRole('main')).toContainText(PUSHY);

  // --- Daan reports her, then blocks her --------------------------------------------------------
  const daan = await logInNeighbour(browser, baseUrl, DAAN, '/partner/berichten');
  await expect(daan.getByRole('heading', { level: 1 })).toHaveText('Berichten');
  await daan
    .getByRole('main')
    .getByRole('link', { name: /Fatima/ })
    .first()
    .click();
  await expect(daan.getByRole('main')).toContainText(PUSHY);
  await daan.getByRole('button', { name: 'Melden' }).click();
  await daan.getByLabel(/^Waarom meld je dit gesprek/).fill(REASON);
  await daan.getByRole('button', { name: 'Melding versturen' }).click();
  await expect(daan.getByText('Dank je. Kring bekijkt je melding.')).toBeVisible();
  await daan.getByRole('button', { name: 'Blokkeren' }).click();
  await expect(daan.getByText(/jullie kunnen elkaar dan geen berichten meer sturen/)).toBeVisible();
  // The confirmation's own button, under the question.
  await daan.getByRole('button', { name: 'Blokkeren' }).last().click();
  await expect(daan.getByText(/^Je hebt Fatima .* geblokkeerd\.$/)).toBeVisible();
  // No send box while the block lasts; lifting it is one button away.
  await expect(daan.getByLabel(/^Je bericht/)).toHaveCount(0);
  await expect(daan.getByRole('button', { name: 'Blokkade opheffen' })).toBeVisible();
  await checkAtEveryWidth(daan, 'neighbourhood-conversation-blocked');
  await daan.context().close();

  // --- Fatima can no longer write to him --------------------------------------------------------
  await fatima.goto(conversationUrl);
  await fatima.getByLabel(/^Je bericht/).fill('Hallo?');
  await fatima.getByRole('button', { name: 'Versturen' }).click();
  await expect(fatima.getByText('Je kunt deze persoon geen bericht sturen.')).toBeVisible();
  await expect(
    fatima.getByRole('main').getByRole('listitem').filter({ hasText: 'Hallo?' }),
  ).toHaveCount(0);

  // --- Staff handle the report in the console and suspend her ---------------------------------
  const staff = await logInToConsole(browser, baseUrl, CONSOLE_ADMIN);
  const menu = staff.getByRole('navigation', { name: 'Hoofdmenu' });
  await menu.getByRole('link', { name: 'Meldingen', exact: true }).click();
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText('Meldingen');
  const card = staff
    .getByTestId('report')
    .filter({ hasText: 'Daan' })
    .filter({ hasText: 'Fatima' });
  await card
    .getByRole('link', { name: /^Persoon: Fatima/ })
    .first()
    .click();
  await expect(staff.getByRole('main')).toContainText(REASON);
  await checkAtEveryWidth(staff, 'console-neighbourhood-report');
  await staff.getByLabel(/^Wat heb je gedaan/).fill(OUTCOME);
  await staff.getByRole('checkbox', { name: /^Schors Fatima/ }).check();
  await staff
    .getByLabel(/^Reden van de schorsing/)
    .fill('Herhaaldelijk aandringen bij een buur na een melding.');
  await staff.getByRole('button', { name: 'Afhandelen' }).click();
  await expect(staff.getByRole('main')).toContainText(OUTCOME);
  await expect(staff.getByText('Deze bewoner is geschorst.')).toBeVisible();
  await staff.context().close();

  // --- Fatima reads that she cannot post for now ------------------------------------------------
  await fatima.goto(`${baseUrl}/partner/buurt/profiel`);
  await expect(h1).toHaveText('Mijn buurtprofiel');
  await expect(fatima.getByText(/^Je kunt tijdelijk niets plaatsen in de buurt/)).toBeVisible();
  await fatima.context().close();
});
