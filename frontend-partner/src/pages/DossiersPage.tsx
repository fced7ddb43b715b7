import {
  EmptyState,
  ErrorState,
  LoadingState,
  RequireLogin,
  useDocumentTitle,
  useFormat,
} from '@kring/common';
import {
  Anchor,
  Button,
  Card,
  Group,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useDossiers, type DossierSummary } from '../api/dossiers';
import { isStatus, StatusBadge, STATUSES } from '../dossiers/status';
import { DOSSIER_PATHS, dossierPath } from '../paths';

/** "Mijn dossiers": the help seekers I arrange help for; search, status filter and pages in the URL. */
export default function DossiersPage() {
  return (
    <RequireLogin>
      <Dossiers />
    </RequireLogin>
  );
}

function Dossiers() {
  const { t } = useTranslation();
  useDocumentTitle(t('dossiers.list.documentTitle'), t('app.name'));
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const rawStatus = params.get('status');
  const status = isStatus(rawStatus) ? rawStatus : null;
  const cursor = params.get('after');
  const dossiers = useDossiers({ q, status, cursor });
  const [text, setText] = useState(q);

  const go = (next: { q?: string; status?: string | null; after?: string | null }) => {
    const merged = { q, status, after: null as string | null, ...next };
    const search = new URLSearchParams();
    if (merged.q) search.set('q', merged.q);
    if (merged.status) search.set('status', merged.status);
    if (merged.after) search.set('after', merged.after);
    setParams(search);
  };
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    go({ q: text.trim() });
  };
  const filtered = q !== '' || status !== null || cursor !== null;

  return (
    <Stack maw={880} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4}>
          <Title order={1} fz={{ base: 26, sm: 32 }} lh={1.2}>
            {t('dossiers.list.title')}
          </Title>
          <Text c="dark.5">{t('dossiers.list.lead')}</Text>
        </Stack>
        <Button component={Link} to={DOSSIER_PATHS.create} color="kringClay.7">
          {t('dossiers.list.new')}
        </Button>
      </Group>

      <Card withBorder padding="md" component="form" role="search" onSubmit={onSearch}>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            id="dossiers-q"
            label={t('dossiers.list.search')}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            maxLength={100}
            style={{ flex: '1 1 14rem' }}
          />
          <NativeSelect
            id="dossiers-status"
            label={t('dossiers.list.status')}
            value={status ?? ''}
            onChange={(event) => go({ q: text.trim(), status: event.currentTarget.value || null })}
            data={[
              { value: '', label: t('dossiers.list.allStatuses') },
              ...STATUSES.map((value) => ({ value, label: t(`dossiers.status.${value}`) })),
            ]}
            style={{ flex: '1 1 12rem' }}
          />
          <Button type="submit" variant="default">
            {t('dossiers.list.searchButton')}
          </Button>
        </Group>
      </Card>

      {dossiers.isPending ? (
        <LoadingState />
      ) : dossiers.isError ? (
        <ErrorState error={dossiers.error} onRetry={() => void dossiers.refetch()} />
      ) : dossiers.data.items.length === 0 ? (
        filtered ? (
          <Card withBorder padding="lg">
            <Stack gap="sm" align="flex-start">
              <Text>{t('dossiers.list.noneFound')}</Text>
              <Button variant="default" onClick={() => setParams(new URLSearchParams())}>
                {t('dossiers.list.clear')}
              </Button>
            </Stack>
          </Card>
        ) : (
          <NoDossiers />
        )
      ) : (
        <>
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {dossiers.data.items.map((dossier) => (
              <DossierRow key={dossier.id} dossier={dossier} />
            ))}
          </Stack>
          <Group justify="space-between">
            {cursor ? (
              <Button variant="default" onClick={() => go({ after: null })}>
                {t('dossiers.list.firstPage')}
              </Button>
            ) : (
              <span />
            )}
            {dossiers.data.next_cursor ? (
              <Button variant="default" onClick={() => go({ after: dossiers.data.next_cursor })}>
                {t('dossiers.list.nextPage')}
              </Button>
            ) : null}
          </Group>
        </>
      )}
    </Stack>
  );
}

function DossierRow({ dossier }: { dossier: DossierSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder padding="md" component="li">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Anchor
            component={Link}
            to={dossierPath(dossier.id)}
            fw={700}
            size="lg"
            style={{ overflowWrap: 'anywhere' }}
          >
            {dossier.help_seeker_name}
          </Anchor>
          <Text size="sm" c="dark.5">
            {t('dossiers.list.rowMeta', {
              city: dossier.city,
              date: format.date(dossier.created_at),
            })}
          </Text>
        </Stack>
        <StatusBadge status={dossier.status} />
      </Group>
    </Card>
  );
}

function NoDossiers() {
  const { t } = useTranslation();
  return (
    <EmptyState
      title={t('dossiers.list.emptyTitle')}
      description={t('dossiers.list.emptyBody')}
      action={
        <Button component={Link} to={DOSSIER_PATHS.create} color="kringClay.7">
          {t('dossiers.list.new')}
        </Button>
      }
    />
  );
}
