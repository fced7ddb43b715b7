import { json, problem, renderWithProviders, type StubAnswer } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../AppRoutes';
import type { Member } from '../api/members';
import { translations } from '../locales';
import { LINDE_ID, proApi, SANNE } from '../test/proApi';

const ADD = '/my-details/contact-persons/new';
const MEMBERS_API = `/api/v1/organisations/${LINDE_ID}/members`;

const PETRA: Member = {
  ...SANNE,
  id: '0192f0c4-0000-7000-8000-0000000000f1',
  email: 'petra@delinde.example',
  full_name: 'Petra van Dijk',
  first_name: 'Petra',
  prefix: 'van',
  last_name: 'Dijk',
  account_status: 'invited',
  has_second_factor: false,
};

function render(options: { admin?: boolean } = {}, routes: Record<string, StubAnswer> = {}) {
  const api = proApi(options, {
    [`GET ${MEMBERS_API}/${PETRA.id}`]: json(PETRA),
    ...routes,
  });
  return {
    api,
    ...renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch, route: ADD }),
  };
}

async function fillIn(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText(/^Voornaam/), 'Petra');
  await user.type(screen.getByLabelText(/^Voorvoegsel/), 'van');
  await user.type(screen.getByLabelText(/^Achternaam/), 'Dijk');
  await user.type(screen.getByLabelText(/^Geboortedatum/), '1980-04-12');
  await user.selectOptions(screen.getByLabelText(/^Geslacht/), 'female');
  await user.type(screen.getByLabelText(/^E-mailadres/), 'petra@delinde.example');
  await user.type(screen.getByLabelText(/^Mobiel/), '06 12345678');
  await user.type(screen.getByLabelText(/^Afdeling/), 'Planning');
  await waitFor(() =>
    expect(
      within(screen.getByLabelText(/^Functie\b/, { selector: 'select' })).getAllByRole('option'),
    ).toHaveLength(7),
  );
  await user.selectOptions(screen.getByLabelText(/^Functie\b/, { selector: 'select' }), '221');
}

describe('adding a contact person', () => {
  it('has Careflex’s form: functions from the list, flags and rights with their explanations', async () => {
    render();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Contactpersoon toevoegen' }),
    ).toBeInTheDocument();
    const functions = screen.getByLabelText(/^Functie\b/, { selector: 'select' });
    await waitFor(() => expect(within(functions).getAllByRole('option')).toHaveLength(7));
    expect(functions).toHaveAccessibleDescription('De functie heeft geen invloed op de rechten.');
    expect(screen.getByLabelText(/^Functie op visitekaart/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Geboortedatum/)).toHaveAttribute('type', 'date');
    expect(
      within(screen.getByLabelText(/^Geslacht/))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Maak een keuze', 'Vrouw', 'Man', 'Anders']);

    expect(screen.getByRole('switch', { name: 'E-mail diensten' })).toHaveAccessibleDescription(
      /Aan: De contactpersoon ontvangt een dienstbevestiging via e-mail voor alle projecten waar hij\/zij lid van is\./,
    );
    expect(
      screen.getByRole('switch', { name: 'Contactpersoon voor alle projecten' }),
    ).toHaveAccessibleDescription(/Wees dus voorzichtig met deze knop\./);
    const admin = screen.getByRole('switch', { name: 'Beheerder klantportaal' });
    const employee = screen.getByRole('switch', { name: 'Medewerker klantportaal' });
    expect(admin).not.toBeChecked();
    expect(employee).toBeChecked();
    expect(employee).toHaveAccessibleDescription(
      'Let op! Deze moet te allen tijde aan staan. Wanneer deze niet aanstaat kan de gebruiker niet meer inloggen.',
    );
    expect(screen.getByTestId('member-create-rights-combination')).toHaveTextContent(
      'Beheerder klantportaal uit en medewerker klantportaal aan',
    );
    await userEvent.setup().click(employee);
    expect(screen.getByTestId('member-create-rights-combination')).toHaveTextContent(
      'voor Kring als contactpersoon zichtbaar',
    );
  });

  it('checks the required fields and the e-mail address before sending', async () => {
    const user = userEvent.setup();
    const { api } = render();
    await screen.findByRole('heading', { level: 1, name: 'Contactpersoon toevoegen' });
    await user.click(screen.getByRole('button', { name: 'Aanmaken' }));

    const summary = await screen.findByTestId('error-summary');
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent('Voornaam: Vul de voornaam in.');
    expect(summary).toHaveTextContent('Achternaam: Vul de achternaam in.');
    expect(summary).toHaveTextContent('E-mailadres: Vul het e-mailadres in.');
    expect(screen.getByLabelText(/^Voornaam/)).toHaveAttribute('aria-invalid', 'true');

    await user.type(screen.getByLabelText(/^E-mailadres/), 'petra@');
    await user.click(screen.getByRole('button', { name: 'Aanmaken' }));
    expect(screen.getByLabelText(/^E-mailadres/)).toHaveAccessibleDescription(
      /Vul een geldig e-mailadres in/,
    );
    expect(api.callsTo('POST', MEMBERS_API)).toHaveLength(0);
  });

  it('shows on the e-mail field that the address already has an account', async () => {
    const user = userEvent.setup();
    render(
      {},
      {
        [`POST ${MEMBERS_API}`]: problem(409, {
          detail:
            'Deze persoon heeft al een account bij Kring. Vraag Kring om het aan uw organisatie te koppelen.',
        }),
      },
    );
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Aanmaken' }));

    await waitFor(() =>
      expect(screen.getByLabelText(/^E-mailadres/)).toHaveAccessibleDescription(
        /Deze persoon heeft al een account bij Kring\. Vraag Kring/,
      ),
    );
    expect(screen.getByTestId('error-summary')).toHaveTextContent(
      'E-mailadres: Deze persoon heeft al een account bij Kring.',
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Contactpersoon toevoegen');
  });

  it('creates the contact person and says the log-in e-mail comes within 60 minutes', async () => {
    const user = userEvent.setup();
    const { api } = render({}, { [`POST ${MEMBERS_API}`]: json(PETRA, 201) });
    await fillIn(user);
    await user.click(screen.getByRole('switch', { name: 'E-mail diensten' }));
    await user.click(screen.getByRole('button', { name: 'Aanmaken' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Petra van Dijk' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('member-added')).toHaveTextContent(
      'Petra krijgt binnen 60 minuten automatisch een e-mail op petra@delinde.example met de inloggegevens.',
    );
    expect(api.callsTo('POST', MEMBERS_API)[0]?.body).toEqual({
      initials: null,
      first_name: 'Petra',
      prefix: 'van',
      last_name: 'Dijk',
      birth_date: '1980-04-12',
      gender: 'female',
      nickname: null,
      address: null,
      postal_address: null,
      phone: null,
      mobile: '06 12345678',
      department: 'Planning',
      function_code: 221,
      function_on_business_card: null,
      email_services: true,
      contact_for_all_projects: false,
      email: 'petra@delinde.example',
      language: 'nl',
      portal_admin: false,
      portal_employee: true,
    });
  });

  it('is only for portal admins', async () => {
    render({ admin: false });
    expect(await screen.findByText('Alleen voor beheerders')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Aanmaken' })).not.toBeInTheDocument();
  });
});
