import { ErrorState, LoadingState, useFormat } from '@kring/common';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccountSessions, useEndSessions, type AccountSession } from '../api/accounts';
import { SectionCard } from '../components/SectionCard';
import { ConfirmDialog } from './ConfirmDialog';

export interface SessionsCardProps {
  userId: string;
  /** The person's name, for the dialog. */
  name: string;
  /** Staff with manage_accounts may end every session at once. */
  mayEnd: boolean;
}

/** Where the person is logged in now, most recently used first; and logging them out everywhere. */
export function SessionsCard({ userId, name, mayEnd }: SessionsCardProps) {
  const { t } = useTranslation();
  const sessions = useAccountSessions(userId);
  const end = useEndSessions(userId);
  const [open, setOpen] = useState(false);
  const found = sessions.data ?? [];
  return (
    <SectionCard id="person-sessions" title={t('sessionsCard.title')} lead={t('sessionsCard.lead')}>
      {sessions.isPending ? (
        <LoadingState />
      ) : sessions.isError ? (
        <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : found.length === 0 ? (
        <Text size="sm">{t('sessionsCard.empty')}</Text>
      ) : (
        <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }}>
          {found.map((session) => (
            <SessionItem key={session.id} session={session} />
          ))}
        </Stack>
      )}
      {mayEnd && found.length > 0 ? (
        <Button
          variant="outline"
          color="red.9"
          onClick={() => setOpen(true)}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('sessionsCard.endAll')}
        </Button>
      ) : null}
      <ConfirmDialog
        opened={open}
        title={t('sessionsCard.endTitle')}
        confirmLabel={t('sessionsCard.endConfirm')}
        danger
        onConfirm={() => end.mutateAsync()}
        onClose={() => setOpen(false)}
      >
        <Text size="sm">{t('sessionsCard.endWhat', { name })}</Text>
      </ConfirmDialog>
    </SectionCard>
  );
}

function SessionItem({ session }: { session: AccountSession }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack
      component="li"
      gap={2}
      py="xs"
      style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
    >
      <Group gap="xs" wrap="wrap" align="baseline">
        <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
          {session.device ?? t('sessionsCard.unknownDevice')}
        </Text>
        {session.ip ? (
          <Text size="sm" c="dark.5" style={{ overflowWrap: 'anywhere' }}>
            {t('sessionsCard.from', { ip: session.ip })}
          </Text>
        ) : null}
      </Group>
      <Text size="xs" c="dark.5">
        {t('sessionsCard.lastSeen', { when: format.dateTime(session.last_seen_at) })}
        {' · '}
        {t('sessionsCard.created', { when: format.dateTime(session.created_at) })}
      </Text>
    </Stack>
  );
}
