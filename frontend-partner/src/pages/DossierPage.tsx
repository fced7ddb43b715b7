import { isApiProblem } from '@kring/client';
import {
  cellsOfWeek,
  DayPartGrid,
  errorMessage,
  ErrorState,
  LoadingState,
  RequireLogin,
  useDocumentTitle,
  useFormat,
  type Week,
} from '@kring/common';
import { Alert, Anchor, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useMatch, useParams } from 'react-router';
import {
  useDossier,
  useStartPayment,
  useSubmitDossier,
  type Dossier,
  type DossierStep,
} from '../api/dossiers';
import { exportPath, useRecordPrint } from '../api/dossierSharing';
import { AccessLogCard } from '../dossiers/AccessLogCard';
import { HoursCard } from '../dossiers/HoursCard';
import { PaymentResult } from '../dossiers/PaymentResult';
import { ProxiesCard } from '../dossiers/ProxiesCard';
import { StatusActions } from '../dossiers/StatusActions';
import { StatusBadge } from '../dossiers/status';
import { TransferCard } from '../dossiers/TransferCard';
import { MatchingSection } from '../matching/MatchingSection';
import { WRAPPING_BUTTON } from '../dossiers/wrappingButton';
import { DOSSIER_PATHS, wizardPath } from '../paths';

/** The dossier page: the help seeker's details by step, the status and its history, the access log. */
export default function DossierPage() {
  return (
    <RequireLogin>
      <DossierView />
    </RequireLogin>
  );
}

/** "Gerda de Vries": the help seeker's whole name. */
function fullName(dossier: Dossier): string {
  const who = dossier.who;
  return [who.first_name, who.name_prefix, who.last_name].filter(Boolean).join(' ');
}

function DossierView() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const dossier = useDossier(id);
  const backFromCheckout = useMatch(DOSSIER_PATHS.payment) !== null;
  useDocumentTitle(
    dossier.data ? fullName(dossier.data) : t('dossiers.wizard.documentTitle'),
    t('app.name'),
  );
  if (dossier.isPending) return <LoadingState />;
  if (dossier.isError) {
    if (isApiProblem(dossier.error) && dossier.error.status === 404) return <NoSuchDossier />;
    return <ErrorState error={dossier.error} onRetry={() => void dossier.refetch()} />;
  }
  const data = dossier.data;
  const mayChange =
    data.status !== 'closed' && (data.my_role === 'manager' || data.my_rights.includes('manage'));
  return (
    <Stack maw={880} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <Anchor component={Link} to={DOSSIER_PATHS.list} size="sm">
        ← {t('dossiers.page.back')}
      </Anchor>
      <Stack gap={6}>
        <Group gap="sm" align="center" wrap="wrap">
          <Title order={1} fz={{ base: 26, sm: 32 }} lh={1.2} style={{ overflowWrap: 'anywhere' }}>
            {fullName(data)}
          </Title>
          <StatusBadge status={data.status} />
        </Group>
        <Text c="dark.5">{t('dossiers.page.manager', { name: data.manager.name })}</Text>
        <PaperCopies dossierId={data.id} />
      </Stack>
      {backFromCheckout ? <PaymentResult dossierId={data.id} /> : null}
      <Actions dossier={data} mayChange={mayChange} />
      <MatchingSection dossier={data} />
      <Details dossier={data} mayChange={mayChange} />
      <History dossier={data} />
      <HoursCard dossier={data} />
      <ProxiesCard dossier={data} />
      <TransferCard dossier={data} />
      {/* The access log is the manager's and the help seeker's (the API refuses proxies). */}
      {data.my_role === 'manager' || data.my_role === 'help_seeker' ? (
        <AccessLogCard dossierId={data.id} />
      ) : null}
    </Stack>
  );
}

/** Print or download the dossier; both land in its access log, as every read does. */
function PaperCopies({ dossierId }: { dossierId: string }) {
  const { t } = useTranslation();
  const recordPrint = useRecordPrint(dossierId);
  const onPrint = () =>
    recordPrint.mutate(undefined, {
      onSuccess: () => window.print(),
    });
  return (
    <Group gap="xs" className="kring-no-print">
      <Button size="xs" variant="default" loading={recordPrint.isPending} onClick={onPrint}>
        {t('dossiers.page.print')}
      </Button>
      <Button size="xs" variant="default" component="a" href={exportPath(dossierId)} download>
        {t('dossiers.page.download')}
      </Button>
      {recordPrint.isError ? (
        <Text size="sm" c="kringClay.8" role="alert">
          {errorMessage(recordPrint.error, t)}
        </Text>
      ) : null}
    </Group>
  );
}

