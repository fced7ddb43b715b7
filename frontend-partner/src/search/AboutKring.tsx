import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PARTNER_PATHS } from '../paths';

const AUDIENCE = ['helpSeeker', 'relative', 'professional'] as const;
const FEATURES = ['dossier', 'match', 'hours', 'neighbourhood', 'transfer'] as const;

/** Under the search, before anyone searched: whom this portal is for and what it does. */
export function AboutKring() {
  const { t } = useTranslation();
  return (
    <>
      <Stack gap="md" component="section" aria-labelledby="landing-audience">
        <Title id="landing-audience" order={2}>
          {t('landing.audienceTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          {AUDIENCE.map((key) => (
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
              {key === 'professional' ? (
                <Anchor component={Link} to={PARTNER_PATHS.partnerAccess} fw={600} mt="sm">
                  {t('landing.audience.professional.link')}
                </Anchor>
              ) : null}
            </Card>
          ))}
        </SimpleGrid>
      </Stack>
      <Stack gap="md" component="section" aria-labelledby="landing-features">
        <Title id="landing-features" order={2}>
          {t('landing.featuresTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
          {FEATURES.map((key) => (
            <Card key={key} withBorder padding="lg">
              <Title order={3} size="h4" mb={6}>
                {t(`landing.features.${key}.title`)}
              </Title>
              <Text>{t(`landing.features.${key}.body`)}</Text>
            </Card>
          ))}
        </SimpleGrid>
      </Stack>
    </>
  );
}
