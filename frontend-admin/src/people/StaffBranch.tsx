import { errorMessage } from '@kring/common';
import { Anchor, Modal, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSetStaffBranch, type Account } from '../api/accounts';
import { DetailItem } from '../components/DetailItem';
import { DialogFooter } from '../components/DialogFooter';
import { OrganisationPicker } from './OrganisationPicker';

/**
 * The supplier branch a staff member of the branch role works for: they see and handle that
 * branch's orders, and none without one. Staff who manage accounts can change it.
 */
export function StaffBranchItem({ account, mayManage }: { account: Account; mayManage: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const name = account.staff_branch_name ?? null;
  return (
    <DetailItem labelWidth={180} label={t('person.branch.label')}>
      <Stack gap={2} align="flex-start">
        <Text size="sm" component="span">
          {name ?? t('person.branch.none')}
        </Text>
        {mayManage ? (
          <Anchor component="button" type="button" size="sm" onClick={() => setOpen(true)}>
            {name ? t('person.branch.change') : t('person.branch.choose')}
          </Anchor>
        ) : null}
      </Stack>
      {mayManage ? (
        <StaffBranchDialog account={account} opened={open} onClose={() => setOpen(false)} />
      ) : null}
    </DetailItem>
  );
}

interface StaffBranchDialogProps {
  account: Account;
  opened: boolean;
  onClose: () => void;
}

function StaffBranchDialog(props: StaffBranchDialogProps) {
  // A new choice each time the dialog opens, starting from the branch as it is.
  return props.opened ? <BranchForm {...props} /> : null;
}

function BranchForm({ account, onClose }: StaffBranchDialogProps) {
  const { t } = useTranslation();
  const save = useSetStaffBranch(account.id);
  const current = account.staff_branch_id ?? null;
  const [branchId, setBranchId] = useState<string | null>(current);
  const person = account.full_name || account.email;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (branchId === current) return onClose();
    save.mutate(branchId, { onSuccess: onClose });
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('person.branch.title')}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('confirm.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('person.branch.what', { name: person })}</Text>
          <OrganisationPicker
            id="staff-branch"
            label={t('person.branch.label')}
            description={t('person.branch.help')}
            kind="supplier_branch"
            required={false}
            value={branchId}
            valueLabel={
              current && account.staff_branch_name ? account.staff_branch_name : undefined
            }
            onChange={(next) => {
              save.reset();
              setBranchId(next);
            }}
          />
          {current && branchId === null ? (
            <Text size="sm" c="kringClay.8">
              {t('person.branch.removing', { name: person })}
            </Text>
          ) : null}
          <DialogFooter
            confirmLabel={t('person.branch.save')}
            error={save.isError ? errorMessage(save.error, t) : null}
            loading={save.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
