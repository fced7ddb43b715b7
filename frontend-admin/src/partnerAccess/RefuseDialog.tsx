import { errorMessage } from '@kring/common';
import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRefusePartnerAccess, type PartnerAccessRequest } from '../api/partnerAccess';
import { DialogFooter } from '../components/DialogFooter';

const REASON_MAX = 1000;

export interface RefuseDialogProps {
  request: PartnerAccessRequest;
  opened: boolean;
  onClose: () => void;
}

/** Refuse with a reason: the person reads it in the mail, so it is written to them. */
export function RefuseDialog({ request, opened, onClose }: RefuseDialogProps) {
  const { t } = useTranslation();
  const refuse = useRefusePartnerAccess(request.id);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const trimmed = reason.trim();
  const wrong =
    trimmed === ''
      ? t('partnerAccess.refuseDialog.reasonRequired')
      : trimmed.length > REASON_MAX
        ? t('partnerAccess.refuseDialog.tooLong', { max: REASON_MAX })
        : null;
  const close = () => {
    setReason('');
    setTried(false);
    refuse.reset();
    onClose();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (wrong) return;
    refuse.mutate(trimmed, { onSuccess: close });
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('partnerAccess.refuseDialog.title')}
      centered
      closeButtonProps={{ 'aria-label': t('confirm.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {t('partnerAccess.refuseDialog.what', { name: request.requester_name })}
          </Text>
          <Textarea
            id="partner-access-refusal"
            label={t('partnerAccess.refuseDialog.reason')}
            description={t('partnerAccess.refuseDialog.reasonHelp')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={tried ? wrong : undefined}
            rows={4}
            required
            data-autofocus
          />
          <DialogFooter
            confirmLabel={t('partnerAccess.request.refuse')}
            error={refuse.isError ? errorMessage(refuse.error, t) : null}
            loading={refuse.isPending}
            danger
            onCancel={close}
          />
        </Stack>
      </form>
    </Modal>
  );
}
