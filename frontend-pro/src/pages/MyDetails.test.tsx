import { json, problem, renderWithProviders, type StubAnswer } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../AppRoutes';
import { translations } from '../locales';
import { memberPath, PAULA_MEMBER, proApi } from '../test/proApi';

function render(
  route: string,
  options: { admin?: boolean } = {},
  routes: Record<string, StubAnswer> = {},
) {
  const api = proApi(options, routes);
  return { api, ...renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch, route }) };
}

describe('my details', () => {
  it('shows three tiles: my contact details, my organisation, my contact persons', async () => {
    render('/my-details');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mijn gegevens' }),
    ).toBeInTheDocument();
    const tiles = within(screen.getByRole('main')).getAllByRole('listitem');
    expect(tiles.map((tile) => within(tile).getByRole('heading').textContent)).toEqual([
      'Mijn contactgegevens',
      'Mijn organisatie',
      'Mijn contactpersonen',
    ]);
    expect(screen.getByRole('link', { name: /Mijn organisatie/ })).toHaveAttribute(
      'href',
      '/my-details/organisation',
    );
    expect(screen.getByRole('link', { name: /Mijn organisatie/ })).toHaveTextContent(
      'Zorggroep De Linde',
    );
  });

  it('summarises my contact details with Adjust at the top', async () => {
    render('/my-details/contact', { admin: false });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mijn contactgegevens' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Paula Zorgprofessional')).toBeInTheDocument();
    expect(screen.getByText('Directie')).toBeInTheDocument();
    expect(await screen.findByText('Directeur')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Aanpassen' })).toHaveAttribute(
      'href',
      '/my-details/contact/edit',
    );
    expect(
      screen.getByText(
        'Uw rechten kan alleen een beheerder van het klantportaal van uw organisatie wijzigen.',
      ),
    ).toBeInTheDocument();
    const breadcrumbs = screen.getByRole('navigation', { name: 'Kruimelpad' });
    expect(within(breadcrumbs).getByRole('link', { name: 'Mijn gegevens' })).toHaveAttribute(
      'href',
      '/my-details',
    );
  });
});

