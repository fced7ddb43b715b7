import type { WorkAreaKind } from '../../api/profile';
import { NETHERLANDS_BOUNDS } from './countryOutlines';

export interface MapPoint {
  latitude: number;
  longitude: number;
  name: string;
}

export interface MapPlace extends MapPoint {
  id: number;
}

export interface WorkAreaMapProps {
  kind: WorkAreaKind | null;
  places: readonly MapPlace[];
  radiusKm: number | null;
  /** The middle of the radius: the address's place, when known. */
  centre: MapPoint | null;
}

/** [south, west, north, east] */
export type Bounds = readonly [number, number, number, number];

const KM_PER_DEGREE_LATITUDE = 111.32;

/** What the map should show: the chosen places, the circle, or the whole country. */
export function areaBounds({ kind, places, radiusKm, centre }: WorkAreaMapProps): Bounds {
  if (kind === 'places' && places.length > 0) {
    const lats = places.map((place) => place.latitude);
    const lngs = places.map((place) => place.longitude);
    const pad = places.length === 1 ? 0.08 : 0.02;
    return [
      Math.min(...lats) - pad,
      Math.min(...lngs) - pad,
      Math.max(...lats) + pad,
      Math.max(...lngs) + pad,
    ];
  }
  if (kind === 'radius' && centre && radiusKm) {
    const dLat = radiusKm / KM_PER_DEGREE_LATITUDE;
    const dLng = dLat / Math.cos((centre.latitude * Math.PI) / 180);
    return [
      centre.latitude - dLat,
      centre.longitude - dLng,
      centre.latitude + dLat,
      centre.longitude + dLng,
    ];
  }
  return NETHERLANDS_BOUNDS;
}
