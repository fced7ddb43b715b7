import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Dossier } from '../api/dossiers';

/** Where the helper suggestions and the logged hours will appear, named so nobody looks for them elsewhere. */
export function ComingCards({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const matching =
    dossier.status === 'searching'
      ? t('dossiers.coming.matchingSearching')
      : t('dossiers.coming.matchingLater');
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
      <Card withBorder padding="lg" component="section" aria-labelledby="dossier-matching">
        <Title id="dossier-matching" order={2} size="h4" mb="xs">
          {t('dossiers.coming.matchingTitle')}
        </Title>
        <Text c="dark.5">{matching}</Text>
      </Card>
      <Card withBorder padding="lg" component="section" aria-labelledby="dossier-hours">
        <Title id="dossier-hours" order={2} size="h4" mb="xs">
          {t('dossiers.coming.hoursTitle')}
        </Title>
        <Text c="dark.5">{t('dossiers.coming.hours')}</Text>
      </Card>
    </SimpleGrid>
  );
}
