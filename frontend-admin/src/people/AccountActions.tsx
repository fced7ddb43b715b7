import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAccountAction, type Account, type AccountAction } from '../api/accounts';
import { peopleSearchPath } from '../paths';
import { ChangeEmailDialog } from './ChangeEmailDialog';
import { ConfirmDialog } from './ConfirmDialog';

/**
 * What staff may do to an account (manage_accounts): each change asks first; deleting also asks
 * to type the e-mail address, as it cannot be undone.
 */
export function AccountActions({ account }: { account: Account }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState<AccountAction | 'email' | null>(null);
  const deactivate = useAccountAction(account.id, 'deactivate');
  const reactivate = useAccountAction(account.id, 'reactivate');
  const resetPhone = useAccountAction(account.id, 'resetPhone');
  const remove = useAccountAction(account.id, 'delete');
  const close = () => setOpen(null);
  const name = account.full_name || account.email;
  const active = account.status === 'active' || account.status === 'invited';

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="person-actions">
      <Stack gap="md">
        <Title order={2} size="h3" id="person-actions">
          {t('person.actions.title')}
        </Title>
        <Group gap="sm">
          <Button variant="default" onClick={() => setOpen('email')}>
            {t('person.actions.changeEmail')}
          </Button>
          <Button variant="default" onClick={() => setOpen('resetPhone')}>
            {t('person.actions.resetPhone')}
          </Button>
          {active ? (
            <Button variant="default" onClick={() => setOpen('deactivate')}>
              {t('person.actions.deactivate')}
            </Button>
          ) : (
            <Button variant="default" onClick={() => setOpen('reactivate')}>
              {t('person.actions.reactivate')}
            </Button>
          )}
          <Button color="red.9" variant="outline" onClick={() => setOpen('delete')}>
            {t('person.actions.delete')}
          </Button>
        </Group>
      </Stack>

      <ChangeEmailDialog account={account} opened={open === 'email'} onClose={close} />
      <ConfirmDialog
        opened={open === 'resetPhone'}
        title={t('person.resetPhone.title')}
        confirmLabel={t('person.resetPhone.confirm')}
        onConfirm={() => resetPhone.mutateAsync()}
        onClose={close}
      >
        <Text size="sm">{t('person.resetPhone.what', { name })}</Text>
      </ConfirmDialog>
      <ConfirmDialog
        opened={open === 'deactivate'}
        title={t('person.deactivate.title')}
        confirmLabel={t('person.deactivate.confirm')}
        danger
        onConfirm={() => deactivate.mutateAsync()}
        onClose={close}
      >
        <Text size="sm">{t('person.deactivate.what', { name })}</Text>
      </ConfirmDialog>
      <ConfirmDialog
        opened={open === 'reactivate'}
        title={t('person.reactivate.title')}
        confirmLabel={t('person.reactivate.confirm')}
        onConfirm={() => reactivate.mutateAsync()}
        onClose={close}
      >
        <Text size="sm">{t('person.reactivate.what', { name })}</Text>
      </ConfirmDialog>
      <ConfirmDialog
        opened={open === 'delete'}
        title={t('person.delete.title')}
        confirmLabel={t('person.delete.confirm')}
        danger
        typed={account.email}
        onConfirm={async () => {
          await remove.mutateAsync();
          void navigate(peopleSearchPath(''), { state: { deleted: account.email } });
        }}
        onClose={close}
      >
        <Text size="sm">{t('person.delete.what', { name })}</Text>
      </ConfirmDialog>
    </Card>
  );
}
