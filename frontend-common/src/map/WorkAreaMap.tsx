import { Circle, CircleMarker, Tooltip } from 'react-leaflet';
import { areaBounds, type WorkAreaMapProps } from './mapArea';
import { CLAY, MapFrame, TEAL } from './MapFrame';

/** Places get their names beside them while few enough to read. */
const MAX_LABELLED_PLACES = 8;

/**
 * A work area on a Leaflet map: a marker per place, a circle for the radius around the
 * address, or the whole country. A visual aid only: the caller says the same in words under the
 * map (see `WorkAreaFigure`). The texts on the map come from `labels`, else from `common.map.*`.
 *
 * The default export, so pages load it (and Leaflet) lazily, only where a map is shown.
 */
export default function WorkAreaMap(props: WorkAreaMapProps) {
  const { kind, places, radiusKm, centre, labels } = props;
  return (
    <MapFrame
      bounds={areaBounds(props)}
      netherlandsHighlighted={kind === 'country'}
      labels={labels}
    >
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
    </MapFrame>
  );
}
