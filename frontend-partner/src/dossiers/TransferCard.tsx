import { errorMessage, useFormat } from '@kring/common';
import { Alert, Button, Card, Group, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dossier } from '../api/dossiers';
import { useOfferTransfer, useWithdrawTransfer } from '../api/dossierSharing';
import { DialogFooter, DossierDialog, emailProblem, fieldProblem } from './dialogParts';
import { WRAPPING_BUTTON } from './wrappingButton';

/**
 * Hand the dossier to a colleague, a relative or the help seeker: they accept through the link in
 * their e-mail, and from that moment the current manager no longer has it. Only the manager sees it.
 */
export function TransferCard({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const format = useFormat();
  const withdraw = useWithdrawTransfer(dossier.id);
  const [offering, setOffering] = useState(false);
  if (dossier.my_role !== 'manager' || dossier.status === 'closed') return null;
  const open = dossier.open_transfer;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="dossier-transfer">
      <Title id="dossier-transfer" order={2} size="h4" mb={4}>
        {t('dossiers.transfer.title')}
      </Title>
      {open ? (
        <Stack gap="sm">
          <Text style={{ overflowWrap: 'anywhere' }}>
            {t(
              open.to_help_seeker ? 'dossiers.transfer.openToHelpSeeker' : 'dossiers.transfer.open',
              {
                email: open.to_email,
                date: format.date(open.offered_at),
              },
            )}
          </Text>
          <Text size="sm" c="dark.5">
            {t('dossiers.transfer.validUntil', { date: format.date(open.expires_at) })}
          </Text>
          {withdraw.isError ? (
            <Alert color="kringClay" variant="light" role="alert">
              {errorMessage(withdraw.error, t)}
            </Alert>
          ) : null}
          <Group>
            <Button
              variant="default"
              loading={withdraw.isPending}
              onClick={() => withdraw.mutate()}
              styles={WRAPPING_BUTTON}
            >
              {t('dossiers.transfer.withdraw')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dark.5">
            {t('dossiers.transfer.lead')}
          </Text>
          <Group>
            <Button variant="default" onClick={() => setOffering(true)} styles={WRAPPING_BUTTON}>
              {t('dossiers.transfer.start')}
            </Button>
          </Group>
        </Stack>
      )}
      <OfferDialog dossier={dossier} opened={offering} onClose={() => setOffering(false)} />
    </Card>
  );
}

function OfferDialog({
  dossier,
  opened,
  onClose,
}: {
  dossier: Dossier;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const offer = useOfferTransfer(dossier.id);
  const [email, setEmail] = useState('');
  const [to, setTo] = useState<'someone' | 'help_seeker'>('someone');
  const [tried, setTried] = useState(false);
  const wrongEmail = emailProblem(t, email);
  const close = () => {
    setEmail('');
    setTo('someone');
    setTried(false);
    offer.reset();
    onClose();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (wrongEmail) return;
    offer.mutate(
      { email: email.trim(), to_help_seeker: to === 'help_seeker' },
      { onSuccess: close },
    );
  };
  const emailError = (tried ? wrongEmail : null) ?? fieldProblem(offer.error, 'email');
  return (
    <DossierDialog opened={opened} onClose={close} title={t('dossiers.transfer.dialogTitle')}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Radio.Group
            label={t('dossiers.transfer.to')}
            value={to}
            onChange={(value) => setTo(value === 'help_seeker' ? 'help_seeker' : 'someone')}
          >
            <Stack gap="xs" mt="xs">
              <Radio
                value="help_seeker"
                id="transfer-to-help-seeker"
                label={t('dossiers.transfer.toHelpSeeker', { name: dossier.who.first_name })}
              />
              <Radio
                value="someone"
                id="transfer-to-someone"
                label={t('dossiers.transfer.toSomeone')}
              />
            </Stack>
          </Radio.Group>
          <TextInput
            id="transfer-email"
            type="email"
            label={t('dossiers.transfer.email')}
            description={t('dossiers.transfer.emailHelp')}
            autoComplete="off"
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={emailError}
            required
            data-autofocus
          />
          <Alert color="kringTeal" variant="light">
            {t('dossiers.transfer.warning')}
          </Alert>
          <DialogFooter
            confirmLabel={t('dossiers.transfer.send')}
            loading={offer.isPending}
            error={fieldProblem(offer.error, 'email') ? null : offer.error}
            onCancel={close}
          />
        </Stack>
      </form>
    </DossierDialog>
  );
}
