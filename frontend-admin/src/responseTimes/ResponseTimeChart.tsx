import { useFormat } from '@kring/common';
import { Anchor, Box, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProviderResponseTimes } from '../api/responseTimes';

export type ChartMetric = 'median' | 'overdue';

export interface ResponseTimeChartProps {
  /** The providers of the table's page: the chart shows the same ones. */
  rows: readonly ProviderResponseTimes[];
  /** The id of the table that holds the same figures as text. */
  tableId: string;
}

interface Bar {
  id: string;
  name: string;
  value: number;
  text: string;
}

/**
 * A bar chart of the page's providers: by median answer time (slowest first) or by overdue
 * requests (most first), as the API gives them. Drawn with plain boxes, so each bar carries its
 * figure as text; the table next to it is the chart's text alternative, and says so.
 */
export function ResponseTimeChart({ rows, tableId }: ResponseTimeChartProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [metric, setMetric] = useState<ChartMetric>('median');
  const bars: Bar[] =
    metric === 'median'
      ? rows
          .filter((row) => row.median_response_minutes !== null)
          .map((row) => {
            const minutes = Math.round(row.median_response_minutes ?? 0);
            return {
              id: row.profile_id,
              name: row.name,
              value: minutes,
              text: t('responseTimes.minutes', { count: minutes }),
            };
          })
      : rows.map((row) => ({
          id: row.profile_id,
          name: row.name,
          value: row.overdue,
          text: format.number(row.overdue),
        }));
  bars.sort((a, b) => b.value - a.value);
  const largest = Math.max(1, ...bars.map((bar) => bar.value));
  const left = rows.length - bars.length;
  return (
    <Card
      withBorder
      padding="lg"
      component="figure"
      m={0}
      aria-labelledby="response-chart-title"
      aria-describedby="response-chart-alternative"
    >
      <Stack gap="md">
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Title order={2} size="h3" id="response-chart-title">
            {t(`responseTimes.chart.title.${metric}`)}
          </Title>
          <SegmentedControl
            size="xs"
            value={metric}
            onChange={(value) => setMetric(value as ChartMetric)}
            aria-label={t('responseTimes.chart.metric')}
            data={[
              { value: 'median', label: t('responseTimes.chart.median') },
              { value: 'overdue', label: t('responseTimes.chart.overdue') },
            ]}
          />
        </Group>
        <Stack gap="xs" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
          {bars.map((bar) => (
            <Box component="li" key={bar.id}>
              <Group justify="space-between" gap="xs" wrap="nowrap" mb={2}>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }} miw={0}>
                  {bar.name}
                </Text>
                <Text size="sm" fw={700} style={{ whiteSpace: 'nowrap' }}>
                  {bar.text}
                </Text>
              </Group>
              <Box
                h={10}
                bg="gray.1"
                style={{ borderRadius: 5, overflow: 'hidden' }}
                aria-hidden="true"
              >
                <Box
                  h="100%"
                  w={`${(bar.value / largest) * 100}%`}
                  bg={metric === 'overdue' ? 'red.8' : 'kringTeal.7'}
                  style={{ borderRadius: 5, minWidth: bar.value > 0 ? 4 : 0 }}
                />
              </Box>
            </Box>
          ))}
        </Stack>
        {metric === 'median' && left > 0 ? (
          <Text size="sm" c="dark.5">
            {t('responseTimes.chart.noAnswers', { count: left })}
          </Text>
        ) : null}
        <Text component="figcaption" size="sm" c="dark.5" id="response-chart-alternative">
          {t('responseTimes.chart.alternative')}{' '}
          <Anchor href={`#${tableId}`} size="sm" underline="always">
            {t('responseTimes.chart.toTable')}
          </Anchor>
        </Text>
      </Stack>
    </Card>
  );
}