/** Not there, or not (any more) the reader's: handed over, or their access ended. */
function NoSuchDossier() {
  const { t } = useTranslation();
  return (
    <Stack maw={640} mx="auto" gap="md" py={{ base: 0, sm: 'lg' }}>
      <Title order={1} fz={{ base: 26, sm: 32 }} lh={1.2}>
        {t('dossiers.page.notFoundTitle')}
      </Title>
      <Text>{t('dossiers.page.notFound')}</Text>
      <Anchor component={Link} to={DOSSIER_PATHS.list}>
        {t('dossiers.page.back')}
      </Anchor>
    </Stack>
  );
}

function Actions({ dossier, mayChange }: { dossier: Dossier; mayChange: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const pay = useStartPayment(dossier.id);
  const submit = useSubmitDossier(dossier.id);
  const [problem, setProblem] = useState<string | null>(null);
  if (!mayChange) return null;
  const awaiting = dossier.status === 'awaiting_payment';
  const incomplete = dossier.status === 'draft' && dossier.next_step !== null;
  if (!incomplete && !awaiting) return null;

  const onPay = async () => {
    setProblem(null);
    try {
      const payment = await pay.mutateAsync();
      window.location.assign(payment.checkout_url);
    } catch (error) {
      setProblem(errorMessage(error, t));
    }
  };
  const onSubmit = async () => {
    setProblem(null);
    try {
      await submit.mutateAsync();
    } catch (error) {
      setProblem(errorMessage(error, t));
    }
  };

  return (
    <Card
      withBorder
      padding="lg"
      bg="kringTeal.0"
      style={{ borderColor: 'var(--mantine-color-kringTeal-2)' }}
    >
      <Stack gap="sm">
        {incomplete && dossier.next_step ? (
          <>
            <Text>{t('dossiers.page.continueHint')}</Text>
            <Group>
              <Button
                component={Link}
                to={wizardPath(dossier.id, dossier.next_step)}
                color="kringClay.7"
                w={{ base: '100%', xs: 'auto' }}
                styles={WRAPPING_BUTTON}
              >
                {t('dossiers.page.continue')}
              </Button>
            </Group>
          </>
        ) : null}
        {awaiting && !dossier.paid ? (
          <>
            <Text>{t('dossiers.page.payHint')}</Text>
            <Group>
              <Button
                color="kringClay.7"
                loading={pay.isPending}
                onClick={() => void onPay()}
                w={{ base: '100%', xs: 'auto' }}
                styles={WRAPPING_BUTTON}
              >
                {t('dossiers.page.pay', { amount: format.money(dossier.fee_cents) })}
              </Button>
            </Group>
          </>
        ) : null}
        {awaiting && dossier.paid ? (
          <>
            <Text>{t('dossiers.page.paid')}</Text>
            <Text size="sm" c="dark.5">
              {t('dossiers.page.submitHint')}
            </Text>
            <Group>
              <Button
                color="kringClay.7"
                loading={submit.isPending}
                onClick={() => void onSubmit()}
                w={{ base: '100%', xs: 'auto' }}
                styles={WRAPPING_BUTTON}
              >
                {t('dossiers.page.submit')}
              </Button>
            </Group>
          </>
        ) : null}
        <div aria-live="polite">
          {problem ? (
            <Alert color="kringClay" variant="light">
              {problem}
            </Alert>
          ) : null}
        </div>
      </Stack>
    </Card>
  );
}

function Section({
  step,
  title,
  dossier,
  mayChange,
  children,
}: {
  step: DossierStep;
  title: string;
  dossier: Dossier;
  mayChange: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const headingId = `dossier-${step}`;
  const done = dossier.completed_steps.includes(step);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="sm" wrap="nowrap" align="flex-start">
        <Title id={headingId} order={2} size="h4">
          {title}
        </Title>
        {mayChange ? (
          <Anchor
            component={Link}
            to={wizardPath(dossier.id, step)}
            size="sm"
            aria-label={t('dossiers.page.changeLabel', { section: title })}
          >
            {t('dossiers.page.change')}
          </Anchor>
        ) : null}
      </Group>
      {done ? children : <Text c="dark.5">{t('dossiers.page.notFilled')}</Text>}
    </Card>
  );
}

function Rows({ rows }: { rows: readonly (readonly [string, ReactNode])[] }) {
  return (
    <Stack gap="xs" component="dl" m={0}>
      {rows.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="sm" c="dimmed">
            {label}
          </Text>
          <Text component="dd" m={0} style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>
            {value}
          </Text>
        </div>
      ))}
    </Stack>
  );
}

