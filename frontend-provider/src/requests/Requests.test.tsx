import { json, problem, renderWithProviders, type StubAnswer } from '@kring/common/test-utils';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../AppRoutes';
import type { ContactRequest } from '../api/contactRequests';
import {
  contactRequest,
  HANDLED_REQUEST,
  inboxPage,
  LATE_REQUEST,
  NOW,
  providerApi,
} from '../home/testFixtures';
import { translations } from '../locales';

const ANNA_PATH = `/api/v1/provider/contact-requests/${contactRequest().id}`;

function renderAt(route: string, routes: Record<string, StubAnswer> = {}) {
  const api = providerApi(routes);
  renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch, route });
  return api;
}

// Only the clock is fixed (Monday 28 December 2026), so the weekdays read the same every run.
beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

const request = (name: string) => screen.getByRole('article', { name });

describe('the inbox', () => {
  it('shows the counters, and each request with its deadline and, when late, a red "Te laat"', async () => {
    const api = renderAt('/requests');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Contactverzoeken' }),
    ).toBeInTheDocument();
    const counters = await screen.findByTestId('inbox-counters');
    expect(
      within(counters)
        .getAllByRole('term')
        .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
    ).toEqual([
      ['Wachten op je reactie', '2'],
      ['Te laat', '1'],
    ]);
    expect(api.callsTo('GET', '/api/v1/provider/contact-requests')[0]?.search).toBe(
      '?show=all&limit=20',
    );
    // As the API orders them: unanswered first, the soonest deadline first.
    expect(
      within(screen.getByRole('list', { name: 'Je contactverzoeken' }))
        .getAllByRole('article')
        .map((article) => article.getAttribute('aria-labelledby')),
    ).toEqual([
      `request-${LATE_REQUEST.id}-title`,
      `request-${contactRequest().id}-title`,
      `request-${HANDLED_REQUEST.id}-title`,
    ]);

    const late = request('Kees Jansen');
    expect(within(late).getByTestId('request-overdue')).toHaveTextContent('Te laat');
    expect(within(late).getByTestId('request-status')).toHaveTextContent('Nieuw');
    expect(within(late).getByTestId('request-deadline')).toHaveTextContent(
      'uiterlijk di 22 dec, 23:59',
    );
    expect(late).toHaveTextContent('Ontvangenvr 18 dec, 14:40');
    expect(late).toHaveTextContent('Voor wieVoor zichzelf');

    const anna = request('Anna de Vries');
    expect(within(anna).getByTestId('request-deadline')).toHaveTextContent(
      'uiterlijk di 29 dec, 23:59',
    );
    expect(within(anna).queryByTestId('request-overdue')).not.toBeInTheDocument();
    expect(anna).toHaveTextContent('Postcode of plaats3511 AB');
    expect(anna).toHaveTextContent('Voor wieVoor iemand anders');
    expect(within(anna).getByRole('link', { name: 'Anna de Vries' })).toHaveAttribute(
      'href',
      `/requests/${contactRequest().id}`,
    );

    const handled = request('Fatima El Amrani');
    expect(within(handled).getByTestId('request-status')).toHaveTextContent('Afgehandeld');
    expect(within(handled).getByTestId('request-deadline')).toHaveTextContent(
      'gereageerd ma 14 dec, 11:30',
    );
  });

  it('filters on the open requests in the address, and shows more by the cursor', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 5 }, (_, index) =>
      contactRequest({ id: `0192f0c4-0000-7000-8000-0000000d${String(index).padStart(4, '0')}` }),
    );
    const api = renderAt('/requests', {
      'GET /api/v1/provider/contact-requests': (call) => {
        const query = new URLSearchParams(call.search);
        const second = query.get('cursor') === 'next';
        return json(
          inboxPage({
            total: 9,
            open: 5,
            overdue: 0,
            items: second ? many.slice(3) : many.slice(0, 3),
            next_cursor: second ? null : 'next',
          }),
        );
      },
    });
    await screen.findByText('3 van 9 contactverzoeken');

    await user.click(screen.getByRole('radio', { name: 'Open' }));
    expect(await screen.findByText('3 van 5 contactverzoeken')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Meer tonen' }));

    expect(await screen.findByText('5 contactverzoeken')).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Je contactverzoeken' })).getAllByRole('article'),
    ).toHaveLength(5);
    expect(screen.queryByRole('button', { name: 'Meer tonen' })).not.toBeInTheDocument();
    expect(
      api.callsTo('GET', '/api/v1/provider/contact-requests').map((call) => call.search),
    ).toEqual(['?show=all&limit=20', '?show=open&limit=20', '?show=open&limit=20&cursor=next']);
  }, 15_000);

  it('says so when nothing waits for an answer', async () => {
    renderAt('/requests?show=open', {
      'GET /api/v1/provider/contact-requests': () =>
        json(inboxPage({ total: 1, open: 0, overdue: 0, items: [] })),
    });

    expect(await screen.findByText('Geen open contactverzoeken')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Open' })).toBeChecked();
  });
});

