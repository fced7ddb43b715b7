import { useFormat } from '@kring/common';
import { Anchor, Box, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AGE_BUCKETS, DEVICE_CATEGORIES, type RentalsSummary } from '../api/orders';

interface Bar {
  key: string;
  label: string;
  count: number;
}

/** Horizontal bars drawn with boxes, each labelled with its figure (no chart library). */
function Bars({
  id,
  title,
  bars,
  color,
}: {
  id: string;
  title: string;
  bars: Bar[];
  color: string;
}) {
  const format = useFormat();
  const largest = Math.max(1, ...bars.map((bar) => bar.count));
  return (
    <Box component="figure" m={0} aria-labelledby={id} aria-describedby="rentals-chart-alternative">
      <Stack gap="sm">
        <Title order={3} size="h4" id={id}>
          {title}
        </Title>
        <Stack gap="xs" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
          {bars.map((bar) => (
            <Box component="li" key={bar.key} data-testid={`bar-${bar.key}`}>
              <Group justify="space-between" gap="xs" wrap="nowrap" mb={2}>
                <Text size="sm" miw={0} style={{ overflowWrap: 'anywhere' }}>
                  {bar.label}
                </Text>
                <Text size="sm" fw={700} style={{ whiteSpace: 'nowrap' }}>
                  {format.number(bar.count)}
                </Text>
              </Group>
              <Box
                h={12}
                bg="gray.1"
                style={{ borderRadius: 6, overflow: 'hidden' }}
                aria-hidden="true"
              >
                <Box
                  h="100%"
                  w={`${(bar.count / largest) * 100}%`}
                  bg={color}
                  style={{ borderRadius: 6, minWidth: bar.count > 0 ? 4 : 0 }}
                />
              </Box>
            </Box>
          ))}
        </Stack>
      </Stack>
    </Box>
  );
}

/**
 * Rentals outstanding counted by category and by how long they are out: two bar charts, and the
 * same figures in a table as their text alternative.
 */
export function RentalsChart({ summary }: { summary: RentalsSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const categories: Bar[] = DEVICE_CATEGORIES.map((category) => ({
    key: category,
    label: `${category} · ${t(`orders.category.${category}`)}`,
    count: summary.by_category.find((item) => item.category === category)?.count ?? 0,
  }));
  const ages: Bar[] = AGE_BUCKETS.map((bucket) => ({
    key: bucket,
    label: t(`orders.rentals.age.${bucket}`),
    count: summary.by_age.find((item) => item.bucket === bucket)?.count ?? 0,
  }));
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="rentals-chart-title">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={2} size="h3" id="rentals-chart-title">
            {t('orders.rentals.chart.title')}
          </Title>
          <Text size="sm" c="dark.5">
            {t('orders.rentals.chart.lead', {
              count: summary.total,
              total: format.number(summary.total),
              date: format.day(summary.as_of),
            })}
          </Text>
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xl">
          <Bars
            id="rentals-by-category"
            title={t('orders.rentals.chart.byCategory')}
            bars={categories}
            color="kringTeal.7"
          />
          <Bars
            id="rentals-by-age"
            title={t('orders.rentals.chart.byAge')}
            bars={ages}
            color="kringClay.7"
          />
        </SimpleGrid>
        <Text size="sm" c="dark.5" id="rentals-chart-alternative">
          {t('orders.rentals.chart.alternative')}{' '}
          <Anchor href="#rentals-table" size="sm" underline="always">
            {t('orders.rentals.chart.toTable')}
          </Anchor>
        </Text>
        <Table.ScrollContainer minWidth={280}>
          <Table id="rentals-table" withTableBorder striped captionSide="top">
            <Table.Caption>{t('orders.rentals.chart.tableCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('orders.rentals.chart.group')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('orders.rentals.chart.count')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            {[
              { key: 'category', title: t('orders.rentals.chart.byCategory'), bars: categories },
              { key: 'age', title: t('orders.rentals.chart.byAge'), bars: ages },
            ].map((group) => (
              <Table.Tbody key={group.key}>
                <Table.Tr>
                  <Table.Th colSpan={2} scope="rowgroup" bg="gray.0">
                    {group.title}
                  </Table.Th>
                </Table.Tr>
                {group.bars.map((bar) => (
                  <Table.Tr key={bar.key}>
                    <Table.Th scope="row" fw={400}>
                      {bar.label}
                    </Table.Th>
                    <Table.Td ta="right">{format.number(bar.count)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            ))}
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Card>
  );
}
