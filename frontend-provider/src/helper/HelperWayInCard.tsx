import { useMe } from '@kring/common';
import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useHelperProfile } from '../api/helper';
import { PROVIDER_PATHS } from '../home/paths';

/**
 * Next to the paid provider sign-up: the free way in as a helper (a neighbour who volunteers,
 * or helps at their own hourly rate). For signed-in people; "your helper profile" once there.
 */
export function HelperWayInCard() {
  const { t } = useTranslation();
  const me = useMe();
  const profile = useHelperProfile({ enabled: Boolean(me.data) });
  if (!me.data || profile.isPending || profile.isError) return null;
  const started = profile.data !== null;
  return (
    <Card
      withBorder
      padding="lg"
      maw={1040}
      mx="auto"
      w="100%"
      component="aside"
      aria-label={t('helper.wayIn.label')}
    >
      <Stack gap="sm">
        <Text fw={700} size="lg">
          {started ? t('helper.wayIn.titleStarted') : t('helper.wayIn.title')}
        </Text>
        <Text c="dark.7">{started ? t('helper.wayIn.bodyStarted') : t('helper.wayIn.body')}</Text>
        <Group>
          <Button component={Link} to={PROVIDER_PATHS.helper} variant="light" size="md">
            {started ? t('helper.wayIn.open') : t('helper.wayIn.start')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
