import { ErrorState, LoadingState, useFormat } from '@kring/common';
import { Alert, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProviderProfile } from '../api/profile';
import { usePromotion, type PromotionPackage } from '../api/promotion';
import { PageHeader } from '../home/PageHeader';
import { RequireProfile } from '../home/RequireProfile';
import { activitiesOf } from '../promotion/activities';
import { PackageCard } from '../promotion/PackageCard';
import { RequestCard } from '../promotion/RequestCard';
import { RequestDialog } from '../promotion/RequestDialog';

const REASON_ID = 'promotion-cannot-request';

/**
 * The promotion packages side by side, the fee already paid that the first package deducts, and
 * my requests: ask for a package (Kring calls first), withdraw it while it waits, and see the
 * invoice once Kring has confirmed it.
 */
export default function PromotionPage() {
  return <RequireProfile>{(profile) => <Promotion profile={profile} />}</RequireProfile>;
}

function Promotion({ profile }: { profile: ProviderProfile }) {
  const { t } = useTranslation();
  const format = useFormat();
  const promotion = usePromotion();
  const [asking, setAsking] = useState<PromotionPackage | null>(null);
  // What just happened to a request, said once (a live region, so it is heard too).
  const [notice, setNotice] = useState<{ kind: 'sent' | 'withdrawn'; name: string } | null>(null);

  const header = <PageHeader title={t('promotion.title')} lead={t('promotion.lead')} />;
  if (promotion.isPending) {
    return (
      <Stack maw={1200} mx="auto" gap="xl" py={{ base: 0, sm: 'lg' }}>
        {header}
        <LoadingState />
      </Stack>
    );
  }
  if (promotion.isError) {
    return (
      <Stack maw={1200} mx="auto" gap="xl" py={{ base: 0, sm: 'lg' }}>
        {header}
        <ErrorState error={promotion.error} onRetry={() => void promotion.refetch()} />
      </Stack>
    );
  }
  const { packages, requests, can_request: canRequest, fee_credit_cents: credit } = promotion.data;
  const waiting = requests.filter((request) => request.status === 'requested');
  const reason = canRequest
    ? null
    : waiting.length > 0
      ? t('promotion.cannotRequest.waiting')
      : profile.status === 'live'
        ? t('promotion.cannotRequest.other')
        : t('promotion.cannotRequest.notLive');

  return (
    <Stack maw={1200} mx="auto" gap="xl" py={{ base: 0, sm: 'lg' }}>
      <Stack gap={0}>
        {header}
        <div role="status">
          {notice ? (
            <Alert color="kringTeal" variant="light" mt="lg" data-testid="request-notice">
              <Text size="sm" fw={600} c="kringTeal.9">
                {t(`promotion.notice.${notice.kind}`, { name: notice.name })}
              </Text>
            </Alert>
          ) : null}
        </div>
      </Stack>
      {requests.length > 0 ? (
        <Stack gap="sm" component="section" aria-labelledby="promotion-requests-title">
          <Title order={2} size="h3" id="promotion-requests-title">
            {t('promotion.requests.title')}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {requests.map((request) => (
              <RequestCard
                key={request.id}
                request={request}
                onWithdrawn={() => setNotice({ kind: 'withdrawn', name: request.name })}
              />
            ))}
          </SimpleGrid>
        </Stack>
      ) : null}
      <Stack gap="md" component="section" aria-labelledby="promotion-packages-title">
        <Title order={2} size="h3" id="promotion-packages-title">
          {t('promotion.packagesTitle')}
        </Title>
        {credit > 0 ? (
          <Alert color="kringTeal" variant="light" data-testid="fee-credit">
            <Text size="sm" c="kringTeal.9">
              {t('promotion.feeCredit', { credit: format.money(credit) })}
            </Text>
          </Alert>
        ) : null}
        {reason ? (
          <Alert color="kringClay" variant="light" id={REASON_ID}>
            <Text size="sm" c="kringClay.9">
              {reason}
            </Text>
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
          {packages.map((pack, index) => (
            <PackageCard
              key={pack.package}
              pack={pack}
              activities={activitiesOf(packages, index)}
              feeCreditCents={credit}
              waiting={waiting.some((request) => request.package === pack.package)}
              canRequest={canRequest}
              reasonId={reason ? REASON_ID : undefined}
              onRequest={() => {
                setNotice(null);
                setAsking(pack);
              }}
            />
          ))}
        </SimpleGrid>
      </Stack>
      <RequestDialog
        pack={asking}
        onClose={() => setAsking(null)}
        onRequested={(request) => {
          setAsking(null);
          setNotice({ kind: 'sent', name: request.name });
        }}
      />
    </Stack>
  );
}
