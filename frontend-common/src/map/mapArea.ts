import { NETHERLANDS_BOUNDS } from './countryOutlines';

/** How a provider describes where they work (the API's `work_area_kind`). */
export type WorkAreaKind = 'places' | 'radius' | 'country';

export interface MapPoint {
  latitude: number;
  longitude: number;
  /** Shown beside the point; an empty name shows the point without a label. */
  name: string;
}

export interface MapPlace extends MapPoint {
  id: number;
}

/** The area itself: what the map draws and what `areaBounds` fits the view to. */
export interface WorkArea {
  kind: WorkAreaKind | null;
  places: readonly MapPlace[];
  radiusKm: number | null;
  /** The middle of the radius: the (work) address's place, when known. */
  centre: MapPoint | null;
}

/** The texts on the map itself; each defaults to frontend-common's `common.map.*`. */
export interface WorkAreaMapLabels {
  /** Under the map when no background tile could load. */
  tilesFailed?: string;
  /** The credit to OpenStreetMap's contributors in the attribution (a link's text). */
  osm?: string;
  /** The credit for the country borders in the attribution. */
  borders?: string;
}

export interface WorkAreaMapProps extends WorkArea {
  labels?: WorkAreaMapLabels;
}

/** [south, west, north, east] */
export type Bounds = readonly [number, number, number, number];

const KM_PER_DEGREE_LATITUDE = 111.32;

/** What the map should show: the chosen places, the circle, or the whole country. */
export function areaBounds({ kind, places, radiusKm, centre }: WorkArea): Bounds {
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
