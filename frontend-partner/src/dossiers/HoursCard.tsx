import { Card, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Where the hours the helper logs will appear, named so nobody looks for them elsewhere. */
export function HoursCard() {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="dossier-hours">
      <Title id="dossier-hours" order={2} size="h4" mb="xs">
        {t('dossiers.coming.hoursTitle')}
      </Title>
      <Text c="dark.5">{t('dossiers.coming.hours')}</Text>
    </Card>
  );
}
