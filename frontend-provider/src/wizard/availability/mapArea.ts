// The work area's shapes and view moved to frontend-common (`src/map/mapArea.ts`), with the map.
export {
  areaBounds,
  type Bounds,
  type MapPlace,
  type MapPoint,
  type WorkAreaMapProps,
} from '@kring/common';
