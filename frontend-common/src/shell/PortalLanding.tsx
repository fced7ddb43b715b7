import { Alert, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ServiceStatus } from './ServiceStatus';
import { useDocumentTitle } from './useDocumentTitle';

export interface PortalLandingProps {
  /** Keys under `landing.audience.<key>.{title,body}`: whom the portal is for. */
  audience: readonly string[];
  /** Keys under `landing.features.<key>.{title,body}`: what they can do here. */
  features: readonly string[];
  /** Show `landing.note` as a highlighted remark. */
  withNote?: boolean;
}

/**
 * A portal's front page in plain language: who it is for and what they can do, from the
 * app's `landing.*` translations, with the service status at the bottom.
 */
export function PortalLanding({ audience, features, withNote = false }: PortalLandingProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('app.name'));
  return (
    <Stack gap={40} maw={1040} mx="auto" py={{ base: 'sm', sm: 'lg' }}>
      <Stack gap="sm" component="section" aria-labelledby="landing-title">
        <Text c="kringClay.7" fw={700} size="sm" tt="uppercase">
          {t('app.name')}
        </Text>
        <Title id="landing-title" order={1} maw={760} fz={{ base: 28, sm: 40 }} lh={1.15}>
          {t('landing.title')}
        </Title>
        <Text size="lg" maw={720}>
          {t('landing.lead')}
        </Text>
      </Stack>

      <Stack gap="md" component="section" aria-labelledby="landing-audience">
        <Title id="landing-audience" order={2}>
          {t('landing.audienceTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: audience.length === 2 ? 2 : 3 }} spacing="md">
          {audience.map((key) => (
            <Card
              key={key}
              withBorder
              padding="lg"
              bg="kringTeal.0"
              style={{ borderColor: 'var(--mantine-color-kringTeal-1)' }}
            >
              <Title order={3} size="h4" c="kringTeal.9" mb={6}>
                {t(`landing.audience.${key}.title`)}
              </Title>
              <Text c="kringTeal.9">{t(`landing.audience.${key}.body`)}</Text>
            </Card>
          ))}
        </SimpleGrid>
      </Stack>

      <Stack gap="md" component="section" aria-labelledby="landing-features">
        <Title id="landing-features" order={2}>
          {t('landing.featuresTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
          {features.map((key) => (
            <Card key={key} withBorder padding="lg">
              <Title order={3} size="h4" mb={6}>
                {t(`landing.features.${key}.title`)}
              </Title>
              <Text>{t(`landing.features.${key}.body`)}</Text>
            </Card>
          ))}
        </SimpleGrid>
        {withNote ? (
          <Alert variant="light" color="kringClay" title={t('landing.noteTitle')}>
            <Text size="sm" c="kringClay.9">
              {t('landing.note')}
            </Text>
          </Alert>
        ) : null}
      </Stack>

      <ServiceStatus />
    </Stack>
  );
}
