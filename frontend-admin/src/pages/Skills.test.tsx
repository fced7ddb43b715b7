import { json, renderWithProviders, type StubCall } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../AppRoutes';
import { translations } from '../locales';
import { staffApi } from '../test/adminApi';

const SKILLS = [
  { slug: 'schoonmaken', group: 'household', names: ['Schoonmaken', 'Nettoyage', 'Cleaning'] },
  { slug: 'gezelschap', group: 'company', names: ['Gezelschap', 'Compagnie', 'Company'] },
];
const GROUPS: Record<string, string[]> = {
  household: ['Huishouden', 'Ménage', 'Household'],
  company: ['Gezelschap en activiteiten', 'Compagnie et activités', 'Company and activities'],
};
const LANGUAGE_INDEX = { nl: 0, fr: 1, en: 2 } as const;
const id = (index: number) => `0192f0c4-0000-7000-8000-0000005c1${index}00`;

/** The public list in the language the request asks for. */
function skills(call: StubCall) {
  const language = (call.headers.get('accept-language') ?? 'nl') as keyof typeof LANGUAGE_INDEX;
  const at = LANGUAGE_INDEX[language];
  return json(
    SKILLS.map((skill, index) => ({
      id: id(index),
      slug: skill.slug,
      group: skill.group,
      group_name: GROUPS[skill.group]?.[at],
      name: skill.names[at],
    })),
  );
}

describe('skills', { timeout: 20_000 }, () => {
  it('lists the skills by group with their three names, and adds one to a group', async () => {
    const user = userEvent.setup();
    const api = staffApi('advisor', {
      'GET /api/v1/skills': skills,
      'POST /api/v1/admin/skills': json({}, 201),
    });
    renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch, route: '/' });
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    await user.click(await within(nav).findByRole('link', { name: 'Vaardigheden' }));
    const household = await screen.findByRole('region', { name: 'Huishouden' });
    expect(within(household).getByText('Schoonmaken')).toBeInTheDocument();
    expect(within(household).getByText('FR: Nettoyage · EN: Cleaning')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Gezelschap en activiteiten' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Vaardigheid toevoegen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nieuwe vaardigheid' });
    await user.click(within(dialog).getByRole('button', { name: 'Vaardigheid toevoegen' }));
    expect(await within(dialog).findByText('Kies een groep.', { selector: 'p, div' })).toBeTruthy();
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: /^Groep/ }),
      'Gezelschap en activiteiten',
    );
    await user.type(within(dialog).getByLabelText(/Naam in het Nederlands/), 'Samen koken');
    await user.type(within(dialog).getByLabelText(/Naam in het Frans/), 'Cuisiner ensemble');
    await user.type(within(dialog).getByLabelText(/Naam in het Engels/), 'Cooking together');
    expect(within(dialog).getByLabelText(/^Code/)).toHaveValue('samen-koken');
    await user.click(within(dialog).getByRole('button', { name: 'Vaardigheid toevoegen' }));
    await waitFor(() => expect(api.callsTo('POST', '/api/v1/admin/skills')).toHaveLength(1));
    expect(api.callsTo('POST', '/api/v1/admin/skills')[0]?.body).toEqual({
      name_nl: 'Samen koken',
      name_fr: 'Cuisiner ensemble',
      name_en: 'Cooking together',
      slug: 'samen-koken',
      group: 'company',
    });
  });

  it('is not in the menu of a branch member', async () => {
    const api = staffApi('branch', { 'GET /api/v1/skills': skills });
    renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch, route: '/' });
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    await within(nav).findByRole('link', { name: 'Start' });
    expect(within(nav).queryByRole('link', { name: 'Vaardigheden' })).not.toBeInTheDocument();
  });
});
