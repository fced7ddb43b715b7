import { errorMessage } from '@kring/common';
import { Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogFooter } from '../components/DialogFooter';
import { useChangeAccountEmail, type Account } from '../api/accounts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A new e-mail address for an account; the account and its history stay, its sessions end. */
export function ChangeEmailDialog(props: {
  account: Account;
  opened: boolean;
  onClose: () => void;
}) {
  const { account, opened, onClose } = props;
  const { t } = useTranslation();
  const change = useChangeAccountEmail(account.id);
  const [email, setEmail] = useState('');
  const [invalid, setInvalid] = useState(false);
  const close = () => {
    setEmail('');
    setInvalid(false);
    change.reset();
    onClose();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const value = email.trim();
    if (!EMAIL.test(value)) {
      setInvalid(true);
      return;
    }
    change.mutate(value, { onSuccess: close });
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('person.email.title')}
      centered
      closeButtonProps={{ 'aria-label': t('confirm.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('person.email.what', { email: account.email })}</Text>
          <TextInput
            id="person-new-email"
            type="email"
            label={t('person.email.new')}
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={invalid ? t('person.email.invalid') : undefined}
            required
            data-autofocus
          />
          <DialogFooter
            confirmLabel={t('person.email.confirm')}
            error={change.isError ? errorMessage(change.error, t) : null}
            loading={change.isPending}
            onCancel={close}
          />
        </Stack>
      </form>
    </Modal>
  );
}
