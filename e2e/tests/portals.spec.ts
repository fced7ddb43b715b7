import {
  expect,
  expectNoSeriousA11yViolations,
  saveScreenshot,
  setWidth,
  skipWithoutChromium,
  test,
  WIDTHS,
} from '../support/fixtures';
import type { Page } from '@playwright/test';

skipWithoutChromium();

/** Clicks the visible NL/FR/EN segment, as a user would (the radio input itself is hidden). */
async function chooseLanguage(page: Page, name: string): Promise<void> {
  await page.getByRole('radiogroup').locator('label').filter({ hasText: name }).click();
  await expect(page.getByRole('radio', { name })).toBeChecked();
}

/** The first heading of each landing page, in nl, fr and en. */
const PORTALS = {
  partner: {
    nl: 'Hulp thuis regelen, voor uzelf of voor een ander',
    fr: "Organiser de l'aide à domicile, pour vous ou pour un proche",
    en: 'Arrange help at home, for yourself or for someone else',
  },
  provider: {
    nl: 'Help mensen in je buurt, als vrijwilliger of als professional',
    fr: 'Aidez les gens de votre quartier, comme bénévole ou comme professionnel',
    en: 'Help people in your neighbourhood, as a volunteer or as a professional',
  },
  pro: {
    nl: 'Hulpmiddelen en Wlz-aanvragen overzichtelijk op één plek',
    fr: 'Aides techniques et demandes Wlz, clairement réunies au même endroit',
    en: 'Assistive devices and Wlz orders, clearly in one place',
  },
} as const;

for (const [portal, headings] of Object.entries(PORTALS)) {
  test.describe(`${portal} portal`, () => {
    test('landing page speaks Dutch, French and English and remembers the choice', async ({
      page,
      baseUrl,
    }) => {
      await page.goto(`${baseUrl}/${portal}/`);
      const h1 = page.getByRole('heading', { level: 1 });
      await expect(h1).toHaveText(headings.nl);
      await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
      // The health check went through the generated client to the real API.
      await expect(page.getByText('Dienststatus: Alles werkt')).toBeVisible();

      await chooseLanguage(page, 'Français');
      await expect(h1).toHaveText(headings.fr);
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
      await expect(page.getByText('État du service : Tout fonctionne')).toBeVisible();

      await page.reload();
      await expect(h1).toHaveText(headings.fr);

      await chooseLanguage(page, 'English');
      await expect(h1).toHaveText(headings.en);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    });

    for (const width of WIDTHS) {
      test(`has no serious accessibility problems at ${width} px`, async ({ page, baseUrl }) => {
        await setWidth(page, width);
        await page.goto(`${baseUrl}/${portal}/`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(headings.nl);
        await expect(page.getByText('Dienststatus: Alles werkt')).toBeVisible();
        const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(pageWidth, 'no horizontal scrolling').toBeLessThanOrEqual(width);

        await expectNoSeriousA11yViolations(page, `/${portal}/ at ${width} px`);
        await saveScreenshot(page, `${portal}-${width}`);
      });
    }

    test('the burger menu opens the navigation on a phone', async ({ page, baseUrl }) => {
      await setWidth(page, 360);
      await page.goto(`${baseUrl}/${portal}/`);
      const navigation = page.getByRole('navigation', { name: 'Hoofdmenu' });
      await expect(navigation).toBeHidden();

      await page.getByRole('button', { name: 'Menu openen' }).click();
      await expect(navigation).toBeVisible();
      await expect(navigation.getByRole('link', { name: 'Start' })).toBeVisible();
      await expectNoSeriousA11yViolations(page, `/${portal}/ menu open at 360 px`);
      await saveScreenshot(page, `${portal}-360-menu`);
    });

    test('keyboard users can skip to the content with a visible focus', async ({
      page,
      baseUrl,
    }) => {
      await page.goto(`${baseUrl}/${portal}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(headings.nl);
      await page.keyboard.press('Tab');
      const skipLink = page.getByRole('link', { name: 'Direct naar de inhoud' });
      await expect(skipLink).toBeFocused();
      await expect(skipLink).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('main')).toBeFocused();
    });

    test('an unknown address shows the not-found page', async ({ page, baseUrl }) => {
      await page.goto(`${baseUrl}/${portal}/this/does/not/exist`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
      await page.getByRole('link', { name: 'Naar de startpagina' }).click();
      await expect(page).toHaveURL(new RegExp(`/${portal}/?$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(headings.nl);
    });
  });
}
