import {
  ErrorState,
  FormErrors,
  LoadingState,
  RequireLogin,
  StatusBadge,
  useDocumentTitle,
  useFormat,
} from '@kring/common';
import { Alert, Anchor, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useChooseOption, useMyCase, type CaseRead, type OptionRead } from '../api/concierge';
import { CONCIERGE_PATHS } from '../paths';
import { OptionCard } from './OptionCard';
import { statusColour } from './status';

/** One of my requests: the concierge's proposals, and choosing one (the subscriber decides). */
export default function ConciergeCasePage() {
  return (
    <RequireLogin>
      <CasePage />
    </RequireLogin>
  );
}

function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const found = useMyCase(id);
  useDocumentTitle(found.data?.subject ?? t('concierge.title'), t('app.name'));
  return (
    <Stack maw={820} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <Anchor component={Link} to={CONCIERGE_PATHS.home} size="sm">
        {t('concierge.cases.back')}
      </Anchor>
      {found.isPending ? (
        <LoadingState />
      ) : found.isError ? (
        <ErrorState error={found.error} onRetry={() => void found.refetch()} />
      ) : (
        <CaseView item={found.data} />
      )}
    </Stack>
  );
}

function CaseView({ item }: { item: CaseRead }) {
  const { t } = useTranslation();
  const format = useFormat();
  const choose = useChooseOption(item.id);
  const [asking, setAsking] = useState<OptionRead | null>(null);
  const chosen = item.options.some((option) => option.chosen_at);
  const open = !chosen && (item.status === 'proposed' || item.status === 'searching');
  const costOf = (option: OptionRead) =>
    option.cost_cents === 0 ? t('concierge.case.free') : format.money(option.cost_cents);

  return (
    <>
      <Stack gap={6}>
        <Title order={1} fz={{ base: 26, sm: 32 }} lh={1.2}>
          {item.subject}
        </Title>
        <Group gap="xs">
          <StatusBadge color={statusColour(item.status)} asWritten>
            {t(`concierge.status.${item.status}`)}
          </StatusBadge>
          <Text size="sm" c="dark.5">
            {t('concierge.cases.asked', { date: format.date(item.created_at) })}
          </Text>
        </Group>
      </Stack>
      <Stack component="section" gap={4} aria-labelledby="case-description">
        <Title order={2} size="h3" id="case-description">
          {t('concierge.case.description')}
        </Title>
        <Text style={{ whiteSpace: 'pre-line' }}>{item.description}</Text>
      </Stack>
      <Stack component="section" gap="sm" aria-labelledby="case-options">
        <Title order={2} size="h3" id="case-options">
          {t('concierge.case.options')}
        </Title>
        {chosen ? (
          <Alert color="kringTeal" role="status">
            {t('concierge.case.chosenNotice')}
          </Alert>
        ) : null}
        {item.options.length === 0 ? (
          <Text c="dark.5">{t('concierge.case.noOptions')}</Text>
        ) : (
          item.options.map((option) => (
            <OptionCard
              key={option.id}
              option={option}
              canChoose={open && !option.declined_at}
              onChoose={(picked) => {
                choose.reset();
                setAsking(picked);
              }}
            />
          ))
        )}
      </Stack>
      <Modal
        opened={asking !== null}
        onClose={() => setAsking(null)}
        title={t('concierge.case.confirmTitle')}
        centered
      >
        {asking ? (
          <Stack gap="md">
            <FormErrors messages={choose.error ? [choose.error.message] : []} />
            <Text>
              {t('concierge.case.confirmBody', { name: asking.name, cost: costOf(asking) })}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAsking(null)}>
                {t('concierge.case.cancel')}
              </Button>
              <Button
                color="kringClay.7"
                loading={choose.isPending}
                onClick={() => choose.mutate(asking.id, { onSuccess: () => setAsking(null) })}
              >
                {t('concierge.case.confirm')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </>
  );
}
