import { errorMessage } from '@kring/common';
import { Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useActivateHelperProfile, type HelperProfile } from '../api/helper';

type Standing = 'draft' | 'suspended' | 'waiting' | 'paused' | 'matchable';

/** Where the helper profile stands, in one word for the badge and a sentence for the card. */
export function standingOf(profile: HelperProfile): Standing {
  if (profile.status === 'suspended') return 'suspended';
  if (profile.status === 'draft') return 'draft';
  if (!profile.identity_document_seen) return 'waiting';
  if (!profile.accepting_new) return 'paused';
  return 'matchable';
}

const COLOURS: Record<Standing, string> = {
  draft: 'gray',
  suspended: 'red',
  waiting: 'kringClay',
  paused: 'gray',
  matchable: 'kringTeal',
};

/**
 * The helper profile's status: a draft (with what is missing and the way to make it active),
 * active and waiting for Kring's identity check, active with the badge (in partners'
 * suggestions), or not accepting new help seekers.
 */
export function HelperStatusCard({ profile }: { profile: HelperProfile }) {
  const { t } = useTranslation();
  const activate = useActivateHelperProfile();
  const standing = standingOf(profile);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="helper-status-title">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h4" id="helper-status-title">
            {t('helper.status.title')}
          </Title>
          <Badge color={COLOURS[standing]} variant="light">
            {t(`helper.status.${standing}`)}
          </Badge>
        </Group>
        <Text size="sm">{t(`helper.status.${standing}Body`)}</Text>
        {profile.status === 'draft' && profile.missing.length > 0 ? (
          <Stack gap={4}>
            <Text size="sm" fw={700}>
              {t('helper.status.missingTitle')}
            </Text>
            <List size="sm">
              {profile.missing.map((part) => (
                <List.Item key={part}>{t(`helper.missing.${part}`)}</List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
        {profile.identity_document_seen ? (
          <Text size="sm" c="kringTeal.9" fw={500}>
            {profile.seen_in_person
              ? t('helper.status.badgesBoth')
              : t('helper.status.badgeIdentity')}
          </Text>
        ) : null}
        {profile.status === 'draft' ? (
          <Group>
            <Button
              onClick={() => activate.mutate()}
              loading={activate.isPending}
              disabled={profile.missing.length > 0}
            >
              {t('helper.status.activate')}
            </Button>
          </Group>
        ) : null}
        {activate.error ? (
          <Text role="alert" size="sm" c="red.9" fw={500}>
            {errorMessage(activate.error, t)}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
