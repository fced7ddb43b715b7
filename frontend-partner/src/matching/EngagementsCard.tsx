import { cellsOfWeek, DayPartGrid, StatusBadge, useFormat, type Week } from '@kring/common';
import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Engagement, EngagementAction } from '../api/matching';
import { ReasonDialog } from '../dossiers/dialogParts';

export interface EngagementsCardProps {
  engagements: readonly Engagement[];
  onAction?: (engagement: Engagement, action: EngagementAction, reason: string) => Promise<unknown>;
  pending: boolean;
  error: unknown;
}

const ACTIONS: Record<Engagement['status'], EngagementAction[]> = {
  active: ['pause', 'end'],
  paused: ['resume', 'end'],
  ended: [],
};

/** Who helps the help seeker now: contact details (shared from the engagement on), the week. */
export function EngagementsCard({ engagements, onAction, pending, error }: EngagementsCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [asking, setAsking] = useState<{ engagement: Engagement; action: EngagementAction } | null>(
    null,
  );
  if (engagements.length === 0) return null;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="dossier-engagements">
      <Title id="dossier-engagements" order={2} size="h4" mb="sm">
        {t('matching.engagements.title')}
      </Title>
      <Stack gap="md">
        {engagements.map((engagement) => {
          const helper = engagement.helper;
          const gridId = `engagement-week-${engagement.id}`;
          return (
            <Card key={engagement.id} withBorder padding="sm" radius="md" component="article">
              <Stack gap={6}>
                <Group gap="xs" wrap="wrap">
                  <Text fw={700}>
                    {[helper.first_name, helper.last_name].filter(Boolean).join(' ')}
                  </Text>
                  <StatusBadge
                    color={engagement.status === 'active' ? 'kringTeal' : 'gray'}
                    asWritten
                  >
                    {t(`matching.engagements.status.${engagement.status}`)}
                  </StatusBadge>
                </Group>
                <Text size="sm" c="dark.5">
                  {t('matching.engagements.since', { date: format.date(engagement.started_at) })}
                </Text>
                <Group gap="md" wrap="wrap">
                  {helper.phone ? (
                    <Anchor href={`tel:${helper.phone}`} size="sm">
                      {format.phone(helper.phone)}
                    </Anchor>
                  ) : null}
                  <Anchor
                    href={`mailto:${helper.email}`}
                    size="sm"
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {helper.email}
                  </Anchor>
                </Group>
                {engagement.pause_reason && engagement.status === 'paused' ? (
                  <Text size="sm">
                    {t('matching.engagements.pausedBecause', { reason: engagement.pause_reason })}
                  </Text>
                ) : null}
                {engagement.end_reason ? (
                  <Text size="sm">
                    {t('matching.engagements.endedBecause', { reason: engagement.end_reason })}
                  </Text>
                ) : null}
                <Text id={gridId} size="sm" c="dimmed">
                  {t('matching.engagements.week')}
                </Text>
                <DayPartGrid
                  labelledBy={gridId}
                  value={cellsOfWeek(engagement.day_parts as Week)}
                />
                {onAction && ACTIONS[engagement.status].length > 0 ? (
                  <Group gap="xs">
                    {ACTIONS[engagement.status].map((action) => (
                      <Button
                        key={action}
                        size="xs"
                        variant="default"
                        onClick={() => setAsking({ engagement, action })}
                      >
                        {t(`matching.engagements.actions.${action}.button`)}
                      </Button>
                    ))}
                  </Group>
                ) : null}
              </Stack>
            </Card>
          );
        })}
      </Stack>
      {asking && onAction ? (
        <ReasonDialog
          id="engagement-reason"
          title={t(`matching.engagements.actions.${asking.action}.title`, {
            name: asking.engagement.helper.first_name,
          })}
          what={t(`matching.engagements.actions.${asking.action}.what`, {
            name: asking.engagement.helper.first_name,
          })}
          reason={asking.action === 'resume' ? 'optional' : 'required'}
          reasonRequired={t('matching.reasonRequired', {
            name: asking.engagement.helper.first_name,
          })}
          confirmLabel={t(`matching.engagements.actions.${asking.action}.confirm`)}
          danger={asking.action === 'end'}
          pending={pending}
          error={error}
          onConfirm={(reason) =>
            void onAction(asking.engagement, asking.action, reason).then(() => setAsking(null))
          }
          onClose={() => setAsking(null)}
        />
      ) : null}
    </Card>
  );
}
