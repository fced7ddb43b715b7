import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWizard } from '../../test/renderWizard';
import { profileWith, UTRECHT, wizardApi } from '../../test/wizardFixtures';

const DONE_BEFORE = ['personal', 'company', 'profile'] as const;
const next = () => screen.getByRole('button', { name: 'Volgende stap' });
const summary = () => screen.getByRole('figure');

/** The step as left last time: Utrecht chosen, not saved as done yet. */
async function renderAvailability(located = true) {
  const api = wizardApi(
    profileWith([...DONE_BEFORE], { located, work_area_kind: 'places', places: [UTRECHT] }),
  );
  renderWizard('/signup/availability', api);
  await screen.findByRole('heading', { level: 1, name: 'Jouw beschikbaarheid' });
  return api;
}

// The map and the week grid make these the slowest pages to drive; room for a busy machine.
describe('step Beschikbaarheid', { timeout: 20_000 }, () => {
  it('shows the week as a table of day parts with a named checkbox in each cell', async () => {
    const user = userEvent.setup();
    const api = await renderAvailability();
    const week = screen.getByRole('table', { name: 'Ik ben beschikbaar op de volgende dagdelen' });

    expect(
      within(week)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Dag', 'Ochtend', 'Middag', 'Avond']);
    expect(
      within(week)
        .getAllByRole('rowheader')
        .map((header) => header.textContent),
    ).toEqual(['Maandag', 'Dinsdag', 'Woensdag', 'Donderdag', 'Vrijdag', 'Zaterdag', 'Zondag']);
    expect(within(week).getAllByRole('checkbox')).toHaveLength(21);

    // Ticked out of order, sent in the week's order.
    await user.click(within(week).getByRole('checkbox', { name: 'Zondag avond' }));
    await user.click(within(week).getByRole('checkbox', { name: 'Maandag middag' }));
    await user.click(within(week).getByRole('checkbox', { name: 'Maandag ochtend' }));
    await user.click(within(week).getByRole('checkbox', { name: 'Zondag avond' }));
    await user.click(within(week).getByRole('checkbox', { name: 'Woensdag ochtend' }));
    await user.click(screen.getByRole('radio', { name: /in heel Nederland/ }));
    expect(summary()).toHaveTextContent('Je werkgebied: heel Nederland.');
    await user.click(next());

    await screen.findByRole('heading', { level: 1, name: 'Diensten & prijzen' });
    expect(api.callsTo('PUT', '/api/v1/provider/profile/availability')[0]?.body).toEqual({
      work_area_kind: 'country',
      radius_km: null,
      place_ids: [],
      day_parts: { monday: ['morning', 'afternoon'], wednesday: ['morning'] },
    });
  });

  it('finds places as I type, adds them as chips and removes them again', async () => {
    const user = userEvent.setup();
    const api = await renderAvailability();
    // The stored place is there already.
    const chosen = screen.getByRole('list', { name: 'Gekozen plaatsen' });
    expect(within(chosen).getByText('Utrecht')).toBeInTheDocument();

    const search = screen.getByRole('combobox', { name: 'Plaats toevoegen' });
    await user.type(search, 'amers');
    await user.click(await screen.findByRole('option', { name: /Amersfoort/ }));
    expect(within(chosen).getByText('Amersfoort')).toBeInTheDocument();
    expect(search).toHaveValue('');
    expect(screen.getByText('Amersfoort is toegevoegd.')).toBeInTheDocument();
    expect(summary()).toHaveTextContent('Je werkgebied: Utrecht, Amersfoort.');
    expect(api.callsTo('GET', '/api/v1/places').map((call) => call.search)).toContainEqual(
      expect.stringContaining('q=amers'),
    );

    await user.click(screen.getByRole('button', { name: 'Utrecht verwijderen' }));
    expect(within(chosen).queryByText('Utrecht')).not.toBeInTheDocument();
    expect(search).toHaveFocus();
    await user.click(next());

    await screen.findByRole('heading', { level: 1, name: 'Diensten & prijzen' });
    expect(api.callsTo('PUT', '/api/v1/provider/profile/availability')[0]?.body).toMatchObject({
      work_area_kind: 'places',
      place_ids: [2759821],
      radius_km: null,
    });
  });

  it('needs at least one place, and only offers places from the list', async () => {
    const user = userEvent.setup();
    const api = await renderAvailability();
    await user.click(screen.getByRole('button', { name: 'Utrecht verwijderen' }));
    await user.type(screen.getByRole('combobox', { name: 'Plaats toevoegen' }), 'Xyz{Enter}');
    expect(await screen.findByText('Geen plaats gevonden die zo begint.')).toBeInTheDocument();

    await user.click(next());
    expect(screen.getByRole('combobox', { name: 'Plaats toevoegen' })).toHaveAccessibleDescription(
      expect.stringContaining('Kies minstens één plaats.'),
    );
    expect(api.callsTo('PUT', '/api/v1/provider/profile/availability')).toHaveLength(0);
  });

  it('takes a distance of 1 to 150 km around the address', async () => {
    const user = userEvent.setup();
    const api = await renderAvailability();
    await user.click(screen.getByRole('radio', { name: /binnen een afstand van mijn adres/ }));
    const km = screen.getByRole('textbox', { name: 'Aantal km' });
    expect(screen.getByRole('slider', { name: 'Afstand in kilometers' })).toHaveAttribute(
      'aria-valuenow',
      '15',
    );

    await user.clear(km);
    await user.type(km, '151');
    await user.click(next());
    expect(km).toHaveAccessibleDescription('Kies een afstand van 1 tot 150 km.');

    await user.clear(km);
    await user.type(km, '25');
    await waitFor(() =>
      expect(summary()).toHaveTextContent('Je werkgebied: tot 25 km rond Utrecht.'),
    );
    await user.click(next());
    await screen.findByRole('heading', { level: 1, name: 'Diensten & prijzen' });
    expect(api.callsTo('PUT', '/api/v1/provider/profile/availability')[0]?.body).toMatchObject({
      work_area_kind: 'radius',
      radius_km: 25,
      place_ids: [],
    });
  });

  it('offers a distance only once the address is on the map', async () => {
    await renderAvailability(false);
    expect(screen.getByRole('radio', { name: /binnen een afstand van mijn adres/ })).toBeDisabled();
    expect(screen.getByRole('link', { name: 'Controleer je adres bij Bedrijf' })).toHaveAttribute(
      'href',
      '/signup/company',
    );
  });

  it('draws the work area on the map: a marker per place, a circle for the distance', async () => {
    const user = userEvent.setup();
    await renderAvailability();
    await waitFor(() =>
      expect(document.querySelector('.leaflet-tooltip')).toHaveTextContent('Utrecht'),
    );
    await user.click(screen.getByRole('radio', { name: /binnen een afstand van mijn adres/ }));
    // The country outlines, the circle and its centre.
    await waitFor(() =>
      expect(document.querySelectorAll('.leaflet-overlay-pane path')).toHaveLength(4),
    );
    expect(screen.getByText(/OpenStreetMap-bijdragers/)).toBeInTheDocument();
  });
});
