import { Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DAY_PARTS, WEEKDAYS } from '../format/dayParts';
import { useFormat } from '../format/useFormat';
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
  const format = useFormat();
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
          <Table
            aria-labelledby="profile-days-title"
            aria-describedby="profile-days-lead"
            withTableBorder
            withColumnBorders
            verticalSpacing={4}
            horizontalSpacing={6}
            bg="white"
            maw={480}
            fz={{ base: 13, xs: 14 }}
            data-testid="day-parts"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('profile.dayParts.day')}</Table.Th>
                {DAY_PARTS.map((part) => (
                  <Table.Th key={part} scope="col" ta="center">
                    {format.dayPart(part)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {WEEKDAYS.map((day) => (
                <Table.Tr key={day}>
                  <Table.Th scope="row" fw={600}>
                    {format.weekday(day)}
                  </Table.Th>
                  {DAY_PARTS.map((part) => {
                    const available = profile.day_parts[day]?.includes(part) ?? false;
                    return (
                      <Table.Td key={part} ta="center" c={available ? 'kringTeal.8' : 'dark.3'}>
                        <span aria-hidden="true">{available ? '✓' : '–'}</span>
                        <VisuallyHidden>
                          {available
                            ? t('profile.dayParts.available')
                            : t('profile.dayParts.unavailable')}
                        </VisuallyHidden>
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      ) : (
        <Text size="sm" c="dark.5">
          {t('profile.dayParts.none', { name })}
        </Text>
      )}
    </Stack>
  );
}
