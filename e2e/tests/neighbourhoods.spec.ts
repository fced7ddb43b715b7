import { checkAtEveryWidth, expect, skipWithoutChromium, test } from '../support/fixtures';
import { CONSOLE_ADMIN, logInNeighbour } from '../support/neighbours';
import { logInToConsole } from '../support/staff';

skipWithoutChromium();

const RESIDENT = 'partner@kring.demo';
const SANNE = 'buur1@kring.demo';
const WORKER = 'buurtwerker@kring.demo';

const RUN = Date.now();
// A real picture (8 x 8 PNG) for the help request's photo.
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEklEQVR4nGP4z8CAFWEXHbQSACj/P8Fu7N9hAAAAAElFTkSuQmCC';
const TITLE = `Wie helpt me met de boodschappen? ${RUN}`;
const REPLY = 'Ik doe morgen toch boodschappen bij de Albert Heijn, ik neem het voor je mee!';
const ON_BEHALF = `Iemand die wekelijks een praatje maakt ${RUN}`;
const REPLY_TO_WORKER = 'Ik kom graag op woensdagmiddag koffie drinken.';
const WORKER_ANSWER = `Fijn, dank je! Ik stuur je een bericht met de gegevens. (${RUN})`;
const PRIVATE = `Hoi Sanne, zou je donderdag ook iets voor mij kunnen meenemen? (${RUN})`;

