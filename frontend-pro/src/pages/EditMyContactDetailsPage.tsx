import { ErrorState, LoadingState, useFormat, PageHeader } from '@kring/common';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMyContactDetails, useUpdateMyContactDetails } from '../api/contactDetails';
import type { Member } from '../api/members';
import { myDetailsCrumbs } from '../components/crumbs';
import { RequireMember, useActiveMember } from '../members/ActiveMember';
import { MemberForm } from '../members/MemberForm';
import { changedDetails, valuesFromMember } from '../members/memberForm';
import { RightsCard } from '../members/RightsCard';
import { PRO_PATHS } from '../paths';

/**
 * "Adjust personal details": my details and my two flags; an admin also sets their own rights
 * here (saved on their own).
 */
export default function EditMyContactDetailsPage() {
  return (
    <RequireMember>
      <EditMyContactDetails />
    </RequireMember>
  );
}

function EditMyContactDetails() {
  const { t } = useTranslation();
  const { isAdmin } = useActiveMember();
  const details = useMyContactDetails();
  return (
    <Stack maw={880} mx="auto" gap="xl" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('myContact.editTitle')}
        lead={t('myContact.editLead')}
        crumbs={myDetailsCrumbs(t, { label: t('myContact.title'), to: PRO_PATHS.myContact })}
      />
      {details.isPending ? (
        <LoadingState />
      ) : details.isError ? (
        <ErrorState error={details.error} onRetry={() => void details.refetch()} />
      ) : (
        <>
          <EditForm member={details.data} />
          {isAdmin ? <RightsCard member={details.data} isSelf /> : null}
        </>
      )}
    </Stack>
  );
}

function EditForm({ member }: { member: Member }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const update = useUpdateMyContactDetails();
  const defaultValues = valuesFromMember(member, format.phone);
  return (
    <MemberForm
      mode="self"
      defaultValues={defaultValues}
      submitLabel={t('member.save')}
      cancelTo={PRO_PATHS.myContact}
      onSave={async (values) => {
        const changes = changedDetails(defaultValues, values);
        if (Object.keys(changes).length > 0) await update.mutateAsync(changes);
        void navigate(PRO_PATHS.myContact, { state: { saved: true } });
      }}
    />
  );
}
