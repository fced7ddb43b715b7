import { ErrorState } from '@kring/common';
import {
  Button,
  Card,
  Group,
  List,
  NativeSelect,
  Pagination,
  Skeleton,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchResults as Results } from '../api/providers';
import { PAGE_SIZE, type SearchCriteria, type SortOrder } from './criteria';
import { ResultCard } from './ResultCard';

export interface SearchResultsProps {
  criteria: SearchCriteria;
  results: UseQueryResult<Results>;
  /** Whether the API refused the search (its messages are at the form's fields). */
  refused: boolean;
  onSort: (sort: SortOrder) => void;
  onPage: (page: number) => void;
  onClear: () => void;
  /** The results' heading, which takes the focus after a page change. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * The results: how many and where, the order, one card per provider and the pages. While
 * searching, grey cards; nothing found, suggestions and a way to start over.
 */
export function SearchResults(props: SearchResultsProps) {
  const { criteria, results, refused, onSort, onPage, onClear, headingRef } = props;
  const { t } = useTranslation();
  const data = results.data;
  const located = criteria.place !== null || criteria.postcode !== '';
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  let heading: string;
  if (refused) heading = t('search.results.refused');
  else if (results.isPending || !data) heading = t('search.results.searching');
  else heading = t('search.results.count', { count: data.total });

  const near = data?.place
    ? criteria.postcode
      ? t('search.results.nearPostcode', { postcode: criteria.postcode, place: data.place.name })
      : t('search.results.near', { place: data.place.name })
    : null;

  return (
    <Stack gap="md" component="section" aria-labelledby="results-title">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={2}>
          <Title
            order={2}
            size="h3"
            id="results-title"
            ref={headingRef}
            tabIndex={-1}
            style={{ scrollMarginTop: 88 }}
          >
            {heading}
          </Title>
          {near ? <Text c="dark.6">{near}</Text> : null}
        </Stack>
        {data && data.total > 1 ? (
          <NativeSelect
            id="search-sort"
            label={t('search.sort.label')}
            value={criteria.sort}
            onChange={(event) => onSort(event.currentTarget.value as SortOrder)}
            data={[
              {
                value: 'distance',
                label: located ? t('search.sort.distance') : t('search.sort.relevance'),
              },
              { value: 'rating', label: t('search.sort.rating') },
            ]}
            w={{ base: '100%', xs: 220 }}
          />
        ) : null}
      </Group>
      <VisuallyHidden role="status">{data && !results.isFetching ? heading : ''}</VisuallyHidden>

      {refused ? null : results.isPending ? (
        <ResultSkeletons />
      ) : results.isError ? (
        <ErrorState error={results.error} onRetry={() => void results.refetch()} />
      ) : data && data.results.length > 0 ? (
        <>
          <Stack
            component="ul"
            gap="sm"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-labelledby="results-title"
            aria-busy={results.isFetching}
          >
            {data.results.map((provider) => (
              <li key={provider.id}>
                <ResultCard provider={provider} />
              </li>
            ))}
          </Stack>
          {pages > 1 ? (
            <nav aria-label={t('search.pages.label')}>
              <Pagination
                total={pages}
                value={Math.min(criteria.page, pages)}
                onChange={onPage}
                withEdges={false}
                siblings={1}
                getItemProps={(page) => ({
                  'aria-label': t('search.pages.page', { page }),
                  ...(page === criteria.page ? { 'aria-current': 'page' as const } : {}),
                })}
                getControlProps={(control) => ({
                  'aria-label': t(`search.pages.${control}`),
                })}
              />
            </nav>
          ) : null}
        </>
      ) : (
        <NothingFound criteria={criteria} onClear={onClear} />
      )}
    </Stack>
  );
}

function ResultSkeletons() {
  return (
    <Stack gap="sm" aria-hidden="true" data-testid="result-skeletons">
      {[0, 1, 2].map((row) => (
        <Card key={row} withBorder padding="md">
          <Group align="flex-start" gap="md" wrap="nowrap">
            <Skeleton w={72} h={72} radius="md" style={{ flex: 'none' }} />
            <Stack gap={8} style={{ flex: 1 }}>
              <Skeleton h={18} w="45%" />
              <Skeleton h={12} w="25%" />
              <Skeleton h={12} w="90%" />
              <Skeleton h={12} w="70%" />
            </Stack>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}

function NothingFound({ criteria, onClear }: { criteria: SearchCriteria; onClear: () => void }) {
  const { t } = useTranslation();
  const tips = [
    criteria.q ? t('search.empty.tips.words') : null,
    criteria.place || criteria.postcode ? t('search.empty.tips.place') : null,
    criteria.category ? t('search.empty.tips.category') : null,
    criteria.dayParts.length > 0 ? t('search.empty.tips.days') : null,
    t('search.empty.tips.general'),
  ].filter((tip): tip is string => tip !== null);
  return (
    <Card withBorder padding="lg" data-testid="nothing-found">
      <Stack gap="sm" align="flex-start">
        <Title order={3} size="h4">
          {t('search.empty.title')}
        </Title>
        <Text>{t('search.empty.lead')}</Text>
        <List spacing={4}>
          {tips.map((tip) => (
            <List.Item key={tip}>{tip}</List.Item>
          ))}
        </List>
        <Button variant="light" onClick={onClear}>
          {t('search.empty.clear')}
        </Button>
      </Stack>
    </Card>
  );
}
