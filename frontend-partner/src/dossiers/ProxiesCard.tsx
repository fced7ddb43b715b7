import { ErrorState, LoadingState, useFormat } from '@kring/common';
import {
  Badge,
  Button,
  Card,
  Checkbox,
  Fieldset,
  Group,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dossier } from '../api/dossiers';
import {
  useInviteProxy,
  useProxies,
  useRemoveProxy,
  type Proxy,
  type ProxyRight,
} from '../api/dossierSharing';
import { DialogFooter, DossierDialog, emailProblem, fieldProblem } from './dialogParts';
import { WRAPPING_BUTTON } from './wrappingButton';

/** `view` comes with every invitation; the others are chosen. */
const CHOSEN_RIGHTS: readonly ProxyRight[] = ['manage', 'approve_hours', 'see_payments'];

/**
 * Who acts for the help seeker (a relative, a neighbour, a second professional), each with their
 * own rights and an optional last day. The manager invites; the manager and the help seeker remove.
 */
export function ProxiesCard({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const mayList = dossier.my_role === 'manager' || dossier.my_role === 'help_seeker';
  const proxies = useProxies(dossier.id, mayList);
  const [inviting, setInviting] = useState(false);
  if (!mayList) return <OwnRights dossier={dossier} />;
  const mayInvite = dossier.my_role === 'manager' && dossier.status !== 'closed';
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="dossier-proxies">
      <Group justify="space-between" align="flex-start" mb={4} wrap="wrap">
        <Title id="dossier-proxies" order={2} size="h4">
          {t('dossiers.proxies.title')}
        </Title>
        {mayInvite ? (
          <Button
            size="sm"
            variant="default"
            onClick={() => setInviting(true)}
            styles={WRAPPING_BUTTON}
          >
            {t('dossiers.proxies.invite')}
          </Button>
        ) : null}
      </Group>
      <Text size="sm" c="dark.5" mb="md">
        {t('dossiers.proxies.lead')}
      </Text>
      {proxies.isPending ? (
        <LoadingState />
      ) : proxies.isError ? (
        <ErrorState error={proxies.error} onRetry={() => void proxies.refetch()} />
      ) : proxies.data.length === 0 ? (
        <Text c="dark.5">{t('dossiers.proxies.none')}</Text>
      ) : (
        <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
          {proxies.data.map((proxy) => (
            <ProxyRow key={proxy.id} dossierId={dossier.id} proxy={proxy} />
          ))}
        </Stack>
      )}
      <InviteDialog dossier={dossier} opened={inviting} onClose={() => setInviting(false)} />
    </Card>
  );
}

/** A proxy sees what they may do, not who else acts. */
function OwnRights({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  if (dossier.my_role !== 'proxy') return null;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="dossier-proxies">
      <Title id="dossier-proxies" order={2} size="h4" mb="xs">
        {t('dossiers.proxies.yourRights')}
      </Title>
      <Group gap="xs">
        {dossier.my_rights.map((right) => (
          <Badge key={right} variant="outline" color="kringTeal.8" tt="none">
            {t(`dossiers.proxies.rights.${right}`)}
          </Badge>
        ))}
      </Group>
    </Card>
  );
}

