import { ErrorState, LoadingState, useFormat, useMe, PageHeader } from '@kring/common';
import { Alert, Card, Grid, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { useAccount, type Account } from '../api/accounts';
import { mayDo } from '../api/staffTasks';
import { DetailItem } from '../components/DetailItem';
import { RequireStaff } from '../components/RequireStaff';
import { AccountActions } from '../people/AccountActions';
import { AccountStatusBadge } from '../people/AccountStatusBadge';
import { AuditTrail } from '../people/AuditTrail';
import { Memberships } from '../people/Memberships';
import { SessionsCard } from '../people/SessionsCard';
import { StaffBranchItem } from '../people/StaffBranch';
import { ViewsCard } from '../people/ViewsCard';
import { ADMIN_PATHS } from '../paths';

/** What a new account's page may say on arrival (router state). */
export interface PersonLocationState {
  created?: boolean;
}

/** One account: its details, organisations, what staff may do to it, and its audit trail. */
export default function PersonPage() {
  return (
    <RequireStaff task="view_accounts">
      <Person />
    </RequireStaff>
  );
}

function Person() {
  const { t } = useTranslation();
  const { userId = '' } = useParams();
  const account = useAccount(userId);
  const me = useMe();
  const location = useLocation();
  const created = (location.state as PersonLocationState | null)?.created === true;
  if (account.isPending) return <LoadingState />;
  if (account.isError) {
    return <ErrorState error={account.error} onRetry={() => void account.refetch()} />;
  }
  const person = account.data;
  const mayManage = mayDo(me.data, 'manage_accounts');
  return (
    <Stack maw={1040} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={person.full_name || person.email}
        lead={person.email}
        crumbs={[
          { label: t('common.navigation.home'), to: ADMIN_PATHS.home },
          { label: t('nav.people'), to: ADMIN_PATHS.people },
        ]}
        actions={<AccountStatusBadge status={person.status} />}
      />
      {created ? (
        <Alert color="kringTeal" variant="light" role="status">
          {t('person.created', { email: person.email })}
        </Alert>
      ) : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Details account={person} mayManage={mayManage} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Memberships account={person} mayManage={mayManage} />
        </Grid.Col>
      </Grid>
      {mayManage ? <AccountActions account={person} /> : null}
      <SessionsCard userId={person.id} name={person.full_name || person.email} mayEnd={mayManage} />
      <AuditTrail userId={person.id} />
      <ViewsCard userId={person.id} />
    </Stack>
  );
}

function Details({ account, mayManage }: { account: Account; mayManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="person-details">
      <Stack gap="md">
        <Title order={2} size="h3" id="person-details">
          {t('person.details.title')}
        </Title>
        <SimpleGrid cols={1} spacing="sm" component="dl" m={0}>
          <DetailItem labelWidth={180} label={t('person.details.email')}>
            {account.email}
          </DetailItem>
          <DetailItem labelWidth={180} label={t('person.details.status')}>
            <AccountStatusBadge status={account.status} />
          </DetailItem>
          <DetailItem labelWidth={180} label={t('person.details.secondFactor')}>
            {account.has_second_factor
              ? t('person.details.secondFactorSet')
              : t('person.details.secondFactorNone')}
          </DetailItem>
          <DetailItem labelWidth={180} label={t('person.details.lastLogin')}>
            {account.last_login_at
              ? format.dateTime(account.last_login_at)
              : t('person.details.neverLoggedIn')}
          </DetailItem>
          <DetailItem labelWidth={180} label={t('person.details.language')}>
            {t(`person.languages.${account.language}`)}
          </DetailItem>
          {account.staff_role ? (
            <DetailItem labelWidth={180} label={t('person.details.staffRole')}>
              {t(`roles.${account.staff_role}`)}
            </DetailItem>
          ) : null}
          {/* Branch staff handle the orders of one supplier branch. */}
          {account.staff_role === 'branch' ? (
            <StaffBranchItem account={account} mayManage={mayManage} />
          ) : null}
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
