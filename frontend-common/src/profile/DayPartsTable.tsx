import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { cellsOfWeek, WEEKDAYS } from '../format/dayParts';
import { DayPartGrid } from '../week/DayPartGrid';
import { sectionOrder, type ProfileTitleOrder, type ShownProfile } from './types';

/** The week's day parts the provider is usually available, as a table of ticks. */
export function DayPartsTable({
  profile,
  order,
}: {
  profile: ShownProfile;
  order: ProfileTitleOrder;
}) {
  const { t } = useTranslation();
  const name = profile.first_name;
  const any = WEEKDAYS.some((day) => (profile.day_parts[day]?.length ?? 0) > 0);
  return (
    <Stack gap="xs" component="section" aria-labelledby="profile-days-title">
      <Title order={sectionOrder(order)} size="h4" id="profile-days-title">
        {t('profile.dayParts.title')}
      </Title>
      {any ? (
        <>
          <Text size="sm" id="profile-days-lead">
            {t('profile.dayParts.lead', { name })}
          </Text>
          <DayPartGrid
            labelledBy="profile-days-title"
            describedBy="profile-days-lead"
            value={cellsOfWeek(profile.day_parts)}
            data-testid="day-parts"
          />
        </>
      ) : (
        <Text size="sm" c="dark.5">
          {t('profile.dayParts.none', { name })}
        </Text>
      )}
    </Stack>
  );
}
