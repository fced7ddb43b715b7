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

skipWithoutChromium();

const ADVISOR = { email: 'advisor@kring.demo', totp: 'XMCVKQRAVFLXN4G7TFS5B6DLEA3LYY5B' };

test('the advisor keeps the skills list: 75 skills in groups, a new one last in its group', async ({
  browser,
  baseUrl,
}) => {
  const page = await logInToConsole(browser, baseUrl, ADVISOR);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Vaardigheden' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vaardigheden');
  await expect(page.getByTestId('skill')).toHaveCount(75);
  await expect(page.getByRole('region', { name: 'Huishouden' })).toContainText('Schoonmaken');
  await checkAtEveryWidth(page, 'staff-skills');

  await page.getByRole('button', { name: 'Vaardigheid toevoegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nieuwe vaardigheid' });
  await dialog.getByRole('combobox', { name: /^Groep/ }).selectOption({ label: 'Gezelschap en activiteiten' });
  await dialog.getByLabel(/^Naam in het Nederlands/).fill('Samen koken');
  await dialog.getByLabel(/^Naam in het Frans/).fill('Cuisiner ensemble');
  await dialog.getByLabel(/^Naam in het Engels/).fill('Cooking together');
  for (const width of [...WIDTHS].reverse()) {
    await setWidth(page, width);
    await page.waitForTimeout(400);
    await saveScreenshot(page, `staff-skills-add-${width}`);
    await expectNoSeriousA11yViolations(page, `skills add dialog at ${width} px`);
  }
  await setWidth(page, WIDTHS[0]);
  await dialog.getByRole('button', { name: 'Vaardigheid toevoegen' }).click();
  await expect(dialog).toBeHidden();
  const company = page.getByRole('region', { name: 'Gezelschap en activiteiten' });
  await expect(company.getByTestId('skill').last()).toContainText('Samen koken');
  await expect(page.getByTestId('skill')).toHaveCount(76);
});
