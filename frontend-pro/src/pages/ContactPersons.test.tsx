import {
  json,
  noContent,
  problem,
  renderWithProviders,
  type StubAnswer,
} from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../AppRoutes';
import type { Member } from '../api/members';
import { translations } from '../locales';
import { JOOST, LINDE_ID, memberPath, PAULA_MEMBER, proApi, SANNE } from '../test/proApi';

const LIST = '/my-details/contact-persons';
const MEMBERS_API = `/api/v1/organisations/${LINDE_ID}/members`;

function render(
  route: string,
  options: { admin?: boolean; members?: Member[] } = {},
  routes: Record<string, StubAnswer> = {},
) {
  const api = proApi(options, routes);
  return { api, ...renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch, route }) };
}

const list = () => screen.getByRole('list', { name: 'Contactpersonen' });

describe('my contact persons', () => {
  it('lists every contact person with function, department, rights, status and 2FA', async () => {
    render(LIST);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mijn contactpersonen' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(within(list()).getAllByRole('listitem')).toHaveLength(3));
    expect(screen.getByTestId('contact-persons-count')).toHaveTextContent('3 contactpersonen');

    const rows = within(list()).getAllByRole('listitem');
    const [joost, sanne, paula] = rows as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(joost).getByRole('link', { name: 'Joost Bakker' })).toHaveAttribute(
      'href',
      `${LIST}/${JOOST.id}`,
    );
    await waitFor(() => expect(joost).toHaveTextContent('Administratief medewerker · Planning'));
    // A contact without log-in is only that: no invitation, no second factor to speak of.
    expect(joost).toHaveTextContent('Geen toegang');
    expect(joost).not.toHaveTextContent('Uitgenodigd');
    expect(joost).not.toHaveTextContent('2FA');
    expect(sanne).toHaveTextContent('Planner · Planning');
    expect(sanne).toHaveTextContent('Medewerker');
    expect(sanne).toHaveTextContent('Actief');
    expect(sanne).toHaveTextContent('2FA ingesteld');
    expect(paula).toHaveTextContent('Beheerder');
    expect(within(paula).getByText('U')).toBeInTheDocument();
  });

  it('offers "Add contact person" to admins only', async () => {
    const { unmount } = render(LIST, { admin: true });
    expect(await screen.findByRole('link', { name: 'Contactpersoon toevoegen' })).toHaveAttribute(
      'href',
      `${LIST}/new`,
    );
    unmount();

    render(LIST, { admin: false });
    await screen.findByRole('heading', { level: 1, name: 'Mijn contactpersonen' });
    await waitFor(() => expect(within(list()).getAllByRole('listitem')).toHaveLength(3));
    expect(
      screen.queryByRole('link', { name: 'Contactpersoon toevoegen' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByText(
        'Mist u een contactpersoon? Vraag een beheerder van het klantportaal om deze persoon toe te voegen.',
      ),
    ).toBeInTheDocument();
  });

  it('searches as you type and says when nobody matches', async () => {
    const user = userEvent.setup();
    const { api } = render(LIST);
    await waitFor(() => expect(within(list()).getAllByRole('listitem')).toHaveLength(3));

    await user.type(screen.getByRole('searchbox', { name: /Zoek een contactpersoon/ }), 'sanne');
    await waitFor(() => expect(within(list()).getAllByRole('listitem')).toHaveLength(1));
    expect(within(list()).getByRole('link', { name: 'Sanne de Vries' })).toBeInTheDocument();
    expect(api.callsTo('GET', MEMBERS_API).at(-1)?.search).toContain('q=sanne');

    await user.clear(screen.getByRole('searchbox', { name: /Zoek een contactpersoon/ }));
    await user.type(screen.getByRole('searchbox', { name: /Zoek een contactpersoon/ }), 'niemand');
    expect(
      await screen.findByText('Geen contactpersoon gevonden met „niemand”.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Contactpersonen' })).not.toBeInTheDocument();
  });

  it('shows long lists 20 at a time, "Show more" loading the next page by its cursor', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 23 }, (_, index) => ({
      ...SANNE,
      id: `0192f0c4-0000-7000-8000-${String(index).padStart(12, '0')}`,
      full_name: `Collega ${String(index + 1).padStart(2, '0')}`,
    }));
    const { api } = render(LIST, { members: many });
    await waitFor(() => expect(within(list()).getAllByRole('listitem')).toHaveLength(20));
    expect(screen.getByTestId('contact-persons-count')).toHaveTextContent(
      '20 contactpersonen getoond, er zijn er meer',
    );
    expect(api.callsTo('GET', MEMBERS_API).at(-1)?.search).not.toContain('cursor=');

    await user.click(screen.getByRole('button', { name: 'Meer tonen' }));
    await waitFor(() => expect(within(list()).getAllByRole('listitem')).toHaveLength(23));
    expect(within(list()).getByRole('link', { name: 'Collega 21' })).toBeInTheDocument();
    expect(api.callsTo('GET', MEMBERS_API).at(-1)?.search).toContain('cursor=20');
    expect(screen.getByTestId('contact-persons-count')).toHaveTextContent('23 contactpersonen');
    expect(screen.queryByRole('button', { name: 'Meer tonen' })).not.toBeInTheDocument();
  });

  it('shows an old link to a page number from the start of the list', async () => {
    const { api } = render(`${LIST}?page=4`);
    await waitFor(() => expect(within(list()).getAllByRole('listitem')).toHaveLength(3));
    expect(api.callsTo('GET', MEMBERS_API).at(-1)?.search).not.toContain('cursor=');
    expect(screen.queryByRole('button', { name: 'Meer tonen' })).not.toBeInTheDocument();
  });
});