describe('one contact request', () => {
  it('gives the customer’s details to call or mail, the message and the deadline', async () => {
    renderAt(`/requests/${contactRequest().id}`, {
      [`GET ${ANNA_PATH}`]: () => json(contactRequest()),
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Anna de Vries' }),
    ).toBeInTheDocument();
    const customer = screen.getByRole('region', { name: 'Gegevens van de klant' });
    expect(within(customer).getByRole('link', { name: '030 123 4567' })).toHaveAttribute(
      'href',
      'tel:+31301234567',
    );
    expect(within(customer).getByRole('link', { name: 'anna@example.org' })).toHaveAttribute(
      'href',
      'mailto:anna@example.org',
    );
    expect(customer).toHaveTextContent('LidnummerK-1234');
    expect(customer).toHaveTextContent('Postcode of plaats3511 AB');
    expect(customer).toHaveTextContent('Voor wieVoor iemand anders');
    expect(customer).toHaveTextContent('Ontvangendo 24 dec, 09:12');
    expect(customer).toHaveTextContent('Uiterlijk reagerendi 29 dec, 23:59');
    expect(screen.getByRole('region', { name: 'Bericht' })).toHaveTextContent(
      'Mijn moeder zoekt iemand die een lamp ophangt.',
    );
    expect(screen.getByTestId('request-deadline')).toHaveTextContent(
      'Reageer uiterlijk di 29 dec, 23:59',
    );
    expect(screen.getByRole('link', { name: 'Terug naar je contactverzoeken' })).toHaveAttribute(
      'href',
      '/requests',
    );
  });

  it('marks it handled with a note and the appointment date, and says the customer is invited', async () => {
    const user = userEvent.setup();
    let current: ContactRequest = contactRequest();
    const api = renderAt(`/requests/${current.id}`, {
      [`GET ${ANNA_PATH}`]: () => json(current),
      [`PATCH ${ANNA_PATH}`]: (call) => {
        const body = call.body as Pick<ContactRequest, 'status' | 'note' | 'appointment_on'>;
        current = contactRequest({
          ...body,
          answered_at: '2026-12-28T10:00:00Z',
          handled_at: '2026-12-28T10:00:00Z',
        });
        return json(current);
      },
    });
    const form = await screen.findByRole('region', { name: 'Status bijwerken' });

    // Handled sends the customer an invitation to review: the choice says so.
    const handled = within(form).getByRole('radio', { name: 'Afgehandeld' });
    expect(handled).toHaveAccessibleDescription(
      'Je bent klaar met dit verzoek. Anna de Vries krijgt dan een e-mail met een uitnodiging om een review over je te schrijven.',
    );
    await user.click(handled);
    fireEvent.change(within(form).getByLabelText('Datum van de afspraak (optioneel)'), {
      target: { value: '2027-01-04' },
    });
    await user.type(
      within(form).getByRole('textbox', { name: 'Notitie (optioneel)' }),
      'Gebeld, komt maandag langs.',
    );
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByTestId('request-notice')).toHaveTextContent(
      'Opgeslagen. Het verzoek staat nu op ‘Afgehandeld’. Anna de Vries krijgt een e-mail met een uitnodiging om een review te schrijven.',
    );
    expect(api.callsTo('PATCH', ANNA_PATH).map((call) => call.body)).toEqual([
      { status: 'handled', note: 'Gebeld, komt maandag langs.', appointment_on: '2027-01-04' },
    ]);
    expect(screen.getAllByTestId('request-status')[0]).toHaveTextContent('Afgehandeld');
    expect(screen.queryByTestId('request-deadline')).not.toBeInTheDocument();
    const customer = screen.getByRole('region', { name: 'Gegevens van de klant' });
    expect(customer).toHaveTextContent('Afspraakma 4 januari 2027');
    expect(customer).toHaveTextContent('Je notitieGebeld, komt maandag langs.');
    // Handled stays handled.
    expect(within(form).getByRole('radio', { name: 'In behandeling' })).toBeDisabled();
  });

  it('marks it in progress without an appointment (an empty date is sent as none)', async () => {
    const user = userEvent.setup();
    const api = renderAt(`/requests/${contactRequest().id}`, {
      [`GET ${ANNA_PATH}`]: () => json(contactRequest()),
      [`PATCH ${ANNA_PATH}`]: () =>
        json(contactRequest({ status: 'in_progress', answered_at: '2026-12-28T10:00:00Z' })),
    });
    const form = await screen.findByRole('region', { name: 'Status bijwerken' });

    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(await within(form).findByText('Kies ‘in behandeling’ of ‘afgehandeld’.')).toBeVisible();
    expect(api.callsTo('PATCH', ANNA_PATH)).toHaveLength(0);

    await user.click(within(form).getByRole('radio', { name: 'In behandeling' }));
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByTestId('request-notice')).toHaveTextContent(
      'Opgeslagen. Het verzoek staat nu op ‘In behandeling’.',
    );
    expect(screen.getByTestId('request-notice')).not.toHaveTextContent('review');
    expect(api.callsTo('PATCH', ANNA_PATH)[0]?.body).toEqual({
      status: 'in_progress',
      note: '',
      appointment_on: null,
    });
  });

  it('says in my words that a handled request cannot go back (409), and shows it as it is', async () => {
    const user = userEvent.setup();
    // Handled in another window meanwhile: this page still shows it in progress.
    let current: ContactRequest = contactRequest({
      status: 'in_progress',
      answered_at: '2026-12-25T09:00:00Z',
    });
    renderAt(`/requests/${current.id}`, {
      [`GET ${ANNA_PATH}`]: () => json(current),
      [`PATCH ${ANNA_PATH}`]: () => {
        current = { ...HANDLED_REQUEST, id: current.id, name: 'Anna de Vries' };
        return problem(409, { detail: 'This request is handled already.' });
      },
    });
    const form = await screen.findByRole('region', { name: 'Status bijwerken' });
    expect(within(form).getByRole('radio', { name: 'In behandeling' })).toBeChecked();

    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Dit verzoek is al afgehandeld. Een afgehandeld verzoek kun je niet meer op ‘in behandeling’ zetten.',
    );
    await waitFor(() =>
      expect(screen.getAllByTestId('request-status')[0]).toHaveTextContent('Afgehandeld'),
    );
    expect(within(form).getByRole('radio', { name: 'In behandeling' })).toBeDisabled();
    expect(screen.queryByTestId('request-notice')).not.toBeInTheDocument();
  });

  it('puts the API’s refusal of a field on that field (422)', async () => {
    const user = userEvent.setup();
    renderAt(`/requests/${contactRequest().id}`, {
      [`GET ${ANNA_PATH}`]: () => json(contactRequest()),
      [`PATCH ${ANNA_PATH}`]: problem(422, {
        errors: [{ field: 'body.appointment_on', message: 'Vul een geldige datum in.' }],
      }),
    });
    const form = await screen.findByRole('region', { name: 'Status bijwerken' });

    await user.click(within(form).getByRole('radio', { name: 'Afgehandeld' }));
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));

    const date = within(form).getByLabelText('Datum van de afspraak (optioneel)');
    await waitFor(() => expect(date).toHaveAttribute('aria-invalid', 'true'));
    expect(date).toHaveAccessibleDescription(/Vul een geldige datum in./);
  });

  it('says when the request is not mine or does not exist', async () => {
    renderAt('/requests/0192f0c4-0000-7000-8000-0000000000ff', {
      'GET /api/v1/provider/contact-requests/0192f0c4-0000-7000-8000-0000000000ff': problem(404, {
        detail: 'Not found.',
      }),
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Contactverzoek niet gevonden' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar je contactverzoeken' })).toHaveAttribute(
      'href',
      '/requests',
    );
  });
});
