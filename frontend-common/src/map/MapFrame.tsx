import 'leaflet/dist/leaflet.css';
import { Stack, Text } from '@mantine/core';
import { Browser } from 'leaflet';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MapContainer, Polygon, TileLayer, useMap } from 'react-leaflet';
import { BELGIUM, NETHERLANDS, type Ring } from './countryOutlines';
import type { Bounds, WorkAreaMapLabels } from './mapArea';
import { MAP_TILES } from './mapSettings';
import classes from './WorkAreaMap.module.css';

export const TEAL = '#0b6b63';
export const CLAY = '#92401e';
const BORDER = '#7b8288';
const LAND = '#ffffff';
const NEIGHBOUR = '#f6f7f8';

/** Each outline ring is a polygon of its own (islands), without holes. */
const asPolygons = (rings: readonly Ring[]) =>
  rings.map((ring) => [ring.map(([lat, lng]) => [lat, lng] as [number, number])]);
const NETHERLANDS_POLYGONS = asPolygons(NETHERLANDS);
const BELGIUM_POLYGONS = asPolygons(BELGIUM);

type TileState = 'waiting' | 'loaded' | 'failed';

export interface MapFrameProps {
  bounds: Bounds;
  /** The whole Netherlands is the area (a nationwide work area). */
  netherlandsHighlighted?: boolean;
  labels?: WorkAreaMapLabels | undefined;
  children: ReactNode;
}

/**
 * A Leaflet map of the Netherlands and Belgium kept fitted to `bounds`, with what `children`
 * draw on it. The country outlines ship with the app, so without map tiles (offline, blocked)
 * the map still shows the countries, on a plain background. A visual aid only: callers say the
 * same in words next to it.
 */
export function MapFrame({
  bounds,
  netherlandsHighlighted = false,
  labels,
  children,
}: MapFrameProps) {
  const { t } = useTranslation();
  const [tiles, setTiles] = useState<TileState>('waiting');
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
              netherlandsHighlighted
                ? { color: TEAL, weight: 2, fillColor: TEAL, fillOpacity: 0.28 }
                : { color: BORDER, weight: 1, fillColor: LAND, fillOpacity: landFill }
            }
          />
          {children}
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
