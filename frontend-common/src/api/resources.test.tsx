import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { json, stubApi } from '../auth/stubApi';
import { renderWithProviders } from '../test/renderWithProviders';
import { useCategories } from './categories';
import { placeDetail, useFindPlaces, usePlaceSearch, type PlaceMatch } from './places';

const UTRECHT: PlaceMatch = {
  id: 1,
  name: 'Utrecht',
  matched_name: null,
  municipality: 'Utrecht',
  province: 'Utrecht',
  country: 'NL',
  latitude: 52.09,
  longitude: 5.12,
};
const BRUSSEL: PlaceMatch = {
  ...UTRECHT,
  id: 2,
  name: 'Brussel',
  matched_name: 'Bruxelles',
  municipality: 'Brussel',
  province: null,
  country: 'BE',
};

function Categories() {
  const { i18n } = useTranslation();
  const categories = useCategories();
  return (
    <>
      <ul>
        {categories.data?.map((category) => (
          <li key={category.id}>{category.name}</li>
        ))}
      </ul>
      <button type="button" onClick={() => void i18n.changeLanguage('fr')}>
        fr
      </button>
    </>
  );
}

function Places({ q, limit, country }: { q: string; limit?: number; country?: 'NL' | 'BE' }) {
  const { t } = useTranslation();
  const places = usePlaceSearch(q, {
    ...(limit ? { limit } : {}),
    ...(country ? { country } : {}),
  });
  return (
    <ul>
      {places.data?.map((place) => (
        <li key={place.id}>{`${place.name} (${placeDetail(place, t)})`}</li>
      ))}
    </ul>
  );
}

function FindPlaces() {
  const find = useFindPlaces();
  const [found, setFound] = useState<string>('');
  return (
    <button
      type="button"
      onClick={() =>
        void find(' Utr ').then((places) => setFound(places.map((p) => p.name).join(',')))
      }
    >
      {found || 'zoek'}
    </button>
  );
}

describe('useCategories', () => {
  it('asks again in the new language', async () => {
    const api = stubApi({
      'GET /api/v1/categories': (call) =>
        json([
          {
            id: '0190d5a4-0000-7000-8000-0000000000c1',
            slug: 'klusjesmannen',
            name: call.headers.get('accept-language')?.startsWith('fr')
              ? 'Bricoleurs'
              : 'Klusjesmannen',
          },
        ]),
    });
    renderWithProviders(<Categories />, { fetch: api.fetch });
    expect(await screen.findByText('Klusjesmannen')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'fr' }));
    expect(await screen.findByText('Bricoleurs')).toBeInTheDocument();
    expect(api.callsTo('GET', '/api/v1/categories')).toHaveLength(2);
  });
});

describe('usePlaceSearch', () => {
  it('asks from two characters on, with the limit and the country', async () => {
    const api = stubApi({ 'GET /api/v1/places': json([UTRECHT, BRUSSEL]) });
    renderWithProviders(
      <>
        <Places q="U" />
        <Places q=" Utr " limit={5} country="NL" />
      </>,
      { fetch: api.fetch },
    );
    expect(await screen.findByText('Utrecht (Utrecht, Nederland)')).toBeInTheDocument();
    expect(screen.getByText('Brussel (ook: Bruxelles · België)')).toBeInTheDocument();
    const calls = api.callsTo('GET', '/api/v1/places');
    expect(calls.map((call) => new URLSearchParams(call.search).toString())).toEqual([
      'q=Utr&limit=5&country=NL',
    ]);
  });

  it('finds places once for a name typed without picking', async () => {
    const api = stubApi({ 'GET /api/v1/places': json([UTRECHT]) });
    renderWithProviders(<FindPlaces />, { fetch: api.fetch });
    await userEvent.setup().click(screen.getByRole('button', { name: 'zoek' }));
    expect(await screen.findByRole('button', { name: 'Utrecht' })).toBeInTheDocument();
    const [call] = api.callsTo('GET', '/api/v1/places');
    expect(new URLSearchParams(call?.search).toString()).toBe('q=Utr&limit=8');
  });
});
