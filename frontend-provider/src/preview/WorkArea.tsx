import { Box, Loader, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapPoint } from '../wizard/availability/mapArea';
import type { PublicProfile, TitleOrder } from './types';

// Leaflet only loads where a map is shown.
const WorkAreaMap = lazy(() => import('../wizard/availability/WorkAreaMap'));

/** The middle of a radius: where the address was found on the map, named by its city. */
function centreOf(profile: PublicProfile): MapPoint | null {
  if (profile.latitude === null || profile.longitude === null) return null;
  return {
    latitude: profile.latitude,
    longitude: profile.longitude,
    name: profile.address?.city ?? '',
  };
}

/**
 * "Werkgebied van …": the work area on the map (which needs no tiles) and in words, which is
 * what screen readers get and what stays when the map cannot load.
 */
export function WorkArea({ profile, order }: { profile: PublicProfile; order: TitleOrder }) {
  const { t } = useTranslation();
  const name = profile.first_name;
  const kind = profile.work_area_kind;
  const centre = centreOf(profile);
  let summary: string;
  if (kind === 'places' && profile.places.length > 0) {
    summary = t('preview.workArea.places', {
      places: profile.places.map((place) => place.name).join(', '),
    });
  } else if (kind === 'radius' && profile.radius_km) {
    summary = centre?.name
      ? t('preview.workArea.radius', { count: profile.radius_km, place: centre.name })
      : t('preview.workArea.radiusNoPlace', { count: profile.radius_km });
  } else if (kind === 'country') {
    summary = t('preview.workArea.country');
  } else {
    summary = t('preview.workArea.none');
  }
  return (
    <Stack gap="xs" component="section" aria-labelledby="profile-area-title">
      <Title order={(order + 1) as 2 | 3} size="h4" id="profile-area-title">
        {t('preview.workArea.title', { name })}
      </Title>
      {kind ? (
        <>
          <Text size="sm">{t('preview.workArea.lead', { name })}</Text>
          <Box component="figure" m={0}>
            <Suspense fallback={<MapLoading />}>
              <WorkAreaMap
                kind={kind}
                places={profile.places}
                radiusKm={profile.radius_km}
                centre={centre}
              />
            </Suspense>
            <Text component="figcaption" size="sm" mt="xs" fw={600} data-testid="work-area-summary">
              {summary}
            </Text>
          </Box>
        </>
      ) : (
        <Text size="sm" c="dark.5">
          {summary}
        </Text>
      )}
    </Stack>
  );
}

function MapLoading() {
  const { t } = useTranslation();
  return (
    <Stack h={260} align="center" justify="center" gap="xs" bg="gray.1" role="status">
      <Loader size="sm" aria-hidden="true" />
      <Text size="sm" c="dark.5">
        {t('preview.workArea.loading')}
      </Text>
    </Stack>
  );
}
