import { errorMessage } from '@kring/common';
import { Checkbox, Modal, Select, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogFooter } from '../components/DialogFooter';
import {
  UMBRELLA_LINK_REASONS,
  useLinkAccount,
  type Account,
  type UmbrellaLinkReason,
} from '../api/accounts';
import { OrganisationPicker } from './OrganisationPicker';

export interface LinkOrganisationDialogProps {
  account: Account;
  opened: boolean;
  onClose: () => void;
}

/**
 * Link the person to (another) organisation. A second umbrella organisation needs one of the
 * recorded reasons; the API says so when it is missing, and the field is there to give it.
 */
export function LinkOrganisationDialog({ account, opened, onClose }: LinkOrganisationDialogProps) {
  const { t } = useTranslation();
  const link = useLinkAccount(account.id);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [reason, setReason] = useState<UmbrellaLinkReason | null>(null);
  const [portalAdmin, setPortalAdmin] = useState(false);
  const [portalEmployee, setPortalEmployee] = useState(true);
  const [tried, setTried] = useState(false);
  const hasUmbrella = account.memberships.some((m) => m.organisation_kind === 'umbrella');
  const close = () => {
    setOrganisationId(null);
    setReason(null);
    setPortalAdmin(false);
    setPortalEmployee(true);
    setTried(false);
    link.reset();
    onClose();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!organisationId) return;
    link.mutate(
      {
        organisation_id: organisationId,
        portal_admin: portalAdmin,
        portal_employee: portalEmployee,
        umbrella_link_reason: reason,
      },
      { onSuccess: close },
    );
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('person.link.title')}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('confirm.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {t('person.link.what', { name: account.full_name || account.email })}
          </Text>
          <OrganisationPicker
            id="link-organisation"
            label={t('person.link.organisation')}
            value={organisationId}
            onChange={setOrganisationId}
            error={tried && !organisationId ? t('person.link.organisationRequired') : undefined}
          />
          <Select
            id="link-reason"
            label={t('person.link.reason')}
            description={
              hasUmbrella ? t('person.link.reasonNeeded') : t('person.link.reasonOptional')
            }
            placeholder={t('person.link.reasonNone')}
            data={UMBRELLA_LINK_REASONS.map((value) => ({
              value,
              label: t(`person.link.reasons.${value}`),
            }))}
            value={reason}
            onChange={(value) => {
              link.reset();
              setReason(value as UmbrellaLinkReason | null);
            }}
            clearable
            comboboxProps={{ withinPortal: true }}
          />
          <Checkbox
            id="link-portal-employee"
            label={t('person.link.portalEmployee')}
            checked={portalEmployee}
            onChange={(event) => setPortalEmployee(event.currentTarget.checked)}
          />
          <Checkbox
            id="link-portal-admin"
            label={t('person.link.portalAdmin')}
            checked={portalAdmin}
            onChange={(event) => setPortalAdmin(event.currentTarget.checked)}
          />
          <DialogFooter
            confirmLabel={t('person.link.confirm')}
            error={link.isError ? errorMessage(link.error, t) : null}
            loading={link.isPending}
            onCancel={close}
          />
        </Stack>
      </form>
    </Modal>
  );
}
