import { isApiProblem } from '@kring/client';
import { errorMessage } from '@kring/common';
import { Alert, Button, Group, Modal, Stack, Text, Textarea, type ModalProps } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What is wrong with a typed e-mail address, if anything: empty or not an address. */
export function emailProblem(t: TFunction, email: string): string | null {
  const value = email.trim();
  if (value === '') return t('dossiers.proxies.emailRequired');
  return EMAIL.test(value) ? null : t('dossiers.proxies.emailInvalid');
}

/** The API's reason for one field, when it named that field. */
export function fieldProblem(error: unknown, field: string): string | undefined {
  return isApiProblem(error)
    ? error.errors.find((item) => item.field === field)?.message
    : undefined;
}

/** A dossier dialog: centred, its close button named. */
export function DossierDialog(props: Omit<ModalProps, 'centered' | 'closeButtonProps'>) {
  const { t } = useTranslation();
  return (
    <Modal centered closeButtonProps={{ 'aria-label': t('dossiers.dialog.close') }} {...props} />
  );
}

export interface DialogFooterProps {
  confirmLabel: string;
  loading: boolean;
  /** The API's refusal, unless a field already shows it. */
  error: unknown;
  /** Red for what takes something away (removing someone, closing for good). */
  danger?: boolean;
  /** Without it the confirm button submits the dialog's form. */
  onConfirm?: () => void;
  onCancel: () => void;
}

/** The end of a dossier dialog: the API's refusal, then confirm and cancel. */
export function DialogFooter(props: DialogFooterProps) {
  const { confirmLabel, loading, error, danger = false, onConfirm, onCancel } = props;
  const { t } = useTranslation();
  return (
    <>
      {error ? (
        <Alert color="kringClay" variant="light" role="alert">
          {errorMessage(error, t)}
        </Alert>
      ) : null}
      <Group gap="sm">
        <Button
          type={onConfirm ? 'button' : 'submit'}
          color={danger ? 'red.9' : 'kringClay.7'}
          loading={loading}
          onClick={onConfirm}
        >
          {confirmLabel}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {t('dossiers.dialog.cancel')}
        </Button>
      </Group>
    </>
  );
}

const REASON_MAX = 1000;

export interface ReasonDialogProps {
  id: string;
  title: string;
  /** What the change does, in a sentence above the reason. */
  what: string;
  /** `none`: no reason asked (a plain confirmation). */
  reason: 'required' | 'optional' | 'none';
  /** What a missing required reason is told (the default asks why the dossier closes). */
  reasonRequired?: string;
  confirmLabel: string;
  danger?: boolean;
  pending: boolean;
  error: unknown;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}

/** A change that keeps its reason (pausing, closing, ending): the reason, then confirm or cancel. */
export function ReasonDialog(props: ReasonDialogProps) {
  const { id, title, what, reason: asked, confirmLabel, danger, pending, error } = props;
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const trimmed = reason.trim();
  const wrong =
    asked === 'required' && trimmed === ''
      ? (props.reasonRequired ?? t('dossiers.statusChange.reasonRequired'))
      : trimmed.length > REASON_MAX
        ? t('dossiers.statusChange.tooLong', { max: REASON_MAX })
        : null;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (wrong) return;
    props.onConfirm(trimmed);
  };
  return (
    <DossierDialog opened onClose={props.onClose} title={title}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm">{what}</Text>
          {asked === 'none' ? null : (
            <Textarea
              id={id}
              label={t('dossiers.statusChange.reason')}
              description={
                asked === 'optional' ? t('dossiers.statusChange.reasonOptional') : undefined
              }
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={tried ? wrong : undefined}
              rows={3}
              required={asked === 'required'}
              data-autofocus
            />
          )}
          <DialogFooter
            confirmLabel={confirmLabel}
            danger={danger}
            loading={pending}
            error={error}
            onCancel={props.onClose}
          />
        </Stack>
      </form>
    </DossierDialog>
  );
}
