import { PageHeader, useFormat } from '@kring/common';
import { Anchor, Badge, Card, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { MoreList } from '../components/MoreList';
import { RequireStaff } from '../components/RequireStaff';
import {
  ADMIN_PATHS,
  NEIGHBOURHOOD_REPORT_PATHS,
  neighbourhoodReportPath,
  withQuery,
} from '../paths';
import { REPORT_VIEWS, reportViewFrom, useReports, type QueuedReport } from './api';

/** "Meldingen": reports from neighbourhoods, the open ones oldest first with their age. */
export default function ReportsPage() {
  return (
    <RequireStaff task="moderate_neighbourhoods">
      <Reports />
    </RequireStaff>
  );
}

function Reports() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const view = reportViewFrom(params.get('status'));
  const list = useReports(view);
  return (
    <Stack maw={1000} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('neighbourhoodReports.queue.title')}
        lead={t('neighbourhoodReports.queue.lead')}
        crumbs={[{ label: t('common.navigation.home'), to: ADMIN_PATHS.home }]}
      />
      <SegmentedControl
        value={view}
        onChange={(value) => {
          const next = reportViewFrom(value);
          void navigate(
            withQuery(NEIGHBOURHOOD_REPORT_PATHS.list, { status: next === 'open' ? null : next }),
          );
        }}
        aria-label={t('neighbourhoodReports.queue.view')}
        style={{ alignSelf: 'flex-start' }}
        data={REPORT_VIEWS.map((value) => ({
          value,
          label: t(`neighbourhoodReports.queue.views.${value}`),
        }))}
      />
      <MoreList
        query={list}
        empty={{
          title: t(`neighbourhoodReports.queue.empty.${view}`),
          description: t('neighbourhoodReports.queue.emptyBody'),
        }}
        moreLabel={t('neighbourhoodReports.queue.more')}
        shownLabel={(count) => t('neighbourhoodReports.queue.shown', { count })}
      >
        {(items) => (
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((item) => (
              <ReportCard key={item.id} item={item} />
            ))}
          </Stack>
        )}
      </MoreList>
    </Stack>
  );
}

function ReportCard({ item }: { item: QueuedReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card component="li" withBorder padding="md" data-testid="report">
      <Stack gap={4}>
        <Group justify="space-between" gap="sm">
          <Anchor component={Link} to={neighbourhoodReportPath(item.id)} fw={600}>
            {t(`neighbourhoodReports.subject.${item.subject_type}`)}
            {': '}
            {item.reported_name}
          </Anchor>
          {item.status === 'open' ? (
            <Badge color="kringClay.7" data-testid="age">
              {item.age_hours < 24
                ? t('neighbourhoodReports.queue.hours', { count: item.age_hours })
                : t('neighbourhoodReports.queue.days', { count: Math.floor(item.age_hours / 24) })}
            </Badge>
          ) : (
            <Text size="sm" c="dark.5">
              {item.handled_at ? format.moment(item.handled_at) : null}
            </Text>
          )}
        </Group>
        <Text size="sm">
          {t('neighbourhoodReports.queue.by', {
            reporter: item.reporter_name,
            neighbourhood: item.neighbourhood_name ?? t('neighbourhoodReports.noNeighbourhood'),
          })}
        </Text>
        <Text size="sm" c="dark.6" style={{ overflowWrap: 'anywhere' }}>
          {item.reason}
        </Text>
      </Stack>
    </Card>
  );
}
