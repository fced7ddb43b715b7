import { AUTH_PATHS, ErrorState, LoadingState, PageHeader } from '@kring/common';
import { Alert, Button, Card, Grid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useMember, type Member } from '../api/members';
import { myDetailsCrumbs } from '../components/crumbs';
import { RequireMember, useActiveMember } from '../members/ActiveMember';
import { MemberBadges } from '../members/MemberBadges';
import { MemberSummary } from '../members/MemberSummary';
import { RemoveMemberDialog } from '../members/RemoveMemberDialog';
import { ResetMfaDialog } from '../members/ResetMfaDialog';
import { RightsCard } from '../members/RightsCard';
import { editContactPersonPath, PRO_PATHS } from '../paths';

/** What the page was opened after: adding this person, or saving their details. */
interface Arrival {
  added?: boolean;
  saved?: boolean;
}

/**
 * One contact person. Everyone sees the details; admins manage them on the right: change the
 * details, the rights, reset the two-step verification (after a warning), or remove them.
 */
export default function ContactPersonPage() {
  return (
    <RequireMember>
      <ContactPerson />
    </RequireMember>
  );
}

function ContactPerson() {
  const { t } = useTranslation();
  const { membershipId = '' } = useParams();
  const { organisationId, organisationName, isAdmin, me } = useActiveMember();
  const member = useMember(organisationId, membershipId);
  const crumbs = myDetailsCrumbs(t, {
    label: t('contactPersons.title'),
    to: PRO_PATHS.contactPersons,
  });

  if (member.isPending || member.isError) {
    return (
      <Stack maw={1040} mx="auto" gap="xl" py={{ base: 0, sm: 'lg' }}>
        <PageHeader title={t('contactPerson.title')} crumbs={crumbs} />
        {member.isPending ? (
          <LoadingState />
        ) : (
          <ErrorState error={member.error} onRetry={() => void member.refetch()} />
        )}
      </Stack>
    );
  }
  const isSelf = member.data.user_id === me.id;
  return (
    <Stack maw={1040} mx="auto" gap="xl" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={member.data.full_name}
        lead={t('contactPerson.lead', { organisation: organisationName })}
        crumbs={crumbs}
      />
      <MemberBadges member={member.data} isSelf={isSelf} />
      <ArrivalNotice member={member.data} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: isAdmin ? 7 : 12 }}>
          <Card withBorder padding="lg">
            <MemberSummary member={member.data} />
          </Card>
        </Grid.Col>
        {isAdmin ? (
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="lg">
              <AdminActions member={member.data} isSelf={isSelf} />
              <RightsCard member={member.data} isSelf={isSelf} />
            </Stack>
          </Grid.Col>
        ) : null}
      </Grid>
    </Stack>
  );
}

function ArrivalNotice({ member }: { member: Member }) {
  const { t } = useTranslation();
  const location = useLocation();
  const arrival = (location.state as Arrival | null) ?? {};
  if (arrival.added) {
    return (
      <Alert
        color="kringTeal"
        variant="light"
        role="status"
        title={t('contactPerson.added', { name: member.full_name })}
        data-testid="member-added"
      >
        {member.portal_employee
          ? t('contactPerson.addedMail', { name: member.first_name, email: member.email })
          : t('contactPerson.addedNoLogin', { name: member.first_name })}
      </Alert>
    );
  }
  if (arrival.saved) {
    return (
      <Alert color="kringTeal" variant="light" role="status">
        {t('contactPerson.saved')}
      </Alert>
    );
  }
  return null;
}

function AdminActions({ member, isSelf }: { member: Member; isSelf: boolean }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'remove' | 'reset' | null>(null);
  const [wasReset, setWasReset] = useState(false);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="member-actions-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="member-actions-title">
          {t('contactPerson.actionsTitle')}
        </Title>
        {wasReset ? (
          <Alert color="kringTeal" variant="light" role="status">
            {t('contactPerson.mfaWasReset', { name: member.full_name })}
          </Alert>
        ) : null}
        <Button component={Link} to={editContactPersonPath(member.id)} variant="light" fullWidth>
          {t('contactPerson.edit')}
        </Button>
        {isSelf ? (
          <Stack gap={4}>
            <Text size="sm" c="dark.5">
              {t('contactPerson.self')}
            </Text>
            <Button component={Link} to={AUTH_PATHS.accountSecurity} variant="default" fullWidth>
              {t('contactPerson.toSecurity')}
            </Button>
          </Stack>
        ) : (
          <>
            {member.has_second_factor ? (
              <Button variant="default" fullWidth onClick={() => setDialog('reset')}>
                {t('contactPerson.resetMfa')}
              </Button>
            ) : wasReset ? null : (
              <Text size="sm" c="dark.5">
                {t('contactPerson.noSecondFactor', { name: member.full_name })}
              </Text>
            )}
            <Button variant="light" color="red" fullWidth onClick={() => setDialog('remove')}>
              {t('contactPerson.delete')}
            </Button>
            <ResetMfaDialog
              member={member}
              opened={dialog === 'reset'}
              onClose={() => setDialog(null)}
              onDone={() => setWasReset(true)}
            />
            <RemoveMemberDialog
              member={member}
              opened={dialog === 'remove'}
              onClose={() => setDialog(null)}
            />
          </>
        )}
      </Stack>
    </Card>
  );
}
