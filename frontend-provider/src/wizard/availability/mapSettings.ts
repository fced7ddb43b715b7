// The map's tile settings moved to frontend-common (`src/map/mapSettings.ts`), with the map:
// `VITE_MAP_TILE_URL` and `VITE_MAP_TILE_ATTRIBUTION` of this portal's build still apply.
export { MAP_TILES, OSM_TILE_URL, tileSettings, type TileSettings } from '@kring/common';
