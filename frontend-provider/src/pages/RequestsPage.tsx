import { EmptyState, ErrorState, LoadingState } from '@kring/common';
import { Group, Pagination, SegmentedControl, Stack, Text } from '@mantine/core';
import { useRef } from 'react';
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
 * deadline on top. The filter and the page are in the address, so "back" from a request returns
 * to the same list.
 */
export default function RequestsPage() {
  return <RequireProfile>{() => <Inbox />}</RequireProfile>;
}

function Inbox() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const show: InboxShow = params.get('show') === 'open' ? 'open' : 'all';
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const inbox = useInbox(show, page);
  const listTop = useRef<HTMLDivElement>(null);

  const choose = (next: { show?: InboxShow; page?: number }) => {
    const search = new URLSearchParams();
    const nextShow = next.show ?? show;
    const nextPage = next.page ?? 1;
    if (nextShow !== 'all') search.set('show', nextShow);
    if (nextPage > 1) search.set('page', String(nextPage));
    setParams(search);
  };

  return (
    <Stack maw={1100} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader title={t('requests.title')} lead={t('requests.lead')} />
      {inbox.data ? <Counters inbox={inbox.data} /> : null}
      <Group gap="sm" align="center">
        <Text component="span" fw={600} id="inbox-show-label">
          {t('requests.show.label')}
        </Text>
        <SegmentedControl
          aria-labelledby="inbox-show-label"
          value={show}
          onChange={(value) => choose({ show: value as InboxShow })}
          data={SHOW.map((value) => ({ value, label: t(`requests.show.${value}`) }))}
        />
      </Group>
      <div ref={listTop} tabIndex={-1} style={{ outline: 'none', scrollMarginTop: 88 }}>
        {inbox.isPending ? (
          <LoadingState />
        ) : inbox.isError ? (
          <ErrorState error={inbox.error} onRetry={() => void inbox.refetch()} />
        ) : (
          <RequestList
            inbox={inbox.data}
            show={show}
            busy={inbox.isFetching}
            onPage={(next) => {
              choose({ page: next });
              listTop.current?.focus();
              listTop.current?.scrollIntoView({ block: 'start' });
            }}
          />
        )}
      </div>
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
  inbox,
  show,
  busy,
  onPage,
}: {
  inbox: InboxPage;
  show: InboxShow;
  busy: boolean;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  // `total` counts all my requests; with the filter on, the list holds the open ones only.
  const count = show === 'open' ? inbox.open : inbox.total;
  const pages = Math.max(1, Math.ceil(count / inbox.page_size));
  if (inbox.requests.length === 0) {
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
        {pages > 1
          ? t('requests.shownPage', {
              total: count,
              from: (inbox.page - 1) * inbox.page_size + 1,
              to: (inbox.page - 1) * inbox.page_size + inbox.requests.length,
            })
          : t('requests.shownAll', { count })}
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
        {inbox.requests.map((request) => (
          <li key={request.id}>
            <RequestCard request={request} />
          </li>
        ))}
      </Stack>
      {pages > 1 ? (
        <nav aria-label={t('requests.pages.label')}>
          <Pagination
            total={pages}
            value={Math.min(inbox.page, pages)}
            onChange={onPage}
            withEdges={false}
            siblings={1}
            getItemProps={(item) => ({
              'aria-label': t('requests.pages.page', { page: item }),
              ...(item === inbox.page ? { 'aria-current': 'page' as const } : {}),
            })}
            getControlProps={(control) => ({
              'aria-label': t(`requests.pages.${control}`),
            })}
          />
        </nav>
      ) : null}
    </Stack>
  );
}
