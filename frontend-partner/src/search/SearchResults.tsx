import { ErrorState } from '@kring/common';
import {
  Button,
  Card,
  Group,
  List,
  NativeSelect,
  Skeleton,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { useEffect, useRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchResults as Results } from '../api/providers';
import type { SearchCriteria, SortOrder } from './criteria';
import { ResultCard } from './ResultCard';

export interface SearchResultsProps {
  criteria: SearchCriteria;
  /** The pages fetched so far (`fetchNextPage` adds one). */
  results: UseInfiniteQueryResult<InfiniteData<Results>>;
  /** Whether the API refused the search (its messages are at the form's fields). */
  refused: boolean;
  onSort: (sort: SortOrder) => void;
  onClear: () => void;
  /** The results' heading, which takes the focus after a search. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * The results: how many and where, the order, one card per provider, and a button that adds
 * the next page under them (the first added card takes the focus). While searching, grey
 * cards; nothing found, suggestions and a way to start over.
 */
export function SearchResults(props: SearchResultsProps) {
  const { criteria, results, refused, onSort, onClear, headingRef } = props;
  const { t } = useTranslation();
  const first = results.data?.pages[0];
  const providers = results.data?.pages.flatMap((page) => page.items) ?? [];
  // The total comes with the first page only.
  const total = first?.total ?? providers.length;
  const located = criteria.place !== null || criteria.postcode !== '';
  const loadingMore = results.isFetchingNextPage;

  // Mantine types a Stack's ref as a div's, whatever element it renders (here a list).
  const list = useRef<HTMLDivElement>(null);
  // How many cards were shown when more were asked for: the first new one takes the focus.
  const focusFrom = useRef<number | null>(null);
  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || providers.length <= from) return;
    focusFrom.current = null;
    list.current?.querySelectorAll<HTMLElement>(':scope > li')[from]?.focus();
  }, [providers.length]);

  let heading: string;
  if (refused) heading = t('search.results.refused');
  else if (results.isPending || !first) heading = t('search.results.searching');
  else heading = t('search.results.count', { count: total });

  const near = first?.place
    ? criteria.postcode
      ? t('search.results.nearPostcode', { postcode: criteria.postcode, place: first.place.name })
      : t('search.results.near', { place: first.place.name })
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
        {first && total > 1 ? (
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
      <VisuallyHidden role="status">{first && !results.isFetching ? heading : ''}</VisuallyHidden>

      {refused ? null : results.isPending ? (
        <ResultSkeletons />
      ) : results.isError && !results.isFetchNextPageError ? (
        <ErrorState error={results.error} onRetry={() => void results.refetch()} />
      ) : providers.length > 0 ? (
        <>
          <Stack
            component="ul"
            gap="sm"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-labelledby="results-title"
            aria-busy={results.isFetching}
            ref={list}
          >
            {providers.map((provider) => (
              <li key={provider.id} tabIndex={-1}>
                <ResultCard provider={provider} />
              </li>
            ))}
          </Stack>
          {results.isFetchNextPageError ? (
            <ErrorState error={results.error} onRetry={() => void results.fetchNextPage()} />
          ) : results.hasNextPage ? (
            <Group justify="center">
              {/* Not disabled while loading: a disabled button would drop the focus. */}
              <Button
                variant="light"
                aria-disabled={loadingMore}
                onClick={() => {
                  if (loadingMore) return;
                  focusFrom.current = providers.length;
                  void results.fetchNextPage();
                }}
              >
                {loadingMore ? t('search.more.loading') : t('search.more.show')}
              </Button>
            </Group>
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
