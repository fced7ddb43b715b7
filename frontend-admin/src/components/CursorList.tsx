import { EmptyState, ErrorState, LoadingState } from '@kring/common';
import { Anchor, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A keyset page as the API answers it. */
export interface CursorPage<T> {
  items: T[];
  next_cursor: string | null;
}

export interface CursorPagerProps {
  /** The list's first page, when this is a later one. */
  first: string | null;
  /** The next page, when there is one. */
  next: string | null;
}

/** The way through a keyset-paged list: back to the first page, on to the next. */
export function CursorPager({ first, next }: CursorPagerProps) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" justify="space-between">
      {first ? (
        <Anchor component={Link} to={first}>
          {t('people.pages.first')}
        </Anchor>
      ) : (
        <span />
      )}
      {next ? (
        <Button component={Link} to={next} variant="light">
          {t('people.pages.next')}
        </Button>
      ) : null}
    </Group>
  );
}

export interface CursorListProps<T> {
  /** The page's query: while it loads, when it fails, and what it found. */
  query: UseQueryResult<CursorPage<T>>;
  /** The page shown, from the address (none: the first). */
  cursor: string | null;
  /** The list's address at a page (`null`: the first). */
  pathAt: (cursor: string | null) => string;
  /** The table's name for a screen reader. */
  label: string;
  /** The table's id, for a link to it. */
  tableId?: string;
  /** The header row's cells. */
  head: ReactNode;
  row: (item: T) => ReactNode;
  empty: { title: string; description: string };
  highlightOnHover?: boolean;
}

/**
 * One page of a list in a table, with what it says while loading, on failure and when empty,
 * and the pager under it.
 */
export function CursorList<T>(props: CursorListProps<T>) {
  const {
    query,
    cursor,
    pathAt,
    label,
    tableId,
    head,
    row,
    empty,
    highlightOnHover = false,
  } = props;
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { items, next_cursor: next } = query.data;
  if (items.length === 0) {
    return <EmptyState title={empty.title} description={empty.description} />;
  }
  return (
    <Stack gap="md">
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={0}>
          <Table
            id={tableId}
            verticalSpacing="sm"
            highlightOnHover={highlightOnHover}
            aria-label={label}
          >
            <Table.Thead>
              <Table.Tr>{head}</Table.Tr>
            </Table.Thead>
            <Table.Tbody>{items.map(row)}</Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      <CursorPager first={cursor ? pathAt(null) : null} next={next ? pathAt(next) : null} />
    </Stack>
  );
}

export interface NameCellProps {
  /** The row's own page. */
  to: string;
  name: string;
  /** A line under the name (an e-mail address, a kind). */
  detail?: ReactNode;
  children?: ReactNode;
}

/** A list row's first cell: its name as a link to its page, what tells it apart under it. */
export function NameCell({ to, name, detail, children }: NameCellProps) {
  return (
    <Table.Td style={{ wordBreak: 'break-word' }}>
      <Anchor component={Link} to={to} fw={600}>
        {name}
      </Anchor>
      {detail ? (
        <Text size="sm" c="dark.5">
          {detail}
        </Text>
      ) : null}
      {children}
    </Table.Td>
  );
}
