import type { Page } from '@playwright/test';
import {
  checkAtEveryWidth,
  expect,
  expectNoSeriousA11yViolations,
  saveScreenshot,
  setWidth,
  skipWithoutChromium,
  test,
  WIDTHS,
} from '../support/fixtures';
import { logInToConsole } from '../support/staff';
import { BEA, logInPaula } from '../support/paula';

skipWithoutChromium();

// The demo (README): Paula orders for De Linde (AD contract) and Zonnehuis (none); Bea works
// for the branch that serves both.

interface DevMail {
  subject: string;
  attachments: { filename: string; content_type: string; size: number; url: string }[];
}

/** A day as the date fields take it, counted from today in Kring's time zone. */
function day(offset: number): string {
  const today = new Date(new Date().toLocaleString('en-US', { timeZone: 'Europe/Amsterdam' }));
  today.setDate(today.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
}


/** A dialog over the page: a screenshot and an axe check at every width. */
async function checkDialog(page: Page, name: string) {
  for (const width of [...WIDTHS].reverse()) {
    await setWidth(page, width);
    await page.waitForTimeout(400);
    await saveScreenshot(page, `orders-${name}-${width}`);
    await expectNoSeriousA11yViolations(page, `${name} at ${width} px`);
  }
  await setWidth(page, WIDTHS[0]);
}

test('a care professional orders a wheelchair with an AD cushion, mails it to a colleague, the branch plans and delivers it, and it shows as outstanding', async ({
  browser,
  baseUrl,
}) => {
  test.setTimeout(300_000);
  const colleague = `collega.${Date.now()}@example.org`;

  // --- Paula: the open orders, then a new rental -------------------------------------------
  const paula = await logInPaula(browser, baseUrl);
  const h1 = paula.getByRole('heading', { level: 1 });
  await paula.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aanvragen' }).click();
  await expect(h1).toHaveText('Openstaande aanvragen');
  await expect(paula.getByText('Annuleren of spoed?').first()).toBeVisible();
  await checkAtEveryWidth(paula, 'orders-open');
  await paula.locator('label', { hasText: 'Actie zorgprofessional' }).click();
  await expect(paula).toHaveURL(/view=action/);
  await expect(paula.getByText('Wacht op uw handtekening', { exact: false }).or(paula.getByRole('list', { name: 'Aanvragen' }).getByText('Actie zorgprofessional')).first()).toBeVisible();
  await checkAtEveryWidth(paula, 'orders-action');

  await paula.getByRole('link', { name: 'Nieuwe aanvraag' }).first().click();
  await expect(h1).toHaveText('Nieuwe aanvraag');
  await checkAtEveryWidth(paula, 'orders-new');
  await paula.getByRole('link', { name: /Huurmiddel aanvragen/ }).click();
  await expect(h1).toHaveText('Huurmiddel aanvragen');

  // Zonnehuis has no AD contract: the AD seat is offered but cannot be chosen there.
  const organisation = paula.getByRole('combobox', { name: 'Organisatie', exact: true });
  await organisation.selectOption({ label: 'Stichting Zonnehuis' });
  await paula.getByLabel('Zoek een hulpmiddel').fill('Rolstoel standaard');
  await paula.getByRole('combobox', { name: 'Hulpmiddel', exact: true }).selectOption({ label: 'Rolstoel standaard (HB-1001)' });
  const option = paula.getByRole('combobox', { name: 'Uitvoering', exact: true });
  await expect(paula.getByTestId('no-ad-contract')).toContainText(
    'Uw organisatie heeft geen AD-contract: bel uw vestiging',
  );
  await expect(option.locator('option', { hasText: 'Plankzitting met AD-kussen' })).toBeDisabled();

  // De Linde has one: Paula orders the wheelchair with the AD seat for Mrs Jansen.
  await organisation.selectOption({ label: 'Zorggroep De Linde' });
  await paula.getByRole('combobox', { name: 'Hulpmiddel', exact: true }).selectOption({ label: 'Rolstoel standaard (HB-1001)' });
  await expect(paula.getByTestId('no-ad-contract')).toHaveCount(0);
  await option.selectOption({ label: 'Plankzitting met AD-kussen' });
  await paula.getByLabel('Naam cliënt').fill('Mevrouw A. Jansen');
  await paula.getByLabel('Geboortedatum').fill('1938-04-12');
  await paula.getByRole('textbox', { name: 'Straat', exact: true }).fill('Lindelaan');
  await paula.getByRole('textbox', { name: 'Huisnummer', exact: true }).fill('12');
  await paula.getByRole('textbox', { name: 'Postcode', exact: true }).fill('3511 AB');
  await paula.getByRole('textbox', { name: 'Plaats', exact: true }).fill('Utrecht');
  await paula.getByLabel('Naam contactpersoon').fill('Karin Jansen');
  await paula.getByLabel('Telefoonnummer contactpersoon').fill('0612345678');
  await paula.getByRole('radio', { name: 'Nee' }).check({ force: true });
  await paula.getByLabel('Gewenste datum').fill(day(1));
  await checkAtEveryWidth(paula, 'orders-rental-form');
  await paula.getByRole('button', { name: 'Aanvraag indienen' }).click();

  // --- The confirmation: send the PDF to a colleague, it arrives with the PDF attached --------
  await expect(h1).toHaveText('Uw aanvraag is ontvangen');
  const lead = (await paula.getByText(/^Aanvraagnummer HB-\d{4}-\d{6}/).first().textContent()) ?? '';
  const number = /HB-\d{4}-\d{6}/.exec(lead)?.[0] ?? '';
  expect(number).not.toBe('');
  await checkAtEveryWidth(paula, 'orders-placed');
  await paula.getByRole('button', { name: 'Verstuur aanvraag' }).click();
  const send = paula.getByRole('dialog', { name: `Verstuur aanvraag ${number}` });
  await send.getByRole('button', { name: 'E-mailadres toevoegen' }).click();
  await send.getByLabel('E-mailadres 1', { exact: true }).fill(colleague);
  await checkDialog(paula, 'send');
  await send.getByRole('button', { name: 'Versturen' }).click();
  await expect(paula.getByText(/^De aanvraag is verstuurd naar/)).toBeVisible();

  let mails: DevMail[] = [];
  await expect
    .poll(
      async () => {
        const response = await paula.request.get(`${baseUrl}/api/v1/dev/mail`, {
          params: { to: colleague },
        });
        mails = (await response.json()) as DevMail[];
        return mails.length;
      },
      { timeout: 20_000 },
    )
    .toBe(1);
  const [attachment] = mails[0]?.attachments ?? [];
  if (!attachment) throw new Error(`the mail to ${colleague} has no attachment`);
  expect(attachment.filename).toBe(`${number}.pdf`);
  expect(attachment.content_type).toBe('application/pdf');
  const pdf = await (await paula.request.get(`${baseUrl}${attachment.url}`)).body();
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBe(attachment.size);

  // --- Open orders: searching for its number finds it, received -------------------------------
  await paula.getByRole('link', { name: 'Naar de openstaande aanvragen' }).click();
  await expect(h1).toHaveText('Openstaande aanvragen');
  await paula.getByLabel('Zoeken', { exact: true }).fill(number);
  await expect(paula).toHaveURL(new RegExp(`q=${number}`));
  const listed = paula.getByRole('link', { name: 'Levering huurmiddel · Mevrouw A. Jansen' });
  await expect(paula.getByText(`Aanvraagnummer ${number}`)).toBeVisible();
  await expect(listed).toBeVisible();
  await listed.click();
  await expect(h1).toHaveText(`Aanvraag ${number}`);
  await expect(paula.getByText('Mevrouw A. Jansen').first()).toBeVisible();
  await checkAtEveryWidth(paula, 'orders-order');

  // --- Bea, at the branch: plans it for today, then records the delivery ---------------------
  const bea = await logInToConsole(browser, baseUrl, BEA);
  await bea.getByRole('navigation').getByRole('link', { name: 'Orders' }).first().click();
  await expect(bea.getByRole('heading', { level: 1 })).toHaveText('Orders');
  const search = bea.getByRole('search', { name: 'Orders zoeken' });
  await search.getByLabel('Cliënt, ordernummer of hulpmiddel').fill(number);
  await search.getByRole('button').click();
  await expect(bea).toHaveURL(new RegExp(`q=${number}`));
  await checkAtEveryWidth(bea, 'orders-console-list');
  await bea.getByRole('link', { name: new RegExp(number) }).first().click();
  await expect(bea.getByRole('heading', { level: 1 })).toHaveText(new RegExp(number));
  await checkAtEveryWidth(bea, 'orders-console-order');
  for (const [status, label] of [
    ['Ingepland', 'Ingepland op'],
    ['Geleverd', 'Geleverd op'],
  ] as const) {
    const next = bea.getByRole('radiogroup', { name: /Nieuwe status/ });
    await next.getByText(status, { exact: true }).click();
    await expect(next.getByRole('radio', { name: new RegExp(`^${status}`) })).toBeChecked();
    const date = bea.locator('#order-change-date');
    await expect(bea.locator('label[for="order-change-date"]')).toContainText(label);
    await date.fill(day(0));
    await bea.getByRole('button', { name: 'Status wijzigen' }).click();
    await expect(bea.getByText(`De status is nu: ${status}.`)).toBeVisible();
  }

  // --- Paula: the rental is outstanding, delivered today --------------------------------------
  await paula.reload();
  await expect(paula.getByText('Geleverd').first()).toBeVisible();
  await paula
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Aanvragen' })
    .click();
  await expect(h1).toHaveText('Openstaande aanvragen');
  await paula.getByRole('link', { name: 'Uitstaande huurmiddelen' }).first().click();
  await expect(h1).toHaveText('Uitstaande huurmiddelen');
  const outstanding = paula.getByRole('listitem').filter({ hasText: number }).or(
    paula.getByRole('row').filter({ hasText: number }),
  );
  await expect(outstanding.first()).toContainText('0 dagen');
  await checkAtEveryWidth(paula, 'orders-rentals');
  await paula.getByRole('link', { name: 'Beëindigde trajecten' }).first().click();
  await expect(h1).toHaveText('Beëindigde trajecten');
  await checkAtEveryWidth(paula, 'orders-ended');
});
