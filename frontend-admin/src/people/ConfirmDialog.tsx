import { errorMessage } from '@kring/common';
import { Modal, Stack, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogFooter } from '../components/DialogFooter';

export interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  /** What will happen, in the staff member's words. */
  children: ReactNode;
  confirmLabel: string;
  /** Red for what cannot be undone or takes something away. */
  danger?: boolean;
  /**
   * For what cannot be undone: the button works only once this text (e.g. the e-mail address)
   * has been typed, so a slip of the mouse never deletes an account.
   */
  typed?: string;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}

/** Asks before a change to an account, and shows why the API refused it. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const {
    opened,
    title,
    children,
    confirmLabel,
    danger = false,
    typed,
    onConfirm,
    onClose,
  } = props;
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const matches = typed === undefined || text.trim().toLowerCase() === typed.toLowerCase();
  const close = () => {
    setText('');
    setFailure(null);
    onClose();
  };
  const confirm = async () => {
    if (!matches) return;
    setBusy(true);
    setFailure(null);
    try {
      await onConfirm();
      close();
    } catch (error) {
      setFailure(errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={title}
      centered
      closeButtonProps={{ 'aria-label': t('confirm.close') }}
    >
      <Stack gap="md">
        {children}
        {typed !== undefined ? (
          <TextInput
            id="confirm-typed"
            label={t('confirm.typeToConfirm', { text: typed })}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            autoComplete="off"
            data-autofocus
            // An e-mail address has no spaces: let it break anywhere on a phone.
            styles={{ label: { overflowWrap: 'anywhere' } }}
          />
        ) : null}
        <DialogFooter
          confirmLabel={confirmLabel}
          error={failure}
          loading={busy}
          disabled={!matches}
          danger={danger}
          onConfirm={() => void confirm()}
          onCancel={close}
        />
      </Stack>
    </Modal>
  );
}
