import { EmptyState, ErrorState, LoadingState, PageHeader } from '@kring/common';
import { Alert, Anchor, Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useMembers, type Member } from '../api/members';
import { functionLabel, useFunctionCodes } from '../api/organisation';
import { myDetailsCrumbs } from '../components/crumbs';
import { RequireMember, useActiveMember } from '../members/ActiveMember';
import { MemberBadges } from '../members/MemberBadges';
import { contactPersonPath, PRO_PATHS } from '../paths';

/** Typing waits this long before the list is searched. */
const SEARCH_DELAY_MS = 300;

/**
 * "My contact persons": the organisation's contact persons, searchable, a page at a time ("Show
 * more"), each a link to their details. Admins add new ones from here.
 */
export default function ContactPersonsPage() {
  return (
    <RequireMember>
      <ContactPersons />
    </RequireMember>
  );
}

function ContactPersons() {
  const { t } = useTranslation();
  const { organisationId, isAdmin } = useActiveMember();
  const location = useLocation();
  const removed = (location.state as { removed?: string } | null)?.removed;
  // The search lives in the address, so "back" from a person returns to the same list.
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [typed, setTyped] = useState(q);
  const [debounced] = useDebouncedValue(typed.trim(), SEARCH_DELAY_MS);

  useEffect(() => {
    if (debounced === q) return;
    setParams(debounced ? { q: debounced } : {}, { replace: true });
  }, [debounced, q, setParams]);

  const members = useMembers(organisationId, q);
  const items = members.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack maw={1040} mx="auto" gap="xl" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('contactPersons.title')}
        lead={isAdmin ? t('contactPersons.leadAdmin') : t('contactPersons.lead')}
        crumbs={myDetailsCrumbs(t)}
        actions={
          isAdmin ? (
            <Button component={Link} to={PRO_PATHS.addContactPerson}>
              {t('contactPersons.add')}
            </Button>
          ) : undefined
        }
      />
      {removed ? (
        <Alert color="kringTeal" variant="light" role="status">
          {t('contactPersons.removed', { name: removed })}
        </Alert>
      ) : null}
      <Stack gap="sm">
        <TextInput
          id="contact-persons-search"
          type="search"
          label={t('contactPersons.search')}
          description={t('contactPersons.searchHint')}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          autoComplete="off"
          maw={480}
          maxLength={100}
        />
        <Text
          size="sm"
          c="dark.5"
          role="status"
          aria-live="polite"
          data-testid="contact-persons-count"
        >
          {members.data
            ? items.length === 0 && q
              ? t('contactPersons.noMatch', { q })
              : members.hasNextPage
                ? t('contactPersons.shown', { count: items.length })
                : t('contactPersons.count', { count: items.length })
            : ''}
        </Text>
      </Stack>
      {members.isPending ? (
        <LoadingState />
      ) : members.isError ? (
        <ErrorState error={members.error} onRetry={() => void members.refetch()} />
      ) : items.length === 0 ? (
        q ? null : (
          <EmptyState title={t('contactPersons.empty')} />
        )
      ) : (
        <Stack gap="md">
          <Stack
            component="ul"
            gap="sm"
            p={0}
            m={0}
            aria-label={t('contactPersons.listLabel')}
            aria-busy={members.isPlaceholderData || undefined}
            style={{ listStyle: 'none', opacity: members.isPlaceholderData ? 0.6 : 1 }}
          >
            {items.map((member) => (
              <MemberRow key={member.id} member={member} />
            ))}
          </Stack>
          {members.hasNextPage ? (
            <Group justify="center">
              <Button
                variant="default"
                onClick={() => void members.fetchNextPage()}
                loading={members.isFetchingNextPage}
              >
                {t('contactPersons.showMore')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      )}
      <Text size="sm" c="dark.5">
        {isAdmin ? t('contactPersons.missing') : t('contactPersons.missingEmployee')}
      </Text>
    </Stack>
  );
}

function MemberRow({ member }: { member: Member }) {
  const { me } = useActiveMember();
  const functionCodes = useFunctionCodes();
  const work = [functionLabel(functionCodes.data, member.function_code), member.department]
    .filter(Boolean)
    .join(' · ');
  return (
    <Card component="li" withBorder padding="md" radius="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} miw={0} style={{ flex: '1 1 260px' }}>
          <Anchor
            component={Link}
            to={contactPersonPath(member.id)}
            fw={700}
            size="lg"
            style={{ overflowWrap: 'anywhere' }}
          >
            {member.full_name}
          </Anchor>
          {work ? (
            <Text size="sm" c="dark.6">
              {work}
            </Text>
          ) : null}
          <Text size="sm" c="dark.5" style={{ overflowWrap: 'anywhere' }}>
            {member.email}
          </Text>
        </Stack>
        <MemberBadges member={member} isSelf={member.user_id === me.id} />
      </Group>
    </Card>
  );
}
