import { ErrorState, LoadingState, useFormat, PageHeader } from '@kring/common';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useMember, useUpdateMember, type Member } from '../api/members';
import { AdminOnly } from '../components/AdminOnly';
import { myDetailsCrumbs } from '../components/crumbs';
import { RequireMember, useActiveMember } from '../members/ActiveMember';
import { MemberForm } from '../members/MemberForm';
import { changedDetails, valuesFromMember } from '../members/memberForm';
import { contactPersonPath, PRO_PATHS } from '../paths';

/** An admin changes a contact person's details and flags (not the e-mail, not the rights). */
export default function EditContactPersonPage() {
  return (
    <RequireMember>
      <EditContactPerson />
    </RequireMember>
  );
}

function EditContactPerson() {
  const { t } = useTranslation();
  const { membershipId = '' } = useParams();
  const { organisationId, isAdmin } = useActiveMember();
  const member = useMember(organisationId, membershipId);
  const name = member.data?.full_name ?? t('contactPerson.title');
  return (
    <Stack maw={880} mx="auto" gap="xl" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('contactPerson.editTitle')}
        lead={member.data ? t('contactPerson.editLead', { name }) : undefined}
        crumbs={myDetailsCrumbs(
          t,
          { label: t('contactPersons.title'), to: PRO_PATHS.contactPersons },
          { label: name, to: contactPersonPath(membershipId) },
        )}
      />
      {!isAdmin ? (
        <AdminOnly />
      ) : member.isPending ? (
        <LoadingState />
      ) : member.isError ? (
        <ErrorState error={member.error} onRetry={() => void member.refetch()} />
      ) : (
        <EditForm member={member.data} />
      )}
    </Stack>
  );
}

function EditForm({ member }: { member: Member }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { organisationId, me } = useActiveMember();
  const update = useUpdateMember(organisationId, member.id);
  const defaultValues = valuesFromMember(member, format.phone);
  return (
    <MemberForm
      mode={member.user_id === me.id ? 'self' : 'edit'}
      defaultValues={defaultValues}
      submitLabel={t('member.save')}
      cancelTo={contactPersonPath(member.id)}
      onSave={async (values) => {
        const changes = changedDetails(defaultValues, values);
        if (Object.keys(changes).length > 0) await update.mutateAsync(changes);
        void navigate(contactPersonPath(member.id), { state: { saved: true } });
      }}
    />
  );
}
