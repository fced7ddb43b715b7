import { Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { WorkArea } from '../map/mapArea';
import { WorkAreaFigure } from '../map/WorkAreaFigure';
import { sectionOrder, type ProfileTitleOrder, type ShownProfile } from './types';

/**
 * The map's area: the places, the circle around the centre, or the country. The centre is the
 * address rounded to its neighbourhood (the API's public profile) and has no name on the map.
 */
function areaOf(profile: ShownProfile): WorkArea {
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

/** "Pieter werkt in: …": the work area in words, the map's caption. */
function summaryOf(profile: ShownProfile, t: TFunction): string {
  const name = profile.first_name;
  const kind = profile.work_area_kind;
  if (kind === 'places' && profile.places.length > 0) {
    const places = profile.places.map((place) => place.name).join(', ');
    return t('profile.workArea.places', { name, places });
  }
  if (kind === 'radius' && profile.radius_km) {
    return t('profile.workArea.radius', { name, count: profile.radius_km });
  }
  if (kind === 'country') return t('profile.workArea.country', { name });
  return t('profile.workArea.none', { name });
}

/**
 * "Werkgebied van …": frontend-common's work-area map (it needs no tiles) and the same in words,
 * which is what screen readers get and what stays when the map cannot load.
 */
export function WorkAreaSection({
  profile,
  order,
}: {
  profile: ShownProfile;
  order: ProfileTitleOrder;
}) {
  const { t } = useTranslation();
  const name = profile.first_name;
  const summary = summaryOf(profile, t);
  return (
    <Stack gap="xs" component="section" aria-labelledby="profile-area-title">
      <Title order={sectionOrder(order)} size="h4" id="profile-area-title">
        {t('profile.workArea.title', { name })}
      </Title>
      {profile.work_area_kind ? (
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
