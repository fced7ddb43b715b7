import { errorMessage } from '@kring/common';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useRemoveMember, type Member } from '../api/members';
import { PRO_PATHS } from '../paths';
import { useActiveMember } from './ActiveMember';

export interface RemoveMemberDialogProps {
  member: Member;
  opened: boolean;
  onClose: () => void;
}

/** "Are you sure?" before removing a contact person; the API's refusal (last admin) shows here. */
export function RemoveMemberDialog({ member, opened, onClose }: RemoveMemberDialogProps) {
  const { t } = useTranslation();
  const { organisationId, organisationName } = useActiveMember();
  const remove = useRemoveMember(organisationId, member.id);
  const navigate = useNavigate();
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('contactPerson.deleteDialog.title')}
      centered
      closeButtonProps={{ 'aria-label': t('contactPerson.deleteDialog.close') }}
    >
      <Stack gap="md">
        <Text>
          {t('contactPerson.deleteDialog.body', {
            name: member.full_name,
            organisation: organisationName,
          })}
        </Text>
        {remove.isError ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(remove.error, t)}
          </Alert>
        ) : null}
        <Group gap="sm">
          <Button
            color="red.9"
            loading={remove.isPending}
            onClick={() =>
              remove.mutate(undefined, {
                onSuccess: () =>
                  void navigate(PRO_PATHS.contactPersons, {
                    replace: true,
                    state: { removed: member.full_name },
                  }),
              })
            }
          >
            {t('contactPerson.deleteDialog.confirm')}
          </Button>
          <Button variant="default" onClick={close}>
            {t('contactPerson.deleteDialog.cancel')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
