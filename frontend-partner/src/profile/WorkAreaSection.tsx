import { WorkAreaFigure, type WorkArea } from '@kring/common';
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicProfile } from '../api/providers';

/** The map's area: the places, the circle around the (rounded) address, or the country. */
function areaOf(profile: PublicProfile): WorkArea {
  return {
    kind: profile.work_area_kind,
    places: profile.places,
    radiusKm: profile.radius_km,
    centre:
      profile.latitude !== null && profile.longitude !== null
        ? { latitude: profile.latitude, longitude: profile.longitude, name: '' }
        : null,
  };
}

/**
 * "Werkgebied van …": the shared work-area map (it needs no tiles) and the same in words
 * ("Bert werkt in: …"), which is what screen readers get and what stays when the map cannot load.
 */
export function WorkAreaSection({ profile }: { profile: PublicProfile }) {
  const { t } = useTranslation();
  const name = profile.first_name;
  const kind = profile.work_area_kind;
  let summary: string;
  if (kind === 'places' && profile.places.length > 0) {
    summary = t('profile.workArea.places', {
      name,
      places: profile.places.map((place) => place.name).join(', '),
    });
  } else if (kind === 'radius' && profile.radius_km) {
    summary = t('profile.workArea.radius', { name, count: profile.radius_km });
  } else if (kind === 'country') {
    summary = t('profile.workArea.country', { name });
  } else {
    summary = t('profile.workArea.none', { name });
  }
  return (
    <Stack gap="xs" component="section" aria-labelledby="profile-area-title">
      <Title order={2} size="h4" id="profile-area-title">
        {t('profile.workArea.title', { name })}
      </Title>
      {kind ? (
        <>
          <Text size="sm">{t('profile.workArea.lead', { name })}</Text>
          <WorkAreaFigure
            area={areaOf(profile)}
            summary={summary}
            summaryId="profile-area-summary"
          />
        </>
      ) : (
        <Text size="sm" c="dark.5">
          {summary}
        </Text>
      )}
    </Stack>
  );
}
