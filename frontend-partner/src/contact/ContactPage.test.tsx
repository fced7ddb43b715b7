import { json, problem } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PIETER_ID, publicApi } from '../test/fixtures';
import { renderPartner, where } from '../test/renderPartner';

const route = `/aanbieders/${PIETER_ID}/contact`;
const POST = `POST /api/v1/providers/${PIETER_ID}/contact-requests`;
/** Tuesday 29 December 2026, 23:59 in Amsterdam. */
const RECEIPT = { answer_by: '2026-12-29T22:59:00Z' };

async function openForm(api: ReturnType<typeof publicApi>) {
  renderPartner(route, api);
  await screen.findByRole('heading', { level: 1, name: 'Contactgegevens opvragen van Pieter' });
}

type User = ReturnType<typeof userEvent.setup>;

/** Jan fills in the form as the source asks, picking Utrecht from the suggestions. */
async function fillIn(user: User) {
  await user.type(screen.getByRole('textbox', { name: 'Wat is uw naam?' }), 'Jan Janssen');
  await user.type(
    screen.getByRole('textbox', { name: 'Wat is uw e-mailadres?' }),
    'jan@example.org',
  );
  await user.type(
    screen.getByRole('textbox', { name: 'Wat is uw telefoonnummer?' }),
    '030 123 4567',
  );
  await user.type(screen.getByRole('combobox', { name: 'Locatie van de hulplocatie' }), 'utr');
  await user.click(await screen.findByRole('option', { name: /^Utrecht/ }));
  await user.click(screen.getByRole('radio', { name: 'Mijzelf' }));
  await user.type(
    screen.getByRole('textbox', { name: 'Waarmee kan Pieter u helpen?' }),
    'Kunt u een lamp ophangen?',
  );
}

const send = () => screen.getByRole('button', { name: 'Contact opnemen' });

