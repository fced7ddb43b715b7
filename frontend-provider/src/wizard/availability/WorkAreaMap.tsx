import type { WorkAreaMapProps } from '@kring/common';
import SharedWorkAreaMap from '@kring/common/map/WorkAreaMap';
import { useTranslation } from 'react-i18next';

/**
 * The work-area map of the wizard and the settings: frontend-common's map
 * (`src/map/WorkAreaMap.tsx`) with this portal's own words on it ("je"). Loaded lazily, as
 * before: this module and Leaflet form their own chunk.
 */
export default function WorkAreaMap(props: WorkAreaMapProps) {
  const { t } = useTranslation();
  return (
    <SharedWorkAreaMap
      {...props}
      labels={{
        tilesFailed: t('wizard.availability.map.tilesFailed'),
        osm: t('wizard.availability.map.osm'),
        borders: t('wizard.availability.map.borders'),
        ...props.labels,
      }}
    />
  );
}
