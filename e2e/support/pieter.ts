import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * The demo provider seeded by `kring seed-demo` (a fresh database per run): Pieter, live, no
 * second factor. Several journeys of a run use him (the server is shared), so they compare his
 * figures with what his dashboard showed before they started, not with fixed numbers.
 */
export const PIETER = { email: 'provider@kring.demo', password: 'Zonnebloem-Kring-2026' };

/** Logs Pieter in on `page` at /provider/login; he lands on his dashboard. */
export async function logInAsPieter(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/provider/login`);
  await page.locator('#login-email').fill(PIETER.email);
  await page.locator('#login-password').fill(PIETER.password);
  await page.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(new RegExp(`/provider/?$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom, Pieter');
}

/** The dashboard's figures, as the page shows them. */
export interface Figures {
  requests: number;
  appointments: number;
  /** `null` while there is no review ("—"). */
  average: number | null;
  reviews: number;
  /** Requests waiting for his answer ("Er wacht(en) …" on the requests card). */
  waiting: number;
}

/** The region with the figures. */
export const statistics = (page: Page) => page.getByRole('region', { name: 'Statistieken' });

/** One figure's value (the `dd` beside its term), e.g. "12" or "4,0 uit 5(3 beoordelingen)". */
export const figure = (page: Page, testId: string): Locator =>
  statistics(page).getByTestId(testId).locator('dd');

/** The requests card: "Er wacht geen contactverzoek op je reactie.", "Er wachten 2 …". */
export const requestsCard = (page: Page) => page.getByRole('article', { name: 'Contactverzoeken' });

/** What the requests card says with `count` requests waiting (none of them late). */
export function waitingText(count: number): string {
  if (count === 0) return 'Er wacht geen contactverzoek op je reactie.';
  return count === 1
    ? 'Er wacht 1 contactverzoek op je reactie.'
    : `Er wachten ${count} contactverzoeken op je reactie.`;
}

/** Reads the dashboard's figures once they are there. */
export async function readFigures(page: Page): Promise<Figures> {
  await expect(statistics(page).getByTestId('stats-period')).toContainText('tot en met');
  const count = async (testId: string) => {
    const text = (await figure(page, testId).textContent()) ?? '';
    expect(text, testId).toMatch(/^\d+$/);
    return Number(text);
  };
  const rating = (await figure(page, 'stat-rating').textContent()) ?? '';
  const rated = rating.match(/^(\d+,\d) uit 5\((\d+) beoordeling(?:en)?\)$/);
  if (!rated) expect(rating, 'the rating without reviews').toBe('—nog geen beoordelingen');
  const waitingCount = /Er wacht(?:en)? (geen|\d+) contactverzoek/;
  await expect(requestsCard(page)).toContainText(waitingCount);
  const waiting = ((await requestsCard(page).textContent()) ?? '').match(waitingCount);
  return {
    requests: await count('stat-requests'),
    appointments: await count('stat-appointments'),
    average: rated ? Number(rated[1]?.replace(',', '.')) : null,
    reviews: rated ? Number(rated[2]) : 0,
    waiting: waiting?.[1] === 'geen' ? 0 : Number(waiting?.[1]),
  };
}

/** The rating in the partner portal's words, e.g. "4,5 van 5(2 beoordelingen)". */
export function publicRating({ average, reviews }: Figures): string {
  if (average === null) return 'Nog geen beoordelingen';
  const count = `(${reviews} beoordeling${reviews === 1 ? '' : 'en'})`;
  return `${average.toFixed(1).replace('.', ',')} van 5${count}`;
}

/**
 * Checks a rating shown after one more review of `stars` (in the partner portal's words "van 5",
 * in the provider's "uit 5"): one review more than `before`, and the average where the new stars
 * take it: exactly theirs when it is the first review, else within the rounding of the averages.
 */
export function expectRatingWithOneMore(
  shown: string,
  words: 'van' | 'uit',
  before: Figures,
  stars: number,
): void {
  const match = shown.match(new RegExp(`(\\d+,\\d) ${words} 5\\((\\d+) beoordeling(?:en)?\\)`));
  expect(match, shown).not.toBeNull();
  const average = Number(match?.[1]?.replace(',', '.'));
  expect(Number(match?.[2]), shown).toBe(before.reviews + 1);
  const expected = ((before.average ?? 0) * before.reviews + stars) / (before.reviews + 1);
  expect(Math.abs(average - expected), shown).toBeLessThanOrEqual(before.reviews === 0 ? 0 : 0.1);
}
