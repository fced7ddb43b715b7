/**
 * Where the work-area map takes its background tiles from: `VITE_MAP_TILE_URL` (a Leaflet URL
 * template, e.g. `https://tiles.example.org/{z}/{x}/{y}.png`) and `VITE_MAP_TILE_ATTRIBUTION`
 * when set at build time (in the portal that shows the map), else OpenStreetMap's public tiles.
 * Without tiles (offline, blocked) the map still shows the country outlines and the work area.
 */
export const OSM_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

export interface TileSettings {
  url: string;
  /** HTML for Leaflet's attribution; `null`: OpenStreetMap's, in the UI's language. */
  attribution: string | null;
}

type Env = Record<string, string | boolean | undefined>;

export function tileSettings(env: Env): TileSettings {
  const url = typeof env.VITE_MAP_TILE_URL === 'string' ? env.VITE_MAP_TILE_URL.trim() : '';
  const attribution =
    typeof env.VITE_MAP_TILE_ATTRIBUTION === 'string' ? env.VITE_MAP_TILE_ATTRIBUTION.trim() : '';
  return url ? { url, attribution: attribution || null } : { url: OSM_TILE_URL, attribution: null };
}

// Written out as `import.meta.env`, so the portal's Vite puts its build settings in.
export const MAP_TILES: TileSettings = tileSettings(import.meta.env);
