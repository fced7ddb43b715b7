import { ErrorState, LoadingState, StarRow, useFormat } from '@kring/common';
import { Card, Group, SegmentedControl, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { Fragment, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStatistics, type ProviderStatistics } from '../api/statistics';
import { durationParts, periodOf, PERIODS, type PeriodChoice } from './figures';
import classes from './Statistics.module.css';
import { WeekChart } from './WeekChart';

/**
 * The dashboard's figures: the source's three (contact requests, appointments made, the average
 * rating) and how fast I answer (the median time and the share within the two working days),
 * over a period I choose, with the requests per week.
 */
export function Statistics() {
  const { t } = useTranslation();
  const format = useFormat();
  const [choice, setChoice] = useState<PeriodChoice>('weeks12');
  const period = useMemo(() => periodOf(choice), [choice]);
  const statistics = useStatistics(period);
  const data = statistics.data;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="home-stats-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="md">
          <Stack gap={4} style={{ flex: '1 1 320px' }}>
            <Title order={2} size="h3" id="home-stats-title">
              {t('home.stats.title')}
            </Title>
            <Text size="sm" c="dark.5">
              {t('home.stats.lead')}
            </Text>
          </Stack>
          <SegmentedControl
            fullWidth
            className={classes.period}
            classNames={{ label: classes.periodLabel }}
            role="radiogroup"
            aria-label={t('home.stats.period.label')}
            value={choice}
            onChange={(value) => setChoice(value as PeriodChoice)}
            data={PERIODS.map((value) => ({ value, label: t(`home.stats.period.${value}`) }))}
          />
        </Group>
        {data ? (
          <Stack gap="md" aria-busy={statistics.isFetching}>
            <Text size="sm" fw={600} data-testid="stats-period">
              {t('home.stats.period.range', {
                from: format.date(data.period_from),
                to: format.date(data.period_to),
              })}
            </Text>
            <Figures statistics={data} />
            {data.per_week.length > 0 ? <WeekChart weeks={data.per_week} /> : null}
            <Text size="sm" c="dark.5">
              {t('home.stats.note')}
            </Text>
          </Stack>
        ) : statistics.isError ? (
          <ErrorState error={statistics.error} onRetry={() => void statistics.refetch()} />
        ) : (
          <LoadingState />
        )}
      </Stack>
    </Card>
  );
}

function Figure({
  term,
  children,
  wide,
  testId,
}: {
  term: string;
  children: ReactNode;
  wide?: boolean;
  testId: string;
}) {
  return (
    <div className={classes.figure} data-wide={wide || undefined} data-testid={testId}>
      <Text component="dt" size="sm" fw={600} ta="center" c="kringTeal.9">
        {term}
      </Text>
      <Text component="dd" className={classes.value} c="kringTeal.9">
        {children}
      </Text>
    </div>
  );
}

/** A dash for a figure there is nothing to compute from yet; screen readers hear why. */
function NoFigure({ reason }: { reason: string }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <VisuallyHidden>{reason}</VisuallyHidden>
    </>
  );
}

/**
 * The median response time, wrapping between "1 uur" and "30 min" only. Under a minute it shows
 * "< 1 min" (short enough for the tile) and says "minder dan 1 min".
 */
function Duration({ minutes }: { minutes: number }) {
  const { t } = useTranslation();
  if (Math.round(minutes) < 1) {
    return (
      <>
        <span aria-hidden="true">{t('home.stats.duration.lessThanMinuteShort')}</span>
        <VisuallyHidden>{t('home.stats.duration.lessThanMinute')}</VisuallyHidden>
      </>
    );
  }
  return (
    <>
      {durationParts(minutes, t).map((part, index) => (
        <Fragment key={part}>
          {index > 0 ? ' ' : null}
          <span style={{ whiteSpace: 'nowrap' }}>{part}</span>
        </Fragment>
      ))}
    </>
  );
}

function Figures({ statistics }: { statistics: ProviderStatistics }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { rating } = statistics;
  return (
    <dl className={classes.figures}>
      <Figure term={t('home.stats.requests')} testId="stat-requests">
        {format.number(statistics.requests)}
      </Figure>
      <Figure term={t('home.stats.appointments')} testId="stat-appointments">
        {format.number(statistics.appointments)}
      </Figure>
      <Figure term={t('home.stats.rating')} wide testId="stat-rating">
        {rating.average === null || rating.count === 0 ? (
          <NoFigure reason={t('home.stats.noRating')} />
        ) : (
          <span className={classes.rating}>
            <StarRow filled={rating.average} size={22} />
            <span>
              {t('home.stats.ratingAverage', { average: format.average(rating.average) })}
            </span>
            <Text component="span" size="sm" fw={600}>
              {t('home.stats.ratingCount', { count: rating.count })}
            </Text>
          </span>
        )}
      </Figure>
      <Figure term={t('home.stats.median')} testId="stat-median">
        {statistics.median_response_minutes === null ? (
          <NoFigure reason={t('home.stats.none')} />
        ) : (
          <Duration minutes={statistics.median_response_minutes} />
        )}
      </Figure>
      <Figure term={t('home.stats.withinDeadline')} testId="stat-within">
        {statistics.within_deadline_share === null ? (
          <NoFigure reason={t('home.stats.none')} />
        ) : (
          format.percent(statistics.within_deadline_share)
        )}
      </Figure>
    </dl>
  );
}
