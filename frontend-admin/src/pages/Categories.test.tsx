import { json, problem, renderWithProviders, type StubCall } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../AppRoutes';
import { translations } from '../locales';
import { staffApi } from '../test/adminApi';

const NAMES = {
  nl: ['Klusjesmannen', 'Overige'],
  fr: ['Bricoleurs', 'Autres'],
  en: ['Handymen', 'Other'],
} as const;
const IDS = ['0192f0c4-0000-7000-8000-0000000ca701', '0192f0c4-0000-7000-8000-0000000ca7ff'];
const SLUGS = ['klusjesmannen', 'overige'];

/** The public list in the language the request asks for, "Overige" last as the API has it. */
function categories(call: StubCall) {
  const language = (call.headers.get('accept-language') ?? 'nl') as keyof typeof NAMES;
  return json(NAMES[language].map((name, index) => ({ id: IDS[index], slug: SLUGS[index], name })));
}

describe('categories', () => {
  it('lists the categories with their three names, and renames one', async () => {
    const user = userEvent.setup();
    const api = staffApi('advisor', {
      'GET /api/v1/categories': categories,
      [`PATCH /api/v1/admin/categories/${IDS[0]}`]: json({
        id: IDS[0],
        slug: 'klusjesmannen',
        position: 1,
        name_nl: 'Klussers',
        name_fr: 'Bricoleurs',
        name_en: 'Handymen',
      }),
    });
    renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch, route: '/' });
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    await user.click(await within(nav).findByRole('link', { name: 'Categorieën' }));

    const list = await screen.findByRole('list', { name: 'Categorieën' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'KlusjesmannenFR: Bricoleurs · EN: HandymenIn de zoekfunctie: klusjesmannenHernoemen: Klusjesmannen',
      'OverigeFR: Autres · EN: OtherIn de zoekfunctie: overigeHernoemen: Overige',
    ]);

    await user.click(screen.getByRole('button', { name: 'Hernoemen: Klusjesmannen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Categorie hernoemen' });
    const dutch = within(dialog).getByLabelText(/^Naam in het Nederlands/);
    expect(dutch).toHaveValue('Klusjesmannen');
    expect(within(dialog).queryByLabelText(/^Adres in de zoekfunctie/)).not.toBeInTheDocument();
    await user.clear(dutch);
    await user.type(dutch, 'K');
    await user.click(within(dialog).getByRole('button', { name: 'Hernoemen' }));
    expect(dutch).toHaveAccessibleDescription(/Gebruik minstens 2 tekens\./);
    await user.type(dutch, 'lussers');
    await user.click(within(dialog).getByRole('button', { name: 'Hernoemen' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsTo('PATCH', `/api/v1/admin/categories/${IDS[0]}`)[0]?.body).toEqual({
      name_nl: 'Klussers',
      name_fr: 'Bricoleurs',
      name_en: 'Handymen',
    });
  }, 20_000);

  it('adds a category with a slug from its Dutch name, and shows why the API refused', async () => {
    const user = userEvent.setup();
    const api = staffApi('advisor', {
      'GET /api/v1/categories': categories,
      'POST /api/v1/admin/categories': problem(409, {
        detail: 'Er is al een categorie met dit adres.',
      }),
    });
    renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch, route: '/categories' });
    await user.click(await screen.findByRole('button', { name: 'Categorie toevoegen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nieuwe categorie' });
    await user.type(within(dialog).getByLabelText(/^Naam in het Nederlands/), 'Tuin & terras');
    await user.type(within(dialog).getByLabelText(/^Naam in het Frans/), 'Jardin et terrasse');
    await user.type(within(dialog).getByLabelText(/^Naam in het Engels/), 'Garden and patio');
    expect(within(dialog).getByLabelText(/^Adres in de zoekfunctie/)).toHaveValue('tuin-terras');
    await user.click(within(dialog).getByRole('button', { name: 'Categorie toevoegen' }));

    expect(await within(dialog).findByText('Er is al een categorie met dit adres.')).toBeVisible();
    expect(api.callsTo('POST', '/api/v1/admin/categories')[0]?.body).toEqual({
      name_nl: 'Tuin & terras',
      name_fr: 'Jardin et terrasse',
      name_en: 'Garden and patio',
      slug: 'tuin-terras',
    });
  }, 20_000);

  it('is not in the menu of a role without the task', async () => {
    const api = staffApi('branch');
    renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch, route: '/' });
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    await within(nav).findByRole('link', { name: 'Organisaties' });
    expect(within(nav).queryByRole('link', { name: 'Categorieën' })).not.toBeInTheDocument();
  });
});
