import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/renderWithProviders';
import { NETHERLANDS_BOUNDS } from './countryOutlines';
import { areaBounds, type WorkArea } from './mapArea';
import { OSM_TILE_URL, tileSettings } from './mapSettings';
import { WorkAreaFigure } from './WorkAreaFigure';

const UTRECHT = { id: 2745912, name: 'Utrecht', latitude: 52.09, longitude: 5.12 };
const AMERSFOORT = { id: 2759821, name: 'Amersfoort', latitude: 52.155, longitude: 5.3875 };

describe('areaBounds', () => {
  it('fits the places, the circle or the whole country', () => {
    const places: WorkArea = {
      kind: 'places',
      places: [UTRECHT, AMERSFOORT],
      radiusKm: null,
      centre: null,
    };
    const fitted = areaBounds(places);
    [52.07, 5.1, 52.175, 5.4075].forEach((edge, index) => {
      expect(fitted[index]).toBeCloseTo(edge, 6);
    });

    const [south, west, north, east] = areaBounds({
      kind: 'radius',
      places: [],
      radiusKm: 15,
      centre: { ...UTRECHT, name: '' },
    });
    expect(north - south).toBeCloseTo((2 * 15) / 111.32, 5);
    expect(east - west).toBeGreaterThan(north - south); // longitude degrees are shorter here

    expect(areaBounds({ kind: 'country', places: [], radiusKm: null, centre: null })).toBe(
      NETHERLANDS_BOUNDS,
    );
    // Nothing chosen yet: the country.
    expect(areaBounds({ kind: 'places', places: [], radiusKm: null, centre: null })).toBe(
      NETHERLANDS_BOUNDS,
    );
  });
});

describe('tileSettings', () => {
  it('takes the build’s tile server, else OpenStreetMap', () => {
    expect(tileSettings({})).toEqual({ url: OSM_TILE_URL, attribution: null });
    expect(
      tileSettings({
        VITE_MAP_TILE_URL: ' https://tiles.example.org/{z}/{x}/{y}.png ',
        VITE_MAP_TILE_ATTRIBUTION: '© Example',
      }),
    ).toEqual({ url: 'https://tiles.example.org/{z}/{x}/{y}.png', attribution: '© Example' });
  });
});

describe('WorkAreaFigure', () => {
  it('draws the area on the map, with the caller’s summary as the caption', async () => {
    renderWithProviders(
      <WorkAreaFigure
        area={{ kind: 'radius', places: [], radiusKm: 15, centre: { ...UTRECHT, name: '' } }}
        summary="Bert werkt in: tot 15 km rond het eigen (werk)adres."
        summaryId="area-summary"
      />,
    );
    const figure = screen.getByRole('figure');
    expect(figure).toHaveTextContent('Bert werkt in: tot 15 km rond het eigen (werk)adres.');
    expect(document.getElementById('area-summary')?.tagName).toBe('FIGCAPTION');
    // The country outlines, the circle and its centre; a centre without a name has no label.
    await waitFor(() =>
      expect(figure.querySelectorAll('.leaflet-overlay-pane path')).toHaveLength(4),
    );
    expect(figure.querySelector('.leaflet-tooltip')).toBeNull();
    // The credits in frontend-common's own words.
    expect(within(figure).getByText(/OpenStreetMap-bijdragers/)).toBeInTheDocument();
  });

  it('names the places and takes the caller’s words on the map', async () => {
    renderWithProviders(
      <WorkAreaFigure
        area={{ kind: 'places', places: [UTRECHT, AMERSFOORT], radiusKm: null, centre: null }}
        summary="Je werkgebied: Utrecht, Amersfoort."
        labels={{ osm: 'OSM-mensen', borders: 'randen' }}
      />,
    );
    await waitFor(() =>
      expect(
        [...document.querySelectorAll('.leaflet-tooltip')].map((tip) => tip.textContent),
      ).toEqual(['Utrecht', 'Amersfoort']),
    );
    expect(screen.getByText(/OSM-mensen/)).toBeInTheDocument();
    expect(screen.getByText(/randen/)).toBeInTheDocument();
  });
});