function ProxyRow({ dossierId, proxy }: { dossierId: string; proxy: Proxy }) {
  const { t } = useTranslation();
  const format = useFormat();
  const remove = useRemoveProxy(dossierId);
  const [confirming, setConfirming] = useState(false);
  const who = proxy.name ?? proxy.email;
  const state = proxy.expired
    ? t('dossiers.proxies.expired')
    : proxy.accepted_at
      ? t('dossiers.proxies.active')
      : t('dossiers.proxies.invited', { date: format.date(proxy.invited_at) });
  return (
    <li>
      <Card withBorder padding="sm" radius="md">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Stack gap={4} style={{ minWidth: 0, flex: '1 1 16rem' }}>
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {who}
            </Text>
            {proxy.name ? (
              <Text size="sm" c="dark.5" style={{ overflowWrap: 'anywhere' }}>
                {proxy.email}
              </Text>
            ) : null}
            <Text size="sm">
              {state}
              {proxy.ends_on
                ? ` · ${t('dossiers.proxies.until', { date: format.day(proxy.ends_on) })}`
                : ''}
            </Text>
            <Group gap={6}>
              {proxy.rights.map((right) => (
                <Badge key={right} variant="outline" color="kringTeal.8" tt="none">
                  {t(`dossiers.proxies.rights.${right}`)}
                </Badge>
              ))}
            </Group>
          </Stack>
          <Button
            size="sm"
            variant="default"
            onClick={() => setConfirming(true)}
            aria-label={t('dossiers.proxies.removeLabel', { name: who })}
          >
            {t('dossiers.proxies.remove')}
          </Button>
        </Group>
      </Card>
      <DossierDialog
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('dossiers.proxies.removeTitle')}
      >
        <Stack gap="md">
          <Text>{t('dossiers.proxies.removeWhat', { name: who })}</Text>
          <DialogFooter
            confirmLabel={t('dossiers.proxies.remove')}
            danger
            loading={remove.isPending}
            error={remove.error}
            onConfirm={() => remove.mutate(proxy.id, { onSuccess: () => setConfirming(false) })}
            onCancel={() => setConfirming(false)}
          />
        </Stack>
      </DossierDialog>
    </li>
  );
}

function InviteDialog({
  dossier,
  opened,
  onClose,
}: {
  dossier: Dossier;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const invite = useInviteProxy(dossier.id);
  const [email, setEmail] = useState('');
  const [rights, setRights] = useState<ProxyRight[]>([]);
  const [endsOn, setEndsOn] = useState('');
  const [tried, setTried] = useState(false);
  const wrongEmail = emailProblem(t, email);
  const close = () => {
    setEmail('');
    setRights([]);
    setEndsOn('');
    setTried(false);
    invite.reset();
    onClose();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (wrongEmail) return;
    invite.mutate(
      { email: email.trim(), rights: ['view', ...rights], ends_on: endsOn || null },
      { onSuccess: close },
    );
  };
  const toggle = (right: ProxyRight, on: boolean) =>
    setRights((current) => (on ? [...current, right] : current.filter((r) => r !== right)));
  return (
    <DossierDialog
      opened={opened}
      onClose={close}
      title={t('dossiers.proxies.inviteTitle', { name: dossier.who.first_name })}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('dossiers.proxies.inviteLead')}</Text>
          <TextInput
            id="proxy-email"
            type="email"
            label={t('dossiers.proxies.email')}
            autoComplete="off"
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={(tried ? wrongEmail : null) ?? fieldProblem(invite.error, 'email')}
            required
            data-autofocus
          />
          <Fieldset
            legend={t('dossiers.proxies.rightsLabel')}
            variant="unstyled"
            m={0}
            styles={{
              legend: { fontWeight: 500, fontSize: 'var(--mantine-font-size-sm)', padding: 0 },
            }}
          >
            <Text size="xs" c="dark.5">
              {t('dossiers.proxies.rightsHelp')}
            </Text>
            <Stack gap="xs" mt="xs">
              <Checkbox checked disabled readOnly label={t('dossiers.proxies.rights.view')} />
              {CHOSEN_RIGHTS.map((right) => (
                <Checkbox
                  key={right}
                  id={`proxy-right-${right}`}
                  label={t(`dossiers.proxies.rights.${right}`)}
                  checked={rights.includes(right)}
                  onChange={(event) => toggle(right, event.currentTarget.checked)}
                />
              ))}
            </Stack>
          </Fieldset>
          <TextInput
            id="proxy-ends-on"
            type="date"
            label={t('dossiers.proxies.endsOn')}
            description={t('dossiers.proxies.endsOnHelp')}
            value={endsOn}
            onChange={(event) => setEndsOn(event.currentTarget.value)}
            error={fieldProblem(invite.error, 'ends_on')}
          />
          <DialogFooter
            confirmLabel={t('dossiers.proxies.send')}
            loading={invite.isPending}
            error={
              fieldProblem(invite.error, 'email') || fieldProblem(invite.error, 'ends_on')
                ? null
                : invite.error
            }
            onCancel={close}
          />
        </Stack>
      </form>
    </DossierDialog>
  );
}
