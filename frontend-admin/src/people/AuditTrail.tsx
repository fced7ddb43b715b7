import { ErrorState, LoadingState, useFormat, useMe } from '@kring/common';
import { Anchor, Button, Code, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../components/SectionCard';
import { Link } from 'react-router';
import { useAuditTrail, type AuditEvent } from '../api/accounts';
import { personPath } from '../paths';
import { auditActionLabel } from './auditActions';

/**
 * The account's audit trail, newest first: what the person did, what was done to the account,
 * and which staff member opened it (NEN 7513), each with who did it.
 */
export function AuditTrail({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const trail = useAuditTrail(userId);
  const events = trail.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <SectionCard id="person-audit" title={t('person.audit.title')} lead={t('person.audit.lead')}>
      {trail.isPending ? (
        <LoadingState />
      ) : trail.isError ? (
        <ErrorState error={trail.error} onRetry={() => void trail.refetch()} />
      ) : events.length === 0 ? (
        <Text size="sm">{t('person.audit.empty')}</Text>
      ) : (
        // A list, not a table: each event reads whole on a phone too, without scrolling sideways.
        <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }}>
          {events.map((event) => (
            <AuditItem key={event.id} event={event} userId={userId} />
          ))}
        </Stack>
      )}
      {trail.hasNextPage ? (
        <Button
          variant="light"
          onClick={() => void trail.fetchNextPage()}
          loading={trail.isFetchingNextPage}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('person.audit.more')}
        </Button>
      ) : null}
    </SectionCard>
  );
}

function AuditItem({ event, userId }: { event: AuditEvent; userId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const actor = event.actor_user_id;
  const label = auditActionLabel(event.action, t);
  let who;
  if (!actor)
    who = (
      <Text size="sm" component="span">
        {t('person.audit.system')}
      </Text>
    );
  else if (actor === me.data?.id)
    who = (
      <Text size="sm" component="span">
        {t('person.audit.you')}
      </Text>
    );
  else if (actor === userId)
    who = (
      <Text size="sm" component="span">
        {t('person.audit.themselves')}
      </Text>
    );
  else {
    who = (
      <Anchor component={Link} to={personPath(actor)} size="sm">
        {t('person.audit.staffMember', { id: actor.slice(-6) })}
      </Anchor>
    );
  }
  return (
    <Group
      component="li"
      gap="xs"
      py="xs"
      wrap="wrap"
      align="baseline"
      style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
    >
      <Text size="sm" fw={600} miw={180}>
        {format.dateTime(event.created_at)}
      </Text>
      {label === event.action ? (
        // Not known to the console yet: the code as the API wrote it.
        <Code style={{ wordBreak: 'break-word' }}>{event.action}</Code>
      ) : (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {label}
        </Text>
      )}
      {event.outcome !== 'success' ? (
        <Text size="xs" c="red.8">
          {event.outcome}
        </Text>
      ) : null}
      {/* "by whom" stays together when the line wraps on a phone. */}
      <Group gap={4} wrap="nowrap">
        <Text size="sm" c="dark.5" component="span">
          {t('person.audit.by')}
        </Text>
        {who}
      </Group>
    </Group>
  );
}
