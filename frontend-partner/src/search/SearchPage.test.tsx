import { json, problem } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  NEW_CARD,
  PIETER_CARD,
  PIETER_ID,
  publicApi,
  resultsWith,
  UTRECHT_PLACE,
} from '../test/fixtures';
import { renderPartner, where } from '../test/renderPartner';

const searchCalls = (api: ReturnType<typeof publicApi>) =>
  api.callsTo('GET', '/api/v1/providers/search');
const lastSearch = (api: ReturnType<typeof publicApi>) =>
  new URLSearchParams(searchCalls(api).at(-1)?.search ?? '');

async function openHome(api: ReturnType<typeof publicApi>, route = '/') {
  renderPartner(route, api);
  await screen.findByRole('heading', {
    level: 1,
    name: 'Hulp thuis regelen, voor uzelf of voor een ander',
  });
  return screen.getByRole('search', { name: 'Dienstverleners zoeken' });
}

describe('finding a provider', { timeout: 20_000 }, () => {
  it('puts the search first and keeps the way to log in under it', async () => {
    const api = publicApi();
    const form = await openHome(api);
    expect(within(form).getByRole('searchbox', { name: 'Waar zoekt u hulp bij?' })).toBeVisible();
    expect(within(form).getByRole('combobox', { name: 'Plaats of postcode' })).toBeVisible();
    expect(await within(form).findByRole('option', { name: 'Klusjesmannen' })).toBeInTheDocument();
    const cta = await screen.findByRole('complementary', { name: 'Account' });
    expect(within(cta).getByRole('link', { name: 'Inloggen' })).toHaveAttribute('href', '/login');
    // Nothing is searched before the visitor asks.
    expect(searchCalls(api)).toHaveLength(0);
  });

  it('sends a picked place as place_id and each day part as its own day_parts', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      'GET /api/v1/providers/search': json(
        resultsWith([PIETER_CARD, NEW_CARD], { place: UTRECHT_PLACE }),
      ),
    });
    const form = await openHome(api);

    await user.type(
      within(form).getByRole('searchbox', { name: 'Waar zoekt u hulp bij?' }),
      'klus',
    );
    await user.type(within(form).getByRole('combobox', { name: 'Plaats of postcode' }), 'utr');
    await user.click(await screen.findByRole('option', { name: /^Utrecht/ }));
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Categorie' }),
      'Klusjesmannen',
    );
    await user.click(within(form).getByRole('button', { name: /Op welke dagdelen/ }));
    await user.click(within(form).getByRole('checkbox', { name: 'Zaterdag avond' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Maandag ochtend' }));
    await user.click(within(form).getByRole('button', { name: 'Zoeken' }));

    const results = await screen.findByRole('list', { name: '2 dienstverleners gevonden' });
    const raw = searchCalls(api).at(-1)?.search ?? '';
    // Repeated, in the week's order, not one comma-separated value.
    expect(raw).toMatch(/day_parts=monday%3Amorning&day_parts=saturday%3Aevening/);
    const sent = lastSearch(api);
    expect(Object.fromEntries(sent)).toMatchObject({
      q: 'klus',
      category: 'klusjesmannen',
      place_id: '2745912',
      sort: 'distance',
      limit: '10',
    });
    expect(sent.has('cursor')).toBe(false);
    expect(sent.has('postcode')).toBe(false);
    expect(sent.getAll('day_parts')).toEqual(['monday:morning', 'saturday:evening']);

    // The search is in the address, to share and to come back to.
    const address = new URLSearchParams(where().split('?')[1]);
    expect(where().startsWith('/?')).toBe(true);
    expect(address.get('q')).toBe('klus');
    expect(address.get('place_id')).toBe('2745912');
    expect(address.get('place')).toBe('Utrecht');
    expect(address.getAll('day_parts')).toEqual(['monday:morning', 'saturday:evening']);
    expect(screen.getByText('In de buurt van Utrecht')).toBeInTheDocument();

    const [pieter, anke] = within(results).getAllByRole('listitem') as [HTMLElement, HTMLElement];
    expect(within(pieter).getByRole('link', { name: 'Pieter Dienstverlener' })).toHaveAttribute(
      'href',
      `/aanbieders/${PIETER_ID}`,
    );
    expect(pieter).toHaveTextContent('Klushulp Pieter');
    expect(pieter).toHaveTextContent('Klusjesmannen');
    expect(pieter).toHaveTextContent('4,5 van 5');
    expect(pieter).toHaveTextContent('(2 beoordelingen)');
    expect(pieter).toHaveTextContent('3,2 km van u vandaan');
    expect(within(pieter).getByTestId('price-from')).toHaveTextContent(
      'vanaf € 35,00 per uur · ledenprijs € 31,50',
    );
    expect(anke).toHaveTextContent('Nog geen beoordelingen');
    expect(within(anke).queryByTestId('price-from')).not.toBeInTheDocument();
  });

  it('sends a typed Dutch postcode as postcode, not as a place', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      'GET /api/v1/providers/search': json(resultsWith([PIETER_CARD], { place: UTRECHT_PLACE })),
    });
    const form = await openHome(api);
    await user.type(within(form).getByRole('combobox', { name: 'Plaats of postcode' }), '3511ax');
    await user.click(within(form).getByRole('button', { name: 'Zoeken' }));

    // The focus goes to the results.
    const found = await screen.findByRole('heading', { name: '1 dienstverlener gevonden' });
    expect(found).toHaveFocus();
    const sent = lastSearch(api);
    expect(sent.get('postcode')).toBe('3511 AX');
    expect(sent.has('place_id')).toBe(false);
    expect(sent.get('q')).toBeNull(); // an empty keyword is not sent
    expect(new URLSearchParams(where().split('?')[1]).get('postcode')).toBe('3511 AX');
    expect(screen.getByText('In de buurt van 3511 AX (Utrecht)')).toBeInTheDocument();
    // No place names are suggested for a postcode.
    expect(api.callsTo('GET', '/api/v1/places')).toHaveLength(0);
  });

  it('shows the API’s refusal of a postcode at the place field', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      'GET /api/v1/providers/search': problem(422, {
        errors: [
          {
            field: 'postcode',
            message: 'Deze postcode staat niet op de kaart; zoek op plaats.',
          },
        ],
      }),
    });
    const form = await openHome(api);
    await user.type(within(form).getByRole('combobox', { name: 'Plaats of postcode' }), '9999 ZZ');
    await user.click(within(form).getByRole('button', { name: 'Zoeken' }));

    // The form starts again from the address (the search is in it), keeping what was typed.
    const place = () => screen.getByRole('combobox', { name: 'Plaats of postcode' });
    await waitFor(() => expect(place()).toHaveAttribute('aria-invalid', 'true'));
    expect(place()).toHaveValue('9999 ZZ');
    expect(place()).toHaveFocus();
    expect(place()).toHaveAccessibleDescription(
      'Deze postcode staat niet op de kaart; zoek op plaats.',
    );
    expect(screen.getByRole('heading', { name: 'Pas uw zoekopdracht aan' })).toBeInTheDocument();
  });

  it('says when a typed place name is unknown, without searching', async () => {
    const user = userEvent.setup();
    const api = publicApi();
    const form = await openHome(api);
    const place = within(form).getByRole('combobox', { name: 'Plaats of postcode' });
    await user.type(place, 'Atlantis');
    await user.click(within(form).getByRole('button', { name: 'Zoeken' }));
    expect(
      await within(form).findByText(/We kennen geen plaats met deze naam/),
    ).toBeInTheDocument();
    expect(searchCalls(api)).toHaveLength(0);
  });

  it('takes a shared search from the address, adds the next page and changes the order', async () => {
    const user = userEvent.setup();
    let answerMore: (response: Response) => void = () => {};
    const api = publicApi({
      'GET /api/v1/providers/search': (call) => {
        const cursor = new URLSearchParams(call.search).get('cursor');
        if (cursor === 'after-pieter') {
          return new Promise<Response>((resolve) => {
            answerMore = resolve;
          });
        }
        return json(
          resultsWith([PIETER_CARD], {
            total: 2,
            next_cursor: 'after-pieter',
            place: UTRECHT_PLACE,
          }),
        );
      },
    });
    const form = await openHome(api, '/?q=klus&place_id=2745912&place=Utrecht');
    expect(within(form).getByRole('searchbox', { name: 'Waar zoekt u hulp bij?' })).toHaveValue(
      'klus',
    );
    expect(within(form).getByRole('combobox', { name: 'Plaats of postcode' })).toHaveValue(
      'Utrecht',
    );
    const results = await screen.findByRole('list', { name: '2 dienstverleners gevonden' });
    expect(lastSearch(api).get('place_id')).toBe('2745912');
    expect(within(results).getAllByRole('listitem')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Meer resultaten tonen' }));
    expect(lastSearch(api).get('cursor')).toBe('after-pieter');
    expect(lastSearch(api).get('q')).toBe('klus');
    // While the next page loads, the results stay and the button says so (keeping the focus).
    const loading = await screen.findByRole('button', { name: 'Meer resultaten laden…' });
    expect(loading).toHaveFocus();
    expect(results).toHaveAttribute('aria-busy', 'true');
    expect(within(results).getByRole('link', { name: 'Pieter Dienstverlener' })).toBeVisible();
    answerMore(json(resultsWith([NEW_CARD], { total: null, place: UTRECHT_PLACE })));

    await within(results).findByRole('link', { name: 'Anke Nieuw' });
    const items = within(results).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    // The first added card takes the focus; the count stays the first page's.
    await waitFor(() => expect(items[1]).toHaveFocus());
    expect(screen.getByRole('heading', { name: '2 dienstverleners gevonden' })).toBeVisible();
    // The last page: nothing more to show.
    expect(screen.queryByRole('button', { name: 'Meer resultaten tonen' })).toBeNull();
    // The pages are not in the address: a shared search starts at the top.
    expect(new URLSearchParams(where().split('?')[1]).has('cursor')).toBe(false);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sorteren op' }), 'Waardering');
    await waitFor(() => expect(lastSearch(api).get('sort')).toBe('rating'));
    // A new order starts at the first page.
    expect(lastSearch(api).has('cursor')).toBe(false);
  });

  it('shows grey cards while searching and suggestions when nothing is found', async () => {
    const user = userEvent.setup();
    let answer: (response: Response) => void = () => {};
    const api = publicApi({
      'GET /api/v1/providers/search': () =>
        new Promise<Response>((resolve) => {
          answer = resolve;
        }),
    });
    const form = await openHome(api);
    await user.type(within(form).getByRole('searchbox', { name: 'Waar zoekt u hulp bij?' }), 'xyz');
    await user.click(within(form).getByRole('button', { name: 'Zoeken' }));

    expect(await screen.findByTestId('result-skeletons')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Bezig met zoeken…' })).toBeInTheDocument();
    answer(json(resultsWith([])));

    const nothing = await screen.findByTestId('nothing-found');
    expect(within(nothing).getByRole('heading', { name: 'Geen dienstverleners gevonden' }));
    expect(nothing).toHaveTextContent('Gebruik minder of andere woorden');
    await user.click(
      within(nothing).getByRole('button', { name: 'Alles wissen en opnieuw zoeken' }),
    );
    await waitFor(() => expect(where()).toBe('/?q='));
  });
});
