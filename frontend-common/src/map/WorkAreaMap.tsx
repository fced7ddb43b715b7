import 'leaflet/dist/leaflet.css';
import { Stack, Text } from '@mantine/core';
import { Browser } from 'leaflet';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Circle,
  CircleMarker,
  MapContainer,
  Polygon,
  TileLayer,
  Tooltip,
  useMap,
} from 'react-leaflet';
import { BELGIUM, NETHERLANDS, type Ring } from './countryOutlines';
import { areaBounds, type Bounds, type WorkAreaMapProps } from './mapArea';
import { MAP_TILES } from './mapSettings';
import classes from './WorkAreaMap.module.css';

const TEAL = '#0b6b63';
const CLAY = '#92401e';
const BORDER = '#7b8288';
const LAND = '#ffffff';
const NEIGHBOUR = '#f6f7f8';

/** Each outline ring is a polygon of its own (islands), without holes. */
const asPolygons = (rings: readonly Ring[]) =>
  rings.map((ring) => [ring.map(([lat, lng]) => [lat, lng] as [number, number])]);
const NETHERLANDS_POLYGONS = asPolygons(NETHERLANDS);
const BELGIUM_POLYGONS = asPolygons(BELGIUM);

/** Places get their names beside them while few enough to read. */
const MAX_LABELLED_PLACES = 8;

type TileState = 'waiting' | 'loaded' | 'failed';

/**
 * A work area on a Leaflet map: a marker per place, a circle for the radius around the
 * address, or the whole country. The country outlines are drawn from data shipped with the app,
 * so without map tiles (offline, blocked) the map still shows the Netherlands and the area, on a
 * plain background. A visual aid only: the caller says the same in words under the map (see
 * `WorkAreaFigure`). The texts on the map come from `labels`, else from `common.map.*`.
 *
 * The default export, so pages load it (and Leaflet) lazily, only where a map is shown.
 */
export default function WorkAreaMap(props: WorkAreaMapProps) {
  const { t } = useTranslation();
  const { kind, places, radiusKm, centre, labels } = props;
  const [tiles, setTiles] = useState<TileState>('waiting');
  const bounds = areaBounds(props);
  const attribution = [
    MAP_TILES.attribution ??
      `&copy; <a href="https://www.openstreetmap.org/copyright">${labels?.osm ?? t('common.map.osm')}</a>`,
    labels?.borders ?? t('common.map.borders'),
  ].join(' | ');
  // Land is painted only while no tile has loaded: over real tiles the outlines are lines only.
  const landFill = tiles === 'loaded' ? 0 : 1;

  return (
    <Stack gap={4}>
      <div className={classes.frame} data-tiles={tiles}>
        <MapContainer
          bounds={[
            [bounds[0], bounds[1]],
            [bounds[2], bounds[3]],
          ]}
          scrollWheelZoom={false}
          keyboard={false}
          dragging={!Browser.mobile}
          attributionControl
        >
          <TileLayer
            url={MAP_TILES.url}
            attribution={attribution}
            // Kring's pages send no Referer to other sites (Referrer-Policy: same-origin), but
            // OpenStreetMap's tile servers refuse browsers that name no site: tiles say which
            // site asks, never which page.
            referrerPolicy="strict-origin"
            eventHandlers={{
              tileload: () => setTiles('loaded'),
              tileerror: () => setTiles((state) => (state === 'loaded' ? state : 'failed')),
            }}
          />
          <Polygon
            positions={BELGIUM_POLYGONS}
            interactive={false}
            pathOptions={{ color: BORDER, weight: 1, fillColor: NEIGHBOUR, fillOpacity: landFill }}
          />
          <Polygon
            positions={NETHERLANDS_POLYGONS}
            interactive={false}
            pathOptions={
              kind === 'country'
                ? { color: TEAL, weight: 2, fillColor: TEAL, fillOpacity: 0.28 }
                : { color: BORDER, weight: 1, fillColor: LAND, fillOpacity: landFill }
            }
          />
          {kind === 'places'
            ? places.map((place) => (
                <CircleMarker
                  key={place.id}
                  center={[place.latitude, place.longitude]}
                  radius={7}
                  pathOptions={{ color: '#ffffff', weight: 2, fillColor: CLAY, fillOpacity: 1 }}
                >
                  <Tooltip
                    direction="top"
                    offset={[0, -6]}
                    permanent={places.length <= MAX_LABELLED_PLACES}
                  >
                    {place.name}
                  </Tooltip>
                </CircleMarker>
              ))
            : null}
          {kind === 'radius' && centre && radiusKm ? (
            <>
              <Circle
                center={[centre.latitude, centre.longitude]}
                radius={radiusKm * 1000}
                pathOptions={{ color: TEAL, weight: 2, fillColor: TEAL, fillOpacity: 0.2 }}
              />
              <CircleMarker
                center={[centre.latitude, centre.longitude]}
                radius={6}
                pathOptions={{ color: '#ffffff', weight: 2, fillColor: CLAY, fillOpacity: 1 }}
              >
                {centre.name ? (
                  <Tooltip direction="top" offset={[0, -6]} permanent>
                    {centre.name}
                  </Tooltip>
                ) : null}
              </CircleMarker>
            </>
          ) : null}
          {/* Without tiles, a close view is an empty white: stay far enough out to see the country. */}
          <FitBounds bounds={bounds} maxZoom={tiles === 'loaded' ? 11 : 8} />
        </MapContainer>
      </div>
      {tiles === 'failed' ? (
        <Text size="xs" c="dark.5">
          {labels?.tilesFailed ?? t('common.map.tilesFailed')}
        </Text>
      ) : null}
    </Stack>
  );
}

/**
 * Keeps the area in view: fits the map to it when the area changes, and again when the map's
 * box changes size (a phone turned, the window narrowed). Leaflet only notices window resizes,
 * not a box that grows or shrinks with the layout, so the box itself is observed.
 */
function FitBounds({ bounds, maxZoom }: { bounds: Bounds; maxZoom: number }) {
  const map = useMap();
  const [south, west, north, east] = bounds;
  useEffect(() => {
    const fit = () =>
      map.fitBounds(
        [
          [south, west],
          [north, east],
        ],
        { padding: [20, 20], maxZoom, animate: false },
      );
    fit();
    const observer = new ResizeObserver(() => {
      map.invalidateSize({ pan: false });
      fit();
    });
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map, south, west, north, east, maxZoom]);
  return null;
}
