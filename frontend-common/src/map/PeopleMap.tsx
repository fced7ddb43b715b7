import { CircleMarker, Tooltip } from 'react-leaflet';
import type { Bounds, MapPoint, WorkAreaMapLabels } from './mapArea';
import { CLAY, MapFrame, TEAL } from './MapFrame';

export interface PeopleMapProps {
  /** The person everyone is around (a help seeker), drawn larger and in clay. */
  origin: MapPoint;
  /** The people around them, each labelled (e.g. "1 Anna"): approximate spots only. */
  others: readonly (MapPoint & { id: string })[];
  labels?: WorkAreaMapLabels;
}

/** The view that holds every point, with a little room around them. */
export function pointsBounds(points: readonly MapPoint[]): Bounds {
  const lats = points.map((point) => point.latitude);
  const lngs = points.map((point) => point.longitude);
  const pad = points.length === 1 ? 0.08 : 0.03;
  return [
    Math.min(...lats) - pad,
    Math.min(...lngs) - pad,
    Math.max(...lats) + pad,
    Math.max(...lngs) + pad,
  ];
}

/**
 * Someone and the people around them on a map: the help seeker and the helpers suggested for
 * them. The default export, so pages load it (and Leaflet) lazily, only where a map is shown.
 */
export default function PeopleMap({ origin, others, labels }: PeopleMapProps) {
  return (
    <MapFrame bounds={pointsBounds([origin, ...others])} labels={labels}>
      {others.map((other) => (
        <CircleMarker
          key={other.id}
          center={[other.latitude, other.longitude]}
          radius={7}
          pathOptions={{ color: '#ffffff', weight: 2, fillColor: TEAL, fillOpacity: 1 }}
        >
          {other.name ? (
            // Neighbours sit close together: their names show on hover and focus, not all at
            // once on top of each other; the numbered list under the map says who is who.
            <Tooltip direction="top" offset={[0, -6]}>
              {other.name}
            </Tooltip>
          ) : null}
        </CircleMarker>
      ))}
      <CircleMarker
        center={[origin.latitude, origin.longitude]}
        radius={9}
        pathOptions={{ color: '#ffffff', weight: 3, fillColor: CLAY, fillOpacity: 1 }}
      >
        {origin.name ? (
          <Tooltip direction="bottom" offset={[0, 8]} permanent>
            {origin.name}
          </Tooltip>
        ) : null}
      </CircleMarker>
    </MapFrame>
  );
}