test('neighbours help each other: a help request, a reply, solved; the worker posts anonymously; a private message to a neighbour who offers groceries; the console', async ({
  browser,
  baseUrl,
}) => {
  test.setTimeout(300_000);

  // --- The resident: Mijn buurt, the feed, asks for help -------------------------------------
  const resident = await logInNeighbour(browser, baseUrl, RESIDENT, '/partner/buurt');
  const h1 = resident.getByRole('heading', { level: 1 });
  // The feed's heading names the neighbourhood.
  await expect(h1).toHaveText('Buurt Wittevrouwen');
  // From the menu too.
  await resident.goto(`${baseUrl}/partner/`);
  await resident.getByRole('navigation').getByRole('link', { name: 'Mijn buurt' }).first().click();
  await expect(h1).toHaveText('Buurt Wittevrouwen');
  await expect(resident).toHaveURL(/\/partner\/buurten\/[0-9a-f-]{36}$/);
  const feedUrl = resident.url();
  await expect(resident.getByRole('main')).toContainText(
    'Wie kan zaterdag boodschappen voor me doen?',
  );
  const share = resident.getByTestId('solved-share');
  await expect(share).toHaveText(/^\d+%$/);
  await checkAtEveryWidth(resident, 'neighbourhood-feed');

  await resident.getByRole('main').getByRole('link', { name: 'Hulp vragen' }).click();
  await expect(h1).toHaveText('Hulp vragen');
  await resident.getByLabel(/^Titel/).fill(TITLE);
  await resident
    .getByLabel(/^Je bericht/)
    .fill('Ik ben geveld door de griep. Wie kan morgen melk, brood en soep voor me halen?');
  // A day, then the part of the day (only offered once there is a day), and a photo.
  const dayPart = resident.getByLabel('Welk deel van de dag');
  await expect(dayPart).toBeDisabled();
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await resident.getByLabel(/^Wanneer/).fill(tomorrow);
  await dayPart.selectOption('afternoon');
  await resident.getByLabel('Foto (niet verplicht)').setInputFiles({
    name: 'boodschappen.png',
    mimeType: 'image/png',
    buffer: Buffer.from(PNG, 'base64'),
  });
  await checkAtEveryWidth(resident, 'neighbourhood-ask');
  await resident.getByRole('button', { name: 'Plaatsen' }).click();
  await expect(h1).toHaveText(TITLE);
  const photo = resident.getByRole('article').getByRole('img', { name: TITLE });
  await expect(photo).toBeVisible();
  expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(resident.getByRole('article')).toContainText("'s middags");
  await expect(resident).toHaveURL(/\/partner\/buurtberichten\/[0-9a-f-]{36}$/);
  const postUrl = resident.url();
  await resident.getByRole('link', { name: 'Terug naar mijn buurt' }).click();
  await expect(resident.getByRole('link', { name: TITLE })).toBeVisible();
  await expect(share).toHaveText(/^\d+%$/);
  const shareBefore = await share.textContent();

  // --- Sanne, who offers groceries, replies --------------------------------------------------
  const sanne = await logInNeighbour(browser, baseUrl, SANNE, new URL(postUrl).pathname);
  await expect(sanne.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await sanne.getByLabel(/^Je reactie/).fill(REPLY);
  await sanne.getByRole('button', { name: 'Reageren' }).click();
  await expect(sanne.getByRole('main')).toContainText(REPLY);
  await checkAtEveryWidth(sanne, 'neighbourhood-post-reply');

  // --- The resident marks it solved by Sanne; the share changes ------------------------------
  await resident.goto(postUrl);
  await expect(h1).toHaveText(TITLE);
  await expect(resident.getByRole('main')).toContainText(REPLY);
  const solvedBy = resident.getByLabel('Opgelost door');
  const sanneOption = solvedBy.locator('option', { hasText: 'Sanne' });
  await expect(sanneOption).toHaveCount(1);
  await solvedBy.selectOption((await sanneOption.getAttribute('value')) ?? '');
  await resident.getByRole('button', { name: 'Markeer als opgelost' }).click();
  await expect(resident.getByRole('article')).toContainText('Opgelost');
  await expect(resident.getByRole('button', { name: 'Markeer als opgelost' })).toHaveCount(0);
  await resident.goto(feedUrl);
  await expect(share).toHaveText(/^\d+%$/);
  await expect(share).not.toHaveText(shareBefore ?? '');

  // --- The worker: the unanswered list, a help request for someone, anonymously --------------
  const worker = await logInNeighbour(browser, baseUrl, WORKER, '/partner/buurt');
  const workerH1 = worker.getByRole('heading', { level: 1 });
  await expect(workerH1).toHaveText('Mijn buurt');
  await worker.getByRole('link', { name: 'Onbeantwoorde hulpvragen in Wittevrouwen' }).click();
  await expect(workerH1).toHaveText('Onbeantwoord');
  await expect(worker.getByRole('main')).toContainText(
    'Wie voert mijn kat tijdens de kerstvakantie?',
  );
  await checkAtEveryWidth(worker, 'neighbourhood-unanswered');
  // The worker refers the cat's request to one of Wittevrouwen's local organisations.
  const cat = worker
    .getByRole('listitem')
    .filter({ hasText: 'Wie voert mijn kat tijdens de kerstvakantie?' });
  const organisation = cat.getByLabel('Lokale organisatie');
  await expect(organisation.locator('option')).not.toHaveCount(1);
  await organisation.selectOption({ index: 1 });
  const organisationName = (await organisation.locator('option:checked').textContent()) ?? '';
  await cat.getByRole('button', { name: 'Doorverwijzen' }).click();
  await expect(cat.getByRole('status')).toHaveText(`Doorverwezen naar ${organisationName}`);
  await cat.getByRole('link', { name: 'Wie voert mijn kat tijdens de kerstvakantie?' }).click();
  await expect(worker.getByRole('article')).toContainText('Doorverwezen naar');
  await expect(worker.getByRole('article')).toContainText(organisationName);
  await worker.goBack();
  await expect(workerH1).toHaveText('Onbeantwoord');
  await worker.getByRole('link', { name: 'Hulpvraag plaatsen namens iemand' }).click();
  await expect(workerH1).toHaveText('Hulp vragen');
  await expect(worker.getByLabel(/^Ik plaats dit als buurtwerker/)).toBeChecked();
  await expect(worker.getByLabel(/^Anoniem/)).toBeChecked();
  await worker.getByLabel(/^Titel/).fill(ON_BEHALF);
  await worker
    .getByLabel(/^Je bericht/)
    .fill('Een alleenstaande buurman zoekt iemand voor een kop koffie, eens per week.');
  await checkAtEveryWidth(worker, 'neighbourhood-ask-on-behalf');
  await worker.getByRole('button', { name: 'Plaatsen' }).click();
  await expect(workerH1).toHaveText(ON_BEHALF);
  const onBehalfUrl = worker.url();

  // --- The resident sees "een buur, via de buurtwerker", never Bram --------------------------
  await resident.goto(feedUrl);
  const row = resident.getByRole('listitem').filter({ hasText: ON_BEHALF });
  await expect(row).toContainText('een buur, via de buurtwerker');
  await expect(row).not.toContainText('Bram');
  await row.getByRole('link', { name: ON_BEHALF }).click();
  await expect(h1).toHaveText(ON_BEHALF);
  await expect(resident.getByRole('article')).toContainText('een buur, via de buurtwerker');
  await expect(resident.getByRole('main')).not.toContainText('Bram');
  await expect(resident.getByRole('main')).not.toContainText('Buurtwerker');

  // --- The resident replies; the reply reaches the worker, who answers it ---------------------
  await resident.getByLabel(/^Je reactie/).fill(REPLY_TO_WORKER);
  await resident.getByRole('button', { name: 'Reageren' }).click();
  await expect(resident.getByRole('main')).toContainText(REPLY_TO_WORKER);
  await worker.goto(onBehalfUrl);
  await expect(worker.getByRole('main')).toContainText(REPLY_TO_WORKER);
  await worker.getByLabel(/^Je reactie/).fill(WORKER_ANSWER);
  await worker.getByRole('button', { name: 'Reageren' }).click();
  await expect(worker.getByRole('main')).toContainText(WORKER_ANSWER);
  await worker.context().close();
  await resident.reload();
  await expect(resident.getByRole('main')).toContainText(WORKER_ANSWER);
  await expect(resident.getByRole('main')).not.toContainText('Bram');
  await checkAtEveryWidth(resident, 'neighbourhood-post-anonymous');

  // --- Neighbours who can help: groceries, Sanne, a private message --------------------------
  await resident.goto(feedUrl);
  await resident.getByRole('link', { name: 'Buren die kunnen helpen' }).click();
  await expect(h1).toHaveText('Buren die kunnen helpen');
  await resident.getByLabel('Vaardigheid').selectOption('boodschappen');
  const sanneCard = resident
    .getByRole('listitem')
    .filter({ has: resident.getByRole('heading', { name: /^Sanne/ }) });
  await expect(sanneCard).toBeVisible();
  await checkAtEveryWidth(resident, 'neighbourhood-helpers');
  await sanneCard.getByRole('button', { name: 'Stuur een bericht' }).click();
  const dialog = resident.getByRole('dialog', { name: /^Stuur Sanne/ });
  await dialog.getByLabel(/^Je bericht/).fill(PRIVATE);
  await dialog.getByRole('button', { name: 'Versturen' }).click();
  await expect(h1).toContainText('Sanne');
  await expect(resident.getByRole('main')).toContainText(PRIVATE);
  await checkAtEveryWidth(resident, 'neighbourhood-conversation');
  await resident.context().close();

  // --- Sanne has it under Berichten ----------------------------------------------------------
  await sanne.goto(`${baseUrl}/partner/berichten`);
  await expect(sanne.getByRole('heading', { level: 1 })).toHaveText('Berichten');
  await expect(sanne.getByRole('main')).toContainText(PRIVATE);
  await expect(sanne.getByRole('main')).toContainText('1 ongelezen');
  await checkAtEveryWidth(sanne, 'neighbourhood-messages');
  await sanne.context().close();

  // --- The console: Buurten and Meldingen ----------------------------------------------------
  const staff = await logInToConsole(browser, baseUrl, CONSOLE_ADMIN);
  const menu = staff.getByRole('navigation', { name: 'Hoofdmenu' });
  await menu.getByRole('link', { name: 'Buurten', exact: true }).click();
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText('Buurten');
  await expect(staff.getByRole('main')).toContainText('Wittevrouwen');
  await checkAtEveryWidth(staff, 'console-neighbourhoods');
  await menu.getByRole('link', { name: 'Meldingen', exact: true }).click();
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText('Meldingen');
  await checkAtEveryWidth(staff, 'console-neighbourhood-reports');
  await staff.context().close();
});