describe('a contact person', () => {
  it('shows an employee the details and no actions', async () => {
    render(`${LIST}/${SANNE.id}`, { admin: false });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sanne de Vries' }),
    ).toBeInTheDocument();
    expect(screen.getByText('sanne@delinde.demo')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '06 1234 5678' })).toHaveAttribute(
      'href',
      'tel:+31612345678',
    );
    expect(screen.getByText('9 maart 1984')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Beheer' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Rechten' })).not.toBeInTheDocument();
    for (const name of [
      /aanpassen/i,
      /Verwijderen/,
      /Tweestapsverificatie wissen/,
      /Rechten opslaan/,
    ]) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
      expect(screen.queryByRole('link', { name })).not.toBeInTheDocument();
    }
  });

  it('shows an admin the actions: edit, rights, reset 2FA and delete', async () => {
    render(`${LIST}/${SANNE.id}`, { admin: true });
    const actions = await screen.findByRole('region', { name: 'Beheer' });
    expect(within(actions).getByRole('link', { name: 'Gegevens aanpassen' })).toHaveAttribute(
      'href',
      `${LIST}/${SANNE.id}/edit`,
    );
    expect(
      within(actions).getByRole('button', { name: 'Tweestapsverificatie wissen' }),
    ).toBeInTheDocument();
    expect(within(actions).getByRole('button', { name: 'Verwijderen' })).toBeInTheDocument();
    const rights = screen.getByRole('region', { name: 'Rechten' });
    expect(
      within(rights).getByRole('switch', { name: 'Beheerder klantportaal' }),
    ).not.toBeChecked();
    expect(within(rights).getByRole('switch', { name: 'Medewerker klantportaal' })).toBeChecked();
  });

  it('changes the rights, and shows the last-admin refusal with the switches back as saved', async () => {
    const user = userEvent.setup();
    let refuse = false;
    const { api } = render(
      `${LIST}/${SANNE.id}`,
      { admin: true },
      {
        [`PUT ${memberPath(SANNE)}/rights`]: (call) =>
          refuse
            ? problem(409, {
                detail:
                  'Een organisatie heeft minstens één beheerder nodig: maak eerst iemand anders beheerder.',
              })
            : json({ ...SANNE, ...(call.body as object) }),
      },
    );
    const rights = await screen.findByRole('region', { name: 'Rechten' });
    const admin = within(rights).getByRole('switch', { name: 'Beheerder klantportaal' });
    const save = within(rights).getByRole('button', { name: 'Rechten opslaan' });
    expect(save).toBeDisabled();

    await user.click(admin);
    expect(within(rights).getByTestId('rights-combination')).toHaveTextContent(
      'Beheerder klantportaal aan en medewerker klantportaal aan',
    );
    await user.click(save);
    expect(await within(rights).findByText('De rechten zijn opgeslagen.')).toBeInTheDocument();
    expect(api.callsTo('PUT', `${memberPath(SANNE)}/rights`)[0]?.body).toEqual({
      portal_admin: true,
      portal_employee: true,
    });
    expect(
      await screen.findByText('Beheerder', { selector: '.mantine-Badge-label' }),
    ).toBeInTheDocument();

    refuse = true;
    await user.click(admin);
    await user.click(within(rights).getByRole('button', { name: 'Rechten opslaan' }));
    expect(await within(rights).findByRole('alert')).toHaveTextContent(
      'Een organisatie heeft minstens één beheerder nodig',
    );
    expect(admin).toBeChecked();
  });

  it('warns before resetting the two-step verification and needs the talk with Kring’s IT first', async () => {
    const user = userEvent.setup();
    const { api } = render(
      `${LIST}/${SANNE.id}`,
      { admin: true },
      {
        [`DELETE ${memberPath(SANNE)}/mfa`]: noContent(),
      },
    );
    const actions = await screen.findByRole('region', { name: 'Beheer' });
    await user.click(within(actions).getByRole('button', { name: 'Tweestapsverificatie wissen' }));

    const dialog = await screen.findByRole('dialog', { name: 'Tweestapsverificatie wissen' });
    expect(within(dialog).getByTestId('reset-mfa-warning')).toHaveTextContent(
      'Wis de tweestapsverificatie alleen na overleg met de IT-beheerder van Kring.',
    );
    expect(within(dialog).getByRole('link', { name: '088 513 8484' })).toHaveAttribute(
      'href',
      'tel:+31885138484',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Tweestapsverificatie wissen' }));
    expect(
      within(dialog).getByText('Overleg eerst met de IT-beheerder van Kring en vink dit dan aan.'),
    ).toBeInTheDocument();
    expect(api.callsTo('DELETE', `${memberPath(SANNE)}/mfa`)).toHaveLength(0);

    await user.click(
      within(dialog).getByRole('checkbox', {
        name: 'Ik heb dit overlegd met de IT-beheerder van Kring',
      }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Tweestapsverificatie wissen' }));
    expect(
      await within(actions).findByText(/De tweestapsverificatie van Sanne de Vries is gewist/),
    ).toBeInTheDocument();
    expect(api.callsTo('DELETE', `${memberPath(SANNE)}/mfa`)).toHaveLength(1);
  });

  it('shows the API’s refusal to reset someone who also works elsewhere', async () => {
    const user = userEvent.setup();
    render(
      `${LIST}/${SANNE.id}`,
      { admin: true },
      {
        [`DELETE ${memberPath(SANNE)}/mfa`]: problem(409, {
          detail: 'Deze persoon werkt ook voor een andere organisatie: vraag Kring.',
        }),
      },
    );
    const actions = await screen.findByRole('region', { name: 'Beheer' });
    await user.click(within(actions).getByRole('button', { name: 'Tweestapsverificatie wissen' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('checkbox'));
    await user.click(within(dialog).getByRole('button', { name: 'Tweestapsverificatie wissen' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Deze persoon werkt ook voor een andere organisatie: vraag Kring.',
    );
  });

  it('deletes after a confirmation and goes back to the list', async () => {
    const user = userEvent.setup();
    const { api } = render(
      `${LIST}/${SANNE.id}`,
      { admin: true },
      {
        [`DELETE ${memberPath(SANNE)}`]: noContent(),
      },
    );
    const actions = await screen.findByRole('region', { name: 'Beheer' });
    await user.click(within(actions).getByRole('button', { name: 'Verwijderen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Contactpersoon verwijderen' });
    expect(dialog).toHaveTextContent(
      'Weet u zeker dat u Sanne de Vries wilt verwijderen als contactpersoon van Zorggroep De Linde?',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Nee, annuleren' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsTo('DELETE', memberPath(SANNE))).toHaveLength(0);

    await user.click(within(actions).getByRole('button', { name: 'Verwijderen' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ja, verwijderen' }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mijn contactpersonen' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Sanne de Vries is verwijderd als contactpersoon.'),
    ).toBeInTheDocument();
    expect(api.callsTo('DELETE', memberPath(SANNE))).toHaveLength(1);
  });

  it('shows the last-admin refusal of a delete in the dialog', async () => {
    const user = userEvent.setup();
    const other = { ...SANNE, portal_admin: true };
    render(
      `${LIST}/${SANNE.id}`,
      { admin: true, members: [JOOST, other, PAULA_MEMBER] },
      {
        [`DELETE ${memberPath(SANNE)}`]: problem(409, {
          detail: 'Een organisatie heeft minstens één beheerder nodig.',
        }),
      },
    );
    const actions = await screen.findByRole('region', { name: 'Beheer' });
    await user.click(within(actions).getByRole('button', { name: 'Verwijderen' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Ja, verwijderen' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Een organisatie heeft minstens één beheerder nodig.',
    );
  });

  it('does not offer an admin to delete or reset themselves', async () => {
    render(`${LIST}/${PAULA_MEMBER.id}`, { admin: true });
    const actions = await screen.findByRole('region', { name: 'Beheer' });
    expect(within(actions).queryByRole('button', { name: 'Verwijderen' })).not.toBeInTheDocument();
    expect(
      within(actions).queryByRole('button', { name: 'Tweestapsverificatie wissen' }),
    ).not.toBeInTheDocument();
    expect(
      within(actions).getByRole('link', { name: 'Naar de beveiliging van mijn account' }),
    ).toHaveAttribute('href', '/account/security');
  });

  it('lets an admin edit a colleague’s details, with the e-mail read-only', async () => {
    const user = userEvent.setup();
    const { api } = render(
      `${LIST}/${SANNE.id}/edit`,
      { admin: true },
      {
        [`PATCH ${memberPath(SANNE)}`]: (call) => json({ ...SANNE, ...(call.body as object) }),
      },
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Contactpersoon aanpassen' }),
    ).toBeInTheDocument();
    expect(await screen.findByLabelText(/^Mobiel/)).toHaveValue('06 1234 5678');
    expect(screen.getByTestId('email-read-only')).toHaveTextContent('sanne@delinde.demo');
    expect(screen.getByRole('switch', { name: 'E-mail diensten' })).toHaveAccessibleDescription(
      /De contactpersoon ontvangt geen e-mails\./,
    );
    await waitFor(() =>
      expect(screen.getByLabelText(/^Functie\b/, { selector: 'select' })).toHaveValue('221'),
    );
    await user.selectOptions(
      screen.getByLabelText(/^Functie\b/, { selector: 'select' }),
      '210', // P&O Manager
    );
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sanne de Vries' }),
    ).toBeInTheDocument();
    expect(screen.getByText('De gegevens zijn opgeslagen.')).toBeInTheDocument();
    expect(api.callsTo('PATCH', memberPath(SANNE))[0]?.body).toEqual({ function_code: 210 });
  });

  it('keeps employees out of the edit page', async () => {
    render(`${LIST}/${SANNE.id}/edit`, { admin: false });
    expect(await screen.findByText('Alleen voor beheerders')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Opslaan' })).not.toBeInTheDocument();
  });
});
