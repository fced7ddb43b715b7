import { ErrorState, LoadingState, PageHeader } from '@kring/common';
import { Alert, Button, Card, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMyContactDetails } from '../api/contactDetails';
import { myDetailsCrumbs } from '../components/crumbs';
import { RequireMember, useActiveMember } from '../members/ActiveMember';
import { MemberSummary } from '../members/MemberSummary';
import { PRO_PATHS } from '../paths';

/** A summary of my contact details, with "Adjust" at the top right. */
export default function MyContactDetailsPage() {
  return (
    <RequireMember>
      <MyContactDetails />
    </RequireMember>
  );
}

function MyContactDetails() {
  const { t } = useTranslation();
  const { isAdmin } = useActiveMember();
  const details = useMyContactDetails();
  const location = useLocation();
  const saved = (location.state as { saved?: boolean } | null)?.saved;
  return (
    <Stack maw={880} mx="auto" gap="xl" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('myContact.title')}
        lead={t('myContact.lead')}
        crumbs={myDetailsCrumbs(t)}
        actions={
          <Button component={Link} to={PRO_PATHS.myContactEdit}>
            {t('myContact.adjust')}
          </Button>
        }
      />
      {saved ? (
        <Alert color="kringTeal" variant="light" role="status">
          {t('myContact.saved')}
        </Alert>
      ) : null}
      {details.isPending ? (
        <LoadingState />
      ) : details.isError ? (
        <ErrorState error={details.error} onRetry={() => void details.refetch()} />
      ) : (
        <Card withBorder padding="lg">
          <Stack gap="md">
            <MemberSummary member={details.data} />
            {isAdmin ? null : (
              <Text size="sm" c="dark.5">
                {t('rights.yoursByAdmin')}
              </Text>
            )}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
