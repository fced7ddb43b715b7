import { Box, Loader, Stack, Text } from '@mantine/core';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkArea, WorkAreaMapLabels } from './mapArea';
import type { PeopleMapProps } from './PeopleMap';

// Leaflet only loads where a map is shown.
const WorkAreaMap = lazy(() => import('./WorkAreaMap'));
const PeopleMap = lazy(() => import('./PeopleMap'));

export interface WorkAreaFigureProps {
  area: WorkArea;
  /**
   * The map in words, under it (the figure's caption): what everyone can read and what screen
   * readers get, e.g. "Je werkgebied: …" (provider) or "Bert werkt in: …" (public profile).
   */
  summary: ReactNode;
  /** The caption's id, for a field or section that refers to it. */
  summaryId?: string;
  /** Texts on the map itself; default `common.map.*`. */
  labels?: WorkAreaMapLabels;
  /** Said while the map's code loads; default `common.map.loading`. */
  loadingLabel?: string;
}

/**
 * A work area as a figure: the Leaflet map (loaded lazily, works without tiles) with a text
 * summary as its caption.
 */
export function WorkAreaFigure({
  area,
  summary,
  summaryId,
  labels,
  loadingLabel,
}: WorkAreaFigureProps) {
  const { t } = useTranslation();
  return (
    <Box component="figure" m={0}>
      <Suspense fallback={<MapLoading label={loadingLabel ?? t('common.map.loading')} />}>
        <WorkAreaMap {...area} labels={labels} />
      </Suspense>
      <Text component="figcaption" id={summaryId} size="sm" mt="xs" fw={600}>
        {summary}
      </Text>
    </Box>
  );
}

export interface PeopleFigureProps extends PeopleMapProps {
  /** The map in words, as the figure's caption. */
  summary: ReactNode;
  loadingLabel?: string;
}

/** People around someone as a figure: the lazily loaded map with a caption in words. */
export function PeopleFigure({ summary, loadingLabel, ...map }: PeopleFigureProps) {
  const { t } = useTranslation();
  return (
    <Box component="figure" m={0}>
      <Suspense fallback={<MapLoading label={loadingLabel ?? t('common.map.loading')} />}>
        <PeopleMap {...map} />
      </Suspense>
      <Text component="figcaption" size="sm" mt="xs" c="dark.5">
        {summary}
      </Text>
    </Box>
  );
}

function MapLoading({ label }: { label: string }) {
  return (
    <Stack
      h={260}
      align="center"
      justify="center"
      gap="xs"
      bg="gray.1"
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
      role="status"
    >
      <Loader size="sm" aria-hidden="true" />
      <Text size="sm" c="dark.5">
        {label}
      </Text>
    </Stack>
  );
}