describe('the contact form', { timeout: 20_000 }, () => {
  it('asks what the source asks, freely and without obligation', async () => {
    await openForm(publicApi());
    expect(
      screen.getByText(
        'U kunt geheel vrijblijvend hieronder uw gegevens invullen. U verplicht zich tot niets.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Wat is uw naam?' })).toHaveAttribute(
      'placeholder',
      'b.v. Jan Janssen',
    );
    expect(
      screen.getByRole('textbox', { name: 'Wat is uw telefoonnummer?' }),
    ).toHaveAccessibleDescription('Vast of mobiel nummer');
    expect(screen.getByRole('textbox', { name: /Wat is uw lidnummer\?/ })).not.toBeRequired();
    expect(
      screen.getByRole('radiogroup', {
        name: 'Zoekt u deze dienst voor uzelf of voor iemand anders?',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Iemand anders' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nee, annuleren' })).toHaveAttribute(
      'href',
      `/aanbieders/${PIETER_ID}`,
    );
  });

  it('hides the robots’ trap from people and from assistive technology', async () => {
    await openForm(publicApi());
    const trap = document.getElementById('contact-website') as HTMLInputElement;
    expect(trap).toHaveAttribute('tabindex', '-1');
    expect(trap).toHaveAttribute('autocomplete', 'off');
    expect(trap.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Laat dit veld leeg' })).not.toBeInTheDocument();
  });

  it('sends the request (with the trap empty) and confirms with the deadline', async () => {
    const user = userEvent.setup();
    const api = publicApi({ [POST]: json(RECEIPT, 201) });
    await openForm(api);
    await fillIn(user);
    await user.click(send());

    const done = await screen.findByRole('heading', { level: 1, name: 'Uw aanvraag is verstuurd' });
    expect(done).toHaveFocus();
    expect(screen.getByTestId('contact-sent')).toHaveTextContent(
      'Pieter neemt uiterlijk dinsdag 29 december 23:59 contact met u op.',
    );
    expect(screen.getByText('U ontvangt een bevestiging per e-mail.')).toBeInTheDocument();
    expect(api.callsTo('POST', `/api/v1/providers/${PIETER_ID}/contact-requests`)[0]?.body).toEqual(
      {
        name: 'Jan Janssen',
        email: 'jan@example.org',
        phone: '030 123 4567',
        member_number: null,
        location: 'Utrecht',
        place_id: 2745912,
        for_whom: 'self',
        message: 'Kunt u een lamp ophangen?',
        website: '',
      },
    );
    await user.click(screen.getByRole('link', { name: 'Terug naar het profiel van Pieter' }));
    await waitFor(() => expect(where()).toBe(`/aanbieders/${PIETER_ID}`));
  });

  it('takes a postcode as typed, without a place', async () => {
    const user = userEvent.setup();
    const api = publicApi({ [POST]: json(RECEIPT, 201) });
    await openForm(api);
    await fillIn(user);
    const location = screen.getByRole('combobox', { name: 'Locatie van de hulplocatie' });
    await user.clear(location);
    await user.type(location, '3511 AX');
    await user.type(screen.getByRole('textbox', { name: /Wat is uw lidnummer\?/ }), 'K-1234');
    await user.click(send());
    await screen.findByRole('heading', { level: 1, name: 'Uw aanvraag is verstuurd' });
    expect(
      api.callsTo('POST', `/api/v1/providers/${PIETER_ID}/contact-requests`)[0]?.body,
    ).toMatchObject({
      location: '3511 AX',
      place_id: null,
      member_number: 'K-1234',
    });
  });

  it('checks the form before sending', async () => {
    const user = userEvent.setup();
    const api = publicApi({ [POST]: json(RECEIPT, 201) });
    await openForm(api);
    await user.click(send());
    const summary = await screen.findByTestId('error-summary');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(summary).toHaveTextContent('Wat is uw naam?: Vul uw naam in.');
    expect(summary).toHaveTextContent('Kies voor wie u deze dienst zoekt.');
    expect(
      screen.getByRole('textbox', { name: 'Wat is uw e-mailadres?' }),
    ).toHaveAccessibleDescription('Vul uw e-mailadres in.');
    expect(api.callsTo('POST', `/api/v1/providers/${PIETER_ID}/contact-requests`)).toHaveLength(0);
  });

  it('shows the API’s refusal (422) at the fields', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      [POST]: problem(422, {
        errors: [
          { field: 'phone', message: 'Dit is geen geldig telefoonnummer.' },
          { field: 'place_id', message: 'Kies een plaats uit de lijst.' },
        ],
      }),
    });
    await openForm(api);
    await fillIn(user);
    await user.click(send());

    const phone = screen.getByRole('textbox', { name: 'Wat is uw telefoonnummer?' });
    await waitFor(() => expect(phone).toHaveAttribute('aria-invalid', 'true'));
    expect(phone).toHaveAccessibleDescription(/Dit is geen geldig telefoonnummer\./);
    expect(phone).toHaveAccessibleDescription(/Vast of mobiel nummer/);
    expect(
      screen.getByRole('combobox', { name: 'Locatie van de hulplocatie' }),
    ).toHaveAccessibleDescription(/Kies een plaats uit de lijst\./);
    expect(screen.getByTestId('error-summary')).toHaveTextContent(
      'Wat is uw telefoonnummer?: Dit is geen geldig telefoonnummer.',
    );
    expect(screen.queryByRole('heading', { name: 'Uw aanvraag is verstuurd' })).toBeNull();
  });

  it('says so plainly when too many requests were sent (429)', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      [POST]: problem(429, {
        detail: 'U heeft veel aanvragen gedaan in korte tijd. Probeer het over een uur opnieuw.',
      }),
    });
    await openForm(api);
    await fillIn(user);
    await user.click(send());

    const alert = await screen.findByTestId('rate-limited');
    expect(alert).toHaveFocus();
    expect(alert).toHaveTextContent('Even geduld, alstublieft');
    expect(alert).toHaveTextContent(
      'U heeft veel aanvragen gedaan in korte tijd. Probeer het over een uur opnieuw.',
    );
    expect(within(alert).queryByText('Controleer het formulier')).toBeNull();
  });
});