describe('adjusting my personal details', () => {
  it('explains each flag in Careflex’s words, keeps the e-mail read-only, and saves only changes', async () => {
    const user = userEvent.setup();
    const { api } = render(
      '/my-details/contact/edit',
      { admin: false },
      {
        'PATCH /api/v1/me/contact-details': (call) =>
          json({ ...PAULA_MEMBER, portal_admin: false, ...(call.body as object) }),
      },
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Aanpassen persoonsgegevens' }),
    ).toBeInTheDocument();

    const emailServices = await screen.findByRole('switch', { name: 'E-mail diensten' });
    expect(emailServices).toBeChecked();
    expect(emailServices).toHaveAccessibleDescription(
      /Aan: U ontvangt een dienstbevestiging via e-mail voor alle projecten waar u lid van bent\..*Uit: U ontvangt geen e-mails\./,
    );
    const allProjects = screen.getByRole('switch', { name: 'Contactpersoon voor alle projecten' });
    expect(allProjects).not.toBeChecked();
    expect(allProjects).toHaveAccessibleDescription(/Wees dus voorzichtig met deze knop\./);

    // The e-mail address is read-only, with whom to ask.
    expect(screen.getByTestId('email-read-only')).toHaveTextContent('pro@kring.demo');
    expect(screen.queryByRole('textbox', { name: /E-mailadres/ })).not.toBeInTheDocument();
    expect(
      screen.getByText(
        /Vraag het de beheerder van het klantportaal van uw organisatie, of Kring\./,
      ),
    ).toBeInTheDocument();

    // An employee has no rights switches here.
    expect(
      screen.queryByRole('switch', { name: 'Beheerder klantportaal' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Rechten' })).not.toBeInTheDocument();

    await user.click(emailServices);
    await user.clear(screen.getByLabelText(/^Afdeling/));
    await user.type(screen.getByLabelText(/^Afdeling/), 'Raad van bestuur');
    await user.selectOptions(screen.getByLabelText(/^Geslacht/), 'Vrouw');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mijn contactgegevens' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Uw gegevens zijn opgeslagen.');
    expect(api.callsTo('PATCH', '/api/v1/me/contact-details')[0]?.body).toEqual({
      email_services: false,
      department: 'Raad van bestuur',
      gender: 'female',
    });
  });

  it('warns before I leave all projects', async () => {
    const user = userEvent.setup();
    render(
      '/my-details/contact/edit',
      { admin: false },
      {
        'GET /api/v1/me/contact-details': json({
          ...PAULA_MEMBER,
          portal_admin: false,
          contact_for_all_projects: true,
        }),
      },
    );
    const allProjects = await screen.findByRole('switch', {
      name: 'Contactpersoon voor alle projecten',
    });
    expect(screen.queryByText('Wees voorzichtig met deze knop')).not.toBeInTheDocument();
    await user.click(allProjects);
    expect(screen.getByText('Wees voorzichtig met deze knop')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Als u opslaat, wordt u uit alle huidige projecten van uw organisatie verwijderd.',
      ),
    ).toBeInTheDocument();
  });

  it('checks the names and the birth date before sending, and shows the API’s refusals on their fields', async () => {
    const user = userEvent.setup();
    const { api } = render(
      '/my-details/contact/edit',
      { admin: false },
      {
        'PATCH /api/v1/me/contact-details': problem(422, {
          errors: [{ field: 'mobile', message: 'Dit is geen geldig telefoonnummer.' }],
        }),
      },
    );
    const firstName = await screen.findByLabelText(/^Voornaam/);
    await user.clear(firstName);
    await user.type(screen.getByLabelText(/^Geboortedatum/), '1850-01-01');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(firstName).toHaveAccessibleDescription('Vul de voornaam in.');
    expect(screen.getByLabelText(/^Geboortedatum/)).toHaveAccessibleDescription(
      'Vul een geboortedatum in tussen 1900 en vandaag.',
    );
    expect(screen.getByTestId('error-summary')).toHaveTextContent('Voornaam: Vul de voornaam in.');
    expect(api.callsTo('PATCH', '/api/v1/me/contact-details')).toHaveLength(0);

    await user.type(firstName, 'Paula');
    await user.clear(screen.getByLabelText(/^Geboortedatum/));
    await user.type(screen.getByLabelText(/^Mobiel/), '12');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() =>
      expect(screen.getByLabelText(/^Mobiel/)).toHaveAccessibleDescription(
        /Dit is geen geldig telefoonnummer\./,
      ),
    );
    expect(api.callsTo('PATCH', '/api/v1/me/contact-details')[0]?.body).toEqual({ mobile: '12' });
  });

  it('takes a nickname and a postal address, asks for the rest of a half-filled one, and sends it whole', async () => {
    const user = userEvent.setup();
    const { api } = render(
      '/my-details/contact/edit',
      { admin: false },
      {
        'PATCH /api/v1/me/contact-details': problem(422, {
          errors: [{ field: 'postal_address.city', message: 'Deze plaats kennen we niet.' }],
        }),
      },
    );
    const postal = await screen.findByRole('group', { name: 'Postadres' });
    await user.type(screen.getByLabelText(/^Bijnaam/), 'Pau');
    await user.type(within(postal).getByLabelText(/^Straat/), 'Postbus');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(within(postal).getByLabelText(/^Huisnummer/)).toHaveAccessibleDescription(
      'Vul het huisnummer in.',
    );
    expect(screen.getByTestId('error-summary')).toHaveTextContent(
      'Postadres: Postcode: Vul een postcode in zoals 1234 AB.',
    );
    // The home address stays empty and is not asked for.
    const home = screen.getByRole('group', { name: 'Adres' });
    expect(within(home).getByLabelText(/^Straat/)).not.toHaveAccessibleDescription(/Vul/);
    expect(api.callsTo('PATCH', '/api/v1/me/contact-details')).toHaveLength(0);

    await user.type(within(postal).getByLabelText(/^Huisnummer/), '150');
    await user.type(within(postal).getByLabelText(/^Postcode/), '3500aa');
    await user.type(within(postal).getByLabelText(/^Plaats/), 'Utrecht');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() =>
      expect(within(postal).getByLabelText(/^Plaats/)).toHaveAccessibleDescription(
        /Deze plaats kennen we niet\./,
      ),
    );
    expect(api.callsTo('PATCH', '/api/v1/me/contact-details')[0]?.body).toEqual({
      nickname: 'Pau',
      postal_address: {
        street: 'Postbus',
        house_number: '150',
        house_number_addition: null,
        postcode: '3500 AA',
        city: 'Utrecht',
      },
    });
  });

  it('lets an admin change their own rights, and shows the last-admin refusal', async () => {
    const user = userEvent.setup();
    const { api } = render(
      '/my-details/contact/edit',
      { admin: true },
      {
        [`PUT ${memberPath(PAULA_MEMBER)}/rights`]: problem(409, {
          detail: 'An organisation needs at least one portal admin: make someone else admin first.',
        }),
      },
    );
    const rights = await screen.findByRole('region', { name: 'Rechten' });
    expect(rights).toHaveTextContent('Dit zijn uw eigen rechten.');
    const admin = within(rights).getByRole('switch', { name: 'Beheerder klantportaal' });
    expect(admin).toBeChecked();
    await user.click(admin);
    expect(within(rights).getByTestId('rights-combination')).toHaveTextContent(
      'Beheerder klantportaal uit en medewerker klantportaal aan',
    );
    await user.click(within(rights).getByRole('button', { name: 'Rechten opslaan' }));

    expect(await within(rights).findByRole('alert')).toHaveTextContent(
      'An organisation needs at least one portal admin',
    );
    expect(admin).toBeChecked();
    expect(api.callsTo('PUT', `${memberPath(PAULA_MEMBER)}/rights`)[0]?.body).toEqual({
      portal_admin: false,
      portal_employee: true,
    });
  });
});

describe('my organisation', () => {
  it('shows the registered details read-only and that changes go through Kring', async () => {
    render('/my-details/organisation', { admin: false });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mijn organisatie' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('41234560')).toBeInTheDocument();
    expect(screen.getByText('KvK-nummer')).toBeInTheDocument();
    expect(screen.getByText('Koepelorganisatie')).toBeInTheDocument();
    expect(screen.getByText(/Lindelaan 12/)).toHaveTextContent('Lindelaan 123581 KV Utrecht');
    expect(screen.getByText('Geen apart postadres')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '030 123 4560' })).toHaveAttribute(
      'href',
      'tel:+31301234560',
    );
    expect(screen.getByText('Ja: uw organisatie kan AD-kussens bestellen.')).toBeInTheDocument();

    const changes = screen.getByRole('region', { name: 'Klopt er iets niet?' });
    expect(changes).toHaveTextContent('gaan via Kring');
    expect(within(changes).getByRole('link', { name: '088 513 8484' })).toHaveAttribute(
      'href',
      'tel:+31885138484',
    );
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Aanpassen|Opslaan/ })).not.toBeInTheDocument();
  });
});
