import { errorMessage } from '@kring/common';
import { Alert, Card, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSetBadges, type Badges, type Provider } from '../api/providers';

const BADGES = ['identity_document_seen', 'seen_in_person', 'introduction_video'] as const;

/** The badges staff give after seeing something themselves; each switch is saved at once. */
export function BadgesCard({ provider, mayChange }: { provider: Provider; mayChange: boolean }) {
  const { t } = useTranslation();
  const setBadges = useSetBadges(provider.id);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="provider-badges">
      <Stack gap="md">
        <Title order={2} size="h3" id="provider-badges">
          {t('provider.badges.title')}
        </Title>
        <Text size="sm" c="dark.5">
          {t('provider.badges.lead')}
        </Text>
        {BADGES.map((badge) => (
          <Switch
            key={badge}
            id={`badge-${badge}`}
            label={t(`provider.badges.${badge}`)}
            checked={provider[badge]}
            disabled={!mayChange || setBadges.isPending}
            onChange={(event) => {
              const body: Badges = { [badge]: event.currentTarget.checked };
              setBadges.mutate(body);
            }}
          />
        ))}
        {setBadges.isError ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(setBadges.error, t)}
          </Alert>
        ) : null}
      </Stack>
    </Card>
  );
}
