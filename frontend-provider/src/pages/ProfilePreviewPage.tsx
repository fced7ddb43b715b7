import { displayName, ProfileView, useDocumentTitle, useMe } from '@kring/common';
import { Anchor, Badge, Card, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProviderProfile } from '../api/profile';
import { PROVIDER_PATHS } from '../home/paths';
import { RequireProfile } from '../home/RequireProfile';
import { toShownProfile } from '../preview/publicProfile';
import { stepPath } from '../wizard/steps';

/** My profile as customers will see it, under a banner that says whether it is online. */
export default function ProfilePreviewPage() {
  return <RequireProfile>{(profile) => <Preview profile={profile} />}</RequireProfile>;
}

function Preview({ profile }: { profile: ProviderProfile }) {
  const { t } = useTranslation();
  const me = useMe();
  const title = t('preview.title');
  useDocumentTitle(title, t('app.name'));
  const live = profile.status === 'live';
  return (
    <Stack maw={1100} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <Card
        withBorder
        padding="lg"
        bg={live ? 'kringTeal.0' : 'kringClay.0'}
        style={{
          borderColor: live
            ? 'var(--mantine-color-kringTeal-2)'
            : 'var(--mantine-color-kringClay-2)',
        }}
      >
        <Stack gap="xs">
          <Group gap="sm" align="center">
            <Title order={1} fz={{ base: 24, sm: 30 }} lh={1.2}>
              {title}
            </Title>
            <Badge
              size="lg"
              variant="filled"
              color={live ? 'kringTeal.7' : 'kringClay.7'}
              data-testid="profile-status"
            >
              {live ? t('preview.banner.live') : t('preview.banner.notLive')}
            </Badge>
          </Group>
          <Text>{live ? t('preview.banner.liveBody') : t('preview.banner.notLiveBody')}</Text>
          <Group gap="lg">
            {live ? null : (
              <Anchor component={Link} to={stepPath(profile.next_step)} fw={600}>
                {t('preview.banner.finish')}
              </Anchor>
            )}
            <Anchor component={Link} to={PROVIDER_PATHS.settings} fw={600}>
              {t('preview.banner.settings')}
            </Anchor>
          </Group>
        </Stack>
      </Card>
      <Paper
        withBorder
        radius="md"
        p={{ base: 'sm', xs: 'md', sm: 'xl' }}
        component="section"
        aria-label={t('preview.exampleLabel')}
      >
        <ProfileView
          profile={toShownProfile(profile, me.data ? displayName(me.data) : '')}
          order={2}
          contact={{ note: t('preview.contactNote') }}
          badgesHint={t('preview.badgesNone')}
        />
      </Paper>
    </Stack>
  );
}