function Details({ dossier, mayChange }: { dossier: Dossier; mayChange: boolean }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const languageName = new Intl.DisplayNames([i18n.language], { type: 'language' });
  const { who, help, when, bank, terms } = dossier;
  const address = who.address;
  const section = { dossier, mayChange };
  return (
    <>
      <Section step="who" title={t('dossiers.wizard.steps.who')} {...section}>
        <Rows
          rows={[
            [t('dossiers.wizard.who.birthYear'), String(who.birth_year)],
            [
              t('dossiers.wizard.who.address'),
              `${address.street} ${address.house_number}${address.house_number_addition ? ` ${address.house_number_addition}` : ''}\n${address.postcode} ${address.city}`,
            ],
            [
              t('dossiers.wizard.who.languages'),
              who.languages.map((code) => languageName.of(code) ?? code).join(', '),
            ],
            [t('dossiers.wizard.who.phone'), format.phone(who.phone)],
            [t('dossiers.wizard.who.email'), who.email ?? '–'],
          ]}
        />
        {who.located ? null : (
          <Text size="sm" c="kringClay.8" mt="sm">
            {t('dossiers.page.notLocated')}
          </Text>
        )}
      </Section>
      <Section step="help" title={t('dossiers.wizard.steps.help')} {...section}>
        <List spacing={4}>
          {help.skills.map((skill) => (
            <List.Item key={skill.id}>{skill.name}</List.Item>
          ))}
        </List>
        {help.text ? (
          <Text mt="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>
            {help.text}
          </Text>
        ) : null}
      </Section>
      <Section step="when" title={t('dossiers.wizard.steps.when')} {...section}>
        <Stack gap="sm">
          <Text id="dossier-when-grid" size="sm" c="dimmed">
            {t('dossiers.wizard.when.dayParts')}
          </Text>
          <DayPartGrid labelledBy="dossier-when-grid" value={cellsOfWeek(when.day_parts as Week)} />
          <Rows
            rows={[
              [
                t('dossiers.wizard.when.howOften'),
                when.how_often ? t(`dossiers.wizard.when.howOftenValues.${when.how_often}`) : '–',
              ],
              [
                t('dossiers.wizard.when.startsOn'),
                when.starts_on ? format.day(when.starts_on) : '–',
              ],
            ]}
          />
        </Stack>
      </Section>
      <Section step="bank" title={t('dossiers.wizard.steps.bank')} {...section}>
        <Rows
          rows={[
            [t('dossiers.wizard.bank.iban'), bank.iban ?? '–'],
            [t('dossiers.wizard.bank.holder'), bank.account_holder ?? '–'],
          ]}
        />
      </Section>
      <Section step="terms" title={t('dossiers.wizard.steps.terms')} {...section}>
        {terms.accepted_at ? (
          <Text>
            {t('dossiers.wizard.terms.accepted', {
              date: format.dateTime(terms.accepted_at),
              name: terms.accepted_by_name ?? '–',
              terms: terms.terms_version,
              privacy: terms.privacy_version,
            })}
          </Text>
        ) : null}
      </Section>
    </>
  );
}

function History({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const format = useFormat();
  const status = (value: Dossier['status']) => t(`dossiers.status.${value}`);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="dossier-history">
      <Title id="dossier-history" order={2} size="h4" mb="sm">
        {t('dossiers.page.history')}
      </Title>
      <StatusActions dossier={dossier} />
      {dossier.closed_reason ? (
        <Text mb="sm">{t('dossiers.page.closedReason', { reason: dossier.closed_reason })}</Text>
      ) : null}
      <Stack component="ol" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
        {[...dossier.history].reverse().map((change) => (
          <li key={`${change.at}-${change.to_status}`}>
            <Text fw={600}>
              {change.from_status
                ? t('dossiers.page.historyFrom', {
                    from: status(change.from_status),
                    to: status(change.to_status),
                  })
                : status(change.to_status)}
            </Text>
            <Text size="sm" c="dark.5">
              {format.dateTime(change.at)}
              {change.by_name ? ` · ${t('dossiers.page.by', { name: change.by_name })}` : ''}
            </Text>
            {change.reason ? (
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {t('dossiers.page.reason', { reason: change.reason })}
              </Text>
            ) : null}
          </li>
        ))}
      </Stack>
    </Card>
  );
}
