import { EmptyState, ErrorState, LoadingState } from '@kring/common';
import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useInbox, type InboxPage, type InboxShow } from '../api/contactRequests';
import { PageHeader } from '../home/PageHeader';
import { RequireProfile } from '../home/RequireProfile';
import { RequestCard } from '../requests/RequestCard';
import classes from '../requests/Requests.module.css';

const SHOW: readonly InboxShow[] = ['open', 'all'];

/**
 * My contact requests: how many are open and overdue, unanswered ones first with the soonest
 * deadline on top, a page at a time ("Show more"). The filter is in the address, so "back" from a
 * request returns to the same list.
 */
export default function RequestsPage() {
  return <RequireProfile>{() => <Inbox />}</RequireProfile>;
}

function Inbox() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const show: InboxShow = params.get('show') === 'open' ? 'open' : 'all';
  const inbox = useInbox(show);
  const first = inbox.data?.pages[0];

  const choose = (next: InboxShow) => {
    const search = new URLSearchParams();
    if (next !== 'all') search.set('show', next);
    setParams(search);
  };

  return (
    <Stack maw={1100} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader title={t('requests.title')} lead={t('requests.lead')} />
      {first ? <Counters inbox={first} /> : null}
      <Group gap="sm" align="center">
        <Text component="span" fw={600} id="inbox-show-label">
          {t('requests.show.label')}
        </Text>
        <SegmentedControl
          aria-labelledby="inbox-show-label"
          value={show}
          onChange={(value) => choose(value as InboxShow)}
          data={SHOW.map((value) => ({ value, label: t(`requests.show.${value}`) }))}
        />
      </Group>
      {inbox.isPending ? (
        <LoadingState />
      ) : inbox.isError ? (
        <ErrorState error={inbox.error} onRetry={() => void inbox.refetch()} />
      ) : (
        <RequestList
          pages={inbox.data.pages}
          show={show}
          busy={inbox.isFetching}
          more={inbox.hasNextPage}
          loadingMore={inbox.isFetchingNextPage}
          onMore={() => void inbox.fetchNextPage()}
        />
      )}
    </Stack>
  );
}

/** "Open" and "Te laat" as figures; the overdue one red-tinted when there are any. */
function Counters({ inbox }: { inbox: InboxPage }) {
  const { t } = useTranslation();
  return (
    <dl className={classes.counters} data-testid="inbox-counters">
      <div className={classes.counter}>
        <Text component="dt" size="sm" fw={600} c="kringTeal.9">
          {t('requests.counters.open')}
        </Text>
        <Text component="dd" m={0} fz={28} fw={800} lh={1.1} c="kringTeal.9">
          {inbox.open}
        </Text>
      </div>
      <div className={classes.counter} data-alert={inbox.overdue > 0 || undefined}>
        <Text component="dt" size="sm" fw={600} c={inbox.overdue > 0 ? 'red.9' : 'kringTeal.9'}>
          {t('requests.counters.overdue')}
        </Text>
        <Text
          component="dd"
          m={0}
          fz={28}
          fw={800}
          lh={1.1}
          c={inbox.overdue > 0 ? 'red.9' : 'kringTeal.9'}
        >
          {inbox.overdue}
        </Text>
      </div>
    </dl>
  );
}

function RequestList({
  pages,
  show,
  busy,
  more,
  loadingMore,
  onMore,
}: {
  pages: InboxPage[];
  show: InboxShow;
  busy: boolean;
  more: boolean;
  loadingMore: boolean;
  onMore: () => void;
}) {
  const { t } = useTranslation();
  const first = pages[0];
  const requests = pages.flatMap((page) => page.items);
  // `total` counts all my requests; with the filter on, the list holds the open ones only.
  const count = !first ? 0 : show === 'open' ? first.open : first.total;
  if (requests.length === 0) {
    return (
      <EmptyState
        title={t(`requests.empty.${show}.title`)}
        description={t(`requests.empty.${show}.body`)}
      />
    );
  }
  return (
    <Stack gap="md">
      <Text size="sm" c="dark.5" role="status">
        {more
          ? t('requests.shownSome', { total: count, shown: requests.length })
          : t('requests.shownAll', { count: requests.length })}
      </Text>
      <Stack
        component="ul"
        gap="sm"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t('requests.listLabel')}
        aria-busy={busy}
      >
        {requests.map((request) => (
          <li key={request.id}>
            <RequestCard request={request} />
          </li>
        ))}
      </Stack>
      {more ? (
        <Group justify="center">
          <Button variant="light" onClick={onMore} loading={loadingMore}>
            {t('requests.more')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
