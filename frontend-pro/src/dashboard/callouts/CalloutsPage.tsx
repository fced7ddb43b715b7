import { EmptyState, ErrorState, LoadingState, PageHeader, useFormat } from '@kring/common';
import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireMember, useActiveMember } from '../../members/ActiveMember';
import { useCallouts } from './api';
import { CalloutStatusBadge } from './CalloutStatusBadge';
import { CALLOUT_PATHS, calloutPath } from './paths';

/** "Oproepen": the organisation's callouts, newest first, with their answers counted. */
export default function CalloutsPage() {
  return (
    <RequireMember>
      <Callouts />
    </RequireMember>
  );
}

function Callouts() {
  const { t } = useTranslation();
  const format = useFormat();
  const { organisationId } = useActiveMember();
  const callouts = useCallouts(organisationId);
  const items = callouts.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack maw={1040} mx="auto" gap="xl" py={{ base: 0, sm: 'lg' }} w="100%">
      <PageHeader
        title={t('callouts.list.title')}
        lead={t('callouts.list.lead')}
        actions={
          <Button component={Link} to={CALLOUT_PATHS.create}>
            {t('callouts.list.new')}
          </Button>
        }
      />
      {callouts.isPending ? (
        <LoadingState />
      ) : callouts.isError ? (
        <ErrorState error={callouts.error} onRetry={() => void callouts.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('callouts.list.empty')} />
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((callout) => (
            <Card key={callout.id} component="li" withBorder padding="md">
              <Stack gap={4}>
                <Group justify="space-between" gap="xs">
                  <Anchor component={Link} to={calloutPath(callout.id)} fw={600}>
                    {callout.title}
                  </Anchor>
                  <CalloutStatusBadge status={callout.status} />
                </Group>
                <Text size="sm" c="dark.5">
                  {callout.neighbourhoods.map((n) => n.name).join(', ')}
                </Text>
                <Text size="sm">
                  {t('callouts.list.facts', {
                    count: callout.answer_count,
                    date: format.day(callout.ends_on),
                  })}
                </Text>
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
      {callouts.hasNextPage ? (
        <Group>
          <Button variant="default" onClick={() => void callouts.fetchNextPage()}>
            {t('callouts.list.more')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
