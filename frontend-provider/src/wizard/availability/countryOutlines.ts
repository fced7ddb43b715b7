// The country outlines moved to frontend-common (`src/map/countryOutlines.ts`), with the map.
export { BELGIUM, NETHERLANDS, NETHERLANDS_BOUNDS } from '@kring/common';
