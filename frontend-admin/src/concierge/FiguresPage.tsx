import { ErrorState, LoadingState, PageHeader, todayInKring, useFormat } from '@kring/common';
import { Box, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RequireStaff } from '../components/RequireStaff';
import { ADMIN_PATHS, CONCIERGE_PATHS } from '../paths';
import { useFigures, type Figures } from './api';

/** How cases were solved in a period: informal (neighbours, volunteers) or formal. */
export default function ConciergeFiguresPage() {
  return (
    <RequireStaff task="work_concierge_cases">
      <FiguresView />
    </RequireStaff>
  );
}

function FiguresView() {
  const { t } = useTranslation();
  const today = todayInKring();
  const [since, setSince] = useState(`${today.slice(0, 4)}-01-01`);
  const [until, setUntil] = useState(today);
  const figures = useFigures(since, until);
  return (
    <Stack maw={900} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('concierge.figures.title')}
        crumbs={[
          { label: t('common.navigation.home'), to: ADMIN_PATHS.home },
          { label: t('concierge.title'), to: CONCIERGE_PATHS.queue },
        ]}
      />
      <Group gap="md" wrap="wrap">
        <TextInput
          id="figures-since"
          type="date"
          label={t('concierge.figures.since')}
          value={since}
          onChange={(event) => setSince(event.currentTarget.value)}
        />
        <TextInput
          id="figures-until"
          type="date"
          label={t('concierge.figures.until')}
          value={until}
          onChange={(event) => setUntil(event.currentTarget.value)}
        />
      </Group>
      {figures.isPending ? (
        <LoadingState />
      ) : figures.isError ? (
        <ErrorState error={figures.error} onRetry={() => void figures.refetch()} />
      ) : (
        <FigureBars figures={figures.data} />
      )}
    </Stack>
  );
}

/** Plain boxes, each bar with its figure as text (no chart library). */
function FigureBars({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const format = useFormat();
  const bars = [
    {
      key: 'informal',
      label: t('concierge.figures.informal'),
      count: figures.informal,
      share: figures.informal_share,
      colour: 'var(--mantine-color-kringTeal-7)',
    },
    {
      key: 'formal',
      label: t('concierge.figures.formal'),
      count: figures.formal,
      share: figures.formal_share,
      colour: 'var(--mantine-color-kringClay-7)',
    },
  ];
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="figures-split">
      <Stack gap="md">
        <Text>
          {t('concierge.figures.closed', {
            closed: figures.closed,
            done: figures.done,
            cancelled: figures.cancelled,
          })}
        </Text>
        {figures.solved_share !== null ? (
          <Text fw={600}>
            {t('concierge.figures.solvedShare', { share: format.percent(figures.solved_share) })}
          </Text>
        ) : null}
        <Title order={2} size="h3" id="figures-split">
          {t('concierge.figures.split')}
        </Title>
        {figures.solved === 0 ? (
          <Text c="dark.5">{t('concierge.figures.none')}</Text>
        ) : (
          <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {bars.map((bar) => {
              const text = t('concierge.figures.bar', {
                label: bar.label,
                count: bar.count,
                share: format.percent(bar.share ?? 0),
              });
              return (
                <Stack key={bar.key} gap={4} component="li">
                  <Text size="sm">{text}</Text>
                  <Box
                    h={14}
                    bg="gray.2"
                    style={{ borderRadius: 7, overflow: 'hidden' }}
                    aria-hidden
                  >
                    <Box
                      h="100%"
                      w={`${(bar.share ?? 0) * 100}%`}
                      style={{ background: bar.colour }}
                    />
                  </Box>
                </Stack>
              );
            })}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
