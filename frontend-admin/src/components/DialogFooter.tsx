import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface DialogFooterProps {
  confirmLabel: string;
  /** Why the API refused, in the staff member's words; shown above the buttons. */
  error?: string | null;
  loading?: boolean;
  disabled?: boolean;
  /** Red for what cannot be undone or takes something away. */
  danger?: boolean;
  /** Without it the confirm button submits the dialog's form. */
  onConfirm?: () => void;
  onCancel: () => void;
}

/** The end of a console dialog: the API's refusal, then confirm and cancel. */
export function DialogFooter(props: DialogFooterProps) {
  const { confirmLabel, error, loading, disabled, danger = false, onConfirm, onCancel } = props;
  const { t } = useTranslation();
  return (
    <>
      {error ? (
        <Alert color="red" variant="light" role="alert">
          {error}
        </Alert>
      ) : null}
      <Group gap="sm">
        <Button
          type={onConfirm ? 'button' : 'submit'}
          color={danger ? 'red.9' : undefined}
          loading={loading}
          disabled={disabled}
          onClick={onConfirm}
        >
          {confirmLabel}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {t('confirm.cancel')}
        </Button>
      </Group>
    </>
  );
}
