import { useFormat } from '@kring/common';
import { Box, Text, VisuallyHidden } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { WeekCount } from '../api/statistics';

const HEIGHT = 180;
const TOP = 18;
const BOTTOM = 26;
const LEFT = 30;
const RIGHT = 8;
/** The least room a date under the axis needs, so the labels never run into each other. */
const LABEL_ROOM = 52;
const BAR = 'var(--mantine-color-kringTeal-7)';
const AXIS = 'var(--mantine-color-gray-6)';
const GRID = 'var(--mantine-color-gray-3)';
const LABEL = 'var(--mantine-color-dark-5)';

/** Whole numbers for the scale: 0, the top and (from 2) the middle. */
function ticksUpTo(max: number): number[] {
  if (max <= 1) return [0, 1];
  return [...new Set([0, Math.round(max / 2), max])];
}

/**
 * The contact requests per week as bars, drawn at the width there is (no chart library: a few
 * lines of SVG). The picture is hidden from screen readers; a table of the weeks says the same.
 */
export function WeekChart({ weeks }: { weeks: readonly WeekCount[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { ref, width: measured } = useElementSize();
  const width = measured || 600;

  const max = Math.max(1, ...weeks.map((week) => week.requests));
  const ticks = ticksUpTo(max);
  const plotWidth = Math.max(1, width - LEFT - RIGHT);
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = plotWidth / Math.max(1, weeks.length);
  const barWidth = Math.max(2, Math.min(40, slot * 0.7));
  const labelEvery = Math.max(1, Math.ceil(LABEL_ROOM / slot));
  const y = (value: number) => TOP + plotHeight - (value / max) * plotHeight;

  return (
    <Box component="figure" m={0} aria-labelledby="home-chart-title" data-testid="week-chart">
      <Text component="figcaption" id="home-chart-title" size="sm" fw={600} mb="xs">
        {t('home.stats.chart.title')}
      </Text>
      <div ref={ref} style={{ width: '100%', overflow: 'hidden' }}>
        <svg
          width="100%"
          height={HEIGHT}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          aria-hidden="true"
          focusable="false"
          style={{ display: 'block' }}
        >
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={LEFT} x2={width - RIGHT} y1={y(tick)} y2={y(tick)} stroke={GRID} />
              <text
                x={LEFT - 6}
                y={y(tick)}
                textAnchor="end"
                dominantBaseline="middle"
                fontSize={12}
                fill={LABEL}
              >
                {tick}
              </text>
            </g>
          ))}
          {weeks.map((week, index) => {
            const centre = LEFT + slot * index + slot / 2;
            return (
              <g key={week.week_start}>
                {week.requests > 0 ? (
                  <rect
                    x={centre - barWidth / 2}
                    y={y(week.requests)}
                    width={barWidth}
                    height={TOP + plotHeight - y(week.requests)}
                    rx={2}
                    fill={BAR}
                  />
                ) : null}
                {week.requests > 0 && slot >= 22 ? (
                  <text
                    x={centre}
                    y={y(week.requests) - 4}
                    textAnchor="middle"
                    fontSize={12}
                    fontWeight={700}
                    fill={LABEL}
                  >
                    {week.requests}
                  </text>
                ) : null}
                {index % labelEvery === 0 ? (
                  <text
                    // Near the right edge the date ends at the edge instead of running off it.
                    x={centre + LABEL_ROOM / 2 > width ? width - 2 : centre}
                    y={HEIGHT - 8}
                    textAnchor={centre + LABEL_ROOM / 2 > width ? 'end' : 'middle'}
                    fontSize={12}
                    fill={LABEL}
                  >
                    {format.dayMonth(week.week_start)}
                  </text>
                ) : null}
              </g>
            );
          })}
          <line
            x1={LEFT}
            x2={width - RIGHT}
            y1={TOP + plotHeight}
            y2={TOP + plotHeight}
            stroke={AXIS}
          />
        </svg>
      </div>
      <VisuallyHidden>
        <table>
          <caption>{t('home.stats.chart.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('home.stats.chart.week')}</th>
              <th scope="col">{t('home.stats.chart.requests')}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.week_start}>
                <th scope="row">{format.date(week.week_start)}</th>
                <td>{week.requests}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </Box>
  );
}
