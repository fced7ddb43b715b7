import {
  checkAtEveryWidth,
  expect,
  expectNoSeriousA11yViolations,
  saveScreenshot,
  skipWithoutChromium,
  test,
} from '../support/fixtures';
import { CARLA, ERIK, logInErik } from '../support/careflex';
import { linkFromMailbox } from '../support/mailbox';
import { logInToConsole } from '../support/staff';

skipWithoutChromium();

const SUBJECT = `Extra nachtdienst oud en nieuw ${Date.now()}`;
const ANSWER = 'Dat regelen we: Johan werkt op 31 december een extra nachtdienst.';

test('a pro employee asks the care manager a question on a project; she answers in the console; he gets the e-mail and reads the thread on his home page', async ({
  browser,
  baseUrl,
  request,
}) => {
  test.setTimeout(240_000);
  const page = await logInErik(browser, baseUrl);
  const h1 = page.getByRole('heading', { level: 1 });

  // --- His projects: only the one he is a member of; its page with the care manager ----------
  await page.getByRole('navigation').getByRole('link', { name: 'Projecten' }).first().click();
  await expect(h1).toHaveText('Mijn projecten');
  await expect(page.getByText('Alle projecten')).toHaveCount(0);
  await expect(page.getByRole('main')).toContainText('Woonvoorziening De Linde');
  await expect(page.getByRole('main')).not.toContainText('Dagbesteding Het Anker');
  await checkAtEveryWidth(page, 'careflex-projects');
  await page
    .getByRole('link', { name: /Woonvoorziening De Linde/ })
    .first()
    .click();
  await expect(h1).toHaveText('Woonvoorziening De Linde');
  const leadership = page.getByRole('region', { name: 'Projectleiding' });
  await expect(leadership).toContainText('Carla Zorgmanager');
  await expect(page.getByRole('region', { name: 'Diensten' })).toContainText(/\d{2}:\d{2}/);
  await checkAtEveryWidth(page, 'careflex-project');

  // --- The question, to the project's care manager --------------------------------------------
  await leadership.getByRole('button', { name: 'Stel een vraag over dit project' }).click();
  const dialog = page.getByRole('dialog', { name: 'Vraag over Woonvoorziening De Linde' });
  await dialog.getByLabel(/^Onderwerp/).fill(SUBJECT);
  await dialog
    .getByLabel(/^Uw vraag/)
    .fill('Kan er op 31 december een extra nachtdienst bij? Er is vuurwerk in de wijk.');
  await saveScreenshot(page, 'careflex-ask-1280');
  await expectNoSeriousA11yViolations(page, 'the question dialog');
  await dialog.getByRole('button', { name: 'Vraag versturen' }).click();
  await expect(dialog.getByRole('status')).toContainText('Uw vraag is verstuurd');
  await dialog.getByRole('button', { name: 'Klaar' }).click();

  // --- Carla answers it from her queue in the console -----------------------------------------
  const staff = await logInToConsole(browser, baseUrl, CARLA);
  await staff
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Vragen', exact: true })
    .click();
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText('Vragen');
  await expect(staff.getByRole('main')).toContainText(SUBJECT);
  await checkAtEveryWidth(staff, 'careflex-console-questions');
  await staff.getByRole('link', { name: SUBJECT }).first().click();
  await expect(staff.getByRole('heading', { level: 1 })).toContainText(SUBJECT);
  await staff.getByLabel(/^Je antwoord/).fill(ANSWER);
  await checkAtEveryWidth(staff, 'careflex-console-question');
  await staff.getByRole('button', { name: 'Antwoord versturen' }).click();
  await expect(staff.getByRole('main')).toContainText('Je antwoord is verstuurd.');
  await expect(staff.getByRole('main')).toContainText(ANSWER);
  await staff.context().close();

  // --- Erik has the e-mail (through the worker) and the thread, unread, on his home page -----
  const link = await linkFromMailbox(
    request,
    baseUrl,
    ERIK.email,
    /\/pro\/correspondence\//,
    30_000,
  );
  expect(link).toMatch(/\/pro\/correspondence\/[0-9a-f-]{36}$/);
  await page.goto(`${baseUrl}/pro/`);
  const card = page.getByRole('region', { name: 'Mijn correspondentie' });
  const thread = card.getByRole('link', { name: new RegExp(SUBJECT) });
  await expect(thread).toBeVisible();
  await expect(card).toContainText('Nieuw');
  await checkAtEveryWidth(page, 'careflex-home-correspondence');
  await thread.click();
  await expect(h1).toContainText(SUBJECT);
  await expect(page.getByRole('main')).toContainText(ANSWER);
  await checkAtEveryWidth(page, 'careflex-thread');
  // Read now: no longer marked on the home page.
  await page.goto(`${baseUrl}/pro/`);
  await expect(card.getByRole('link', { name: new RegExp(SUBJECT) })).toBeVisible();
  await expect(card.getByRole('link', { name: new RegExp(SUBJECT) })).not.toContainText('Nieuw');
  await page.context().close();
});
