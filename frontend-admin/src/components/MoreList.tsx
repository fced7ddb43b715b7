import { EmptyState, ErrorState, LoadingState } from '@kring/common';
import { Button, Group, Stack, Text } from '@mantine/core';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CursorPage } from './CursorList';

export interface MoreListProps<T> {
  /** The list's pages so far: while the first loads, when it fails, and what was found. */
  query: UseInfiniteQueryResult<InfiniteData<CursorPage<T>>>;
  /** What is shown of the items loaded so far (a table, a list). */
  children: (items: T[]) => ReactNode;
  empty: { title: string; description: string };
  /** The button's words ("Show more orders"). */
  moreLabel: string;
  /** How many are shown, in words, for a screen reader after each "show more". */
  shownLabel: (count: number) => string;
}

/**
 * A keyset-paged list that grows: the first page, then "show more" adds the next under it, so
 * someone working through a queue keeps their place. The filters are the page's address.
 */
export function MoreList<T>({ query, children, empty, moreLabel, shownLabel }: MoreListProps<T>) {
  const { t } = useTranslation();
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const items = query.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <EmptyState title={empty.title} description={empty.description} />;
  return (
    <Stack gap="md">
      {children(items)}
      <Group gap="sm" justify="space-between" wrap="wrap">
        <Text size="sm" c="dark.5" role="status">
          {shownLabel(items.length)}
        </Text>
        {query.hasNextPage ? (
          <Button
            variant="light"
            onClick={() => void query.fetchNextPage()}
            loading={query.isFetchingNextPage}
          >
            {moreLabel}
          </Button>
        ) : null}
      </Group>
      {query.isFetchNextPageError ? (
        <Text size="sm" c="red.9" role="alert">
          {t('common.states.errorBody')}
        </Text>
      ) : null}
    </Stack>
  );
}
