import { ApiProblem, isApiProblem } from '@kring/client';
import { toLanguage, PageHeader } from '@kring/common';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateMember } from '../api/members';
import { AdminOnly } from '../components/AdminOnly';
import { myDetailsCrumbs } from '../components/crumbs';
import { RequireMember, useActiveMember } from '../members/ActiveMember';
import { MemberForm } from '../members/MemberForm';
import { EMPTY_NEW_MEMBER, newMemberBody } from '../members/memberForm';
import { contactPersonPath, PRO_PATHS } from '../paths';

/**
 * "Add contact person" (admins): Careflex's form; afterwards the new person's page says the
 * log-in e-mail follows within 60 minutes.
 */
export default function AddContactPersonPage() {
  return (
    <RequireMember>
      <AddContactPerson />
    </RequireMember>
  );
}

function AddContactPerson() {
  const { t, i18n } = useTranslation();
  const { organisationId, isAdmin } = useActiveMember();
  const create = useCreateMember(organisationId);
  const navigate = useNavigate();
  return (
    <Stack maw={880} mx="auto" gap="xl" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('addContactPerson.title')}
        lead={t('addContactPerson.lead')}
        crumbs={myDetailsCrumbs(t, {
          label: t('contactPersons.title'),
          to: PRO_PATHS.contactPersons,
        })}
      />
      {isAdmin ? (
        <MemberForm
          mode="create"
          defaultValues={{ ...EMPTY_NEW_MEMBER, language: toLanguage(i18n.language) }}
          submitLabel={t('addContactPerson.submit')}
          cancelTo={PRO_PATHS.contactPersons}
          onSave={async (values) => {
            try {
              const member = await create.mutateAsync(newMemberBody(values));
              void navigate(contactPersonPath(member.id), { state: { added: true } });
            } catch (error) {
              // "Already has an account" belongs to the address: show it on that field.
              if (isApiProblem(error) && error.status === 409 && error.errors.length === 0) {
                throw new ApiProblem({
                  title: error.title,
                  status: error.status,
                  detail: error.detail,
                  errors: [
                    { location: 'body', field: 'email', message: error.detail ?? error.title },
                  ],
                });
              }
              throw error;
            }
          }}
        />
      ) : (
        <AdminOnly />
      )}
    </Stack>
  );
}
