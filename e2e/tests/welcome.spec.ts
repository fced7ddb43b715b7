import {
  expect,
  expectNoSeriousA11yViolations,
  saveScreenshot,
  setWidth,
  skipWithoutChromium,
  test,
  WIDTHS,
} from '../support/fixtures';

skipWithoutChromium();

test('the welcome page links the three portals, the API docs and the dev mailbox', async ({
  page,
  baseUrl,
}) => {
  await page.goto(`${baseUrl}/`);
  for (const path of ['/partner/', '/provider/', '/pro/', '/docs', '/dev/mail']) {
    await expect(page.locator(`a[href="${path}"]`).first()).toBeVisible();
  }
});

test('a welcome-page link leads to a working portal', async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}/`);
  await page.locator('a[href="/provider/"]').first().click();
  await expect(page).toHaveURL(`${baseUrl}/provider/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

for (const width of WIDTHS) {
  test(`the welcome page has no serious accessibility problems at ${width} px`, async ({
    page,
    baseUrl,
  }) => {
    await setWidth(page, width);
    await page.goto(`${baseUrl}/`);
    await expectNoSeriousA11yViolations(page, `/ at ${width} px`);
    await saveScreenshot(page, `welcome-${width}`);
  });
}
