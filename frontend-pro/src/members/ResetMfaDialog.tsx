import { errorMessage } from '@kring/common';
import { Alert, Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useResetMemberMfa, type Member } from '../api/members';
import { useOrganisation } from '../api/organisation';
import { ContactDetails } from '../components/ContactDetails';
import { useActiveMember } from './ActiveMember';

export interface ResetMfaDialogProps {
  member: Member;
  opened: boolean;
  onClose: () => void;
  onDone: () => void;
}

/**
 * Resetting someone's two-step verification: first the warning to do this only after consulting
 * Kring's IT support (with how to reach Kring), confirmed with a tick, then the reset.
 */
export function ResetMfaDialog({ member, opened, onClose, onDone }: ResetMfaDialogProps) {
  const { t } = useTranslation();
  const { organisationId } = useActiveMember();
  const organisation = useOrganisation(organisationId);
  const reset = useResetMemberMfa(organisationId, member.id);
  const [consulted, setConsulted] = useState(false);
  const [tried, setTried] = useState(false);
  const card = organisation.data?.contact_card;
  const close = () => {
    reset.reset();
    setConsulted(false);
    setTried(false);
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('contactPerson.resetDialog.title')}
      centered
      closeButtonProps={{ 'aria-label': t('contactPerson.resetDialog.close') }}
    >
      <Stack gap="md">
        <Alert color="kringClay" variant="light" role="note" data-testid="reset-mfa-warning">
          <Text size="sm" fw={700}>
            {t('contactPerson.resetDialog.warning')}
          </Text>
        </Alert>
        {card ? (
          <Stack gap={4}>
            <Text size="sm">{t('contactPerson.resetDialog.contact', { name: card.name })}</Text>
            <ContactDetails card={card} />
          </Stack>
        ) : (
          <Text size="sm">{t('contactPerson.resetDialog.contactNone')}</Text>
        )}
        <Text size="sm">{t('contactPerson.resetDialog.what', { name: member.full_name })}</Text>
        <Checkbox
          id="reset-mfa-consulted"
          label={t('contactPerson.resetDialog.consulted')}
          checked={consulted}
          onChange={(event) => setConsulted(event.currentTarget.checked)}
          error={tried && !consulted ? t('contactPerson.resetDialog.consultedRequired') : undefined}
        />
        {reset.isError ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(reset.error, t)}
          </Alert>
        ) : null}
        <Group gap="sm">
          <Button
            color="red.9"
            loading={reset.isPending}
            onClick={() => {
              setTried(true);
              if (!consulted) return;
              reset.mutate(undefined, {
                onSuccess: () => {
                  close();
                  onDone();
                },
              });
            }}
          >
            {t('contactPerson.resetDialog.confirm')}
          </Button>
          <Button variant="default" onClick={close}>
            {t('contactPerson.resetDialog.cancel')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
