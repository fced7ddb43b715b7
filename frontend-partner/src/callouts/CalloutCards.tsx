import { useFormat } from '@kring/common';
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNeighbourhoodCallouts, type CalloutInFeed } from '../api/callouts';
import { calloutPath } from '../paths';
import { PlainText } from '../posts/PostParts';

/**
 * The open callouts of the municipality or social service, on top of the neighbourhood's feed:
 * external messages, set apart from the neighbours' posts. Nothing when there are none (or
 * when they cannot be read: the feed itself still shows).
 */
export function CalloutCards({ neighbourhoodId }: { neighbourhoodId: string }) {
  const { t } = useTranslation();
  const callouts = useNeighbourhoodCallouts(neighbourhoodId);
  if (!callouts.data || callouts.data.length === 0) return null;
  return (
    <Stack component="section" aria-labelledby="callouts-heading" gap="sm">
      <Title order={2} id="callouts-heading" fz="lg">
        {t('callouts.feed.heading')}
      </Title>
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {callouts.data.map((callout) => (
          <CalloutCard key={callout.id} neighbourhoodId={neighbourhoodId} callout={callout} />
        ))}
      </Stack>
    </Stack>
  );
}

function CalloutCard({
  neighbourhoodId,
  callout,
}: {
  neighbourhoodId: string;
  callout: CalloutInFeed;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `callout-${callout.id}`;
  return (
    <Card
      component="li"
      withBorder
      padding="lg"
      aria-labelledby={headingId}
      data-testid="callout-card"
      style={{
        borderLeft: '6px solid var(--mantine-color-kringClay-7)',
        background: 'var(--mantine-color-kringClay-0)',
      }}
    >
      <Stack gap="xs">
        <Group gap="xs">
          <Badge color="kringClay.7" variant="filled">
            {t('callouts.feed.badge')}
          </Badge>
          <Text size="sm" fw={600}>
            {t('callouts.feed.from', { organisation: callout.organisation_name })}
          </Text>
        </Group>
        <Title order={3} id={headingId} fz="lg" style={{ overflowWrap: 'anywhere' }}>
          {callout.title}
        </Title>
        <PlainText>{callout.body}</PlainText>
        <Group justify="space-between" gap="sm">
          <Text size="sm" c="dark.5">
            {t('callouts.feed.endsOn', { date: format.day(callout.ends_on) })}
          </Text>
          <Button
            component={Link}
            to={calloutPath(neighbourhoodId, callout.id)}
            color="kringClay.7"
            aria-describedby={headingId}
          >
            {callout.answered ? t('callouts.feed.change') : t('callouts.feed.answer')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
