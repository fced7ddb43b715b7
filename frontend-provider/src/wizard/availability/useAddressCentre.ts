import { usePlaceSearch, type MapPoint } from '@kring/common';
import type { ProviderProfile } from '../../api/profile';

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase()
    .trim();

/**
 * Where to draw the radius: the place of the provider's address. The profile says only whether
 * the address was found on the map, not where, so the place is looked up by the address's city
 * in the gazetteer (the same place-level position the API's default geocoder uses).
 */
export function useAddressCentre(profile: ProviderProfile | null): MapPoint | null {
  const city = profile?.located ? (profile.address?.city ?? '') : '';
  const search = usePlaceSearch(city, { limit: 5, country: 'NL' });
  if (!city || !search.data) return null;
  const match =
    search.data.find((place) => fold(place.name) === fold(city)) ?? search.data[0] ?? null;
  return match ? { latitude: match.latitude, longitude: match.longitude, name: match.name } : null;
}
