import { displayName, PageHeader } from '@kring/common';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useActiveMember } from '../members/ActiveMember';
import { ServedNeighbourhoodsCard } from './ServedNeighbourhoodsCard';

/** The home of a municipality's or social service's member: the service dashboard. */
export function DashboardHome() {
  const { t } = useTranslation();
  const { me, organisationName, organisationId } = useActiveMember();
  return (
    <Stack maw={1040} mx="auto" gap="xl" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('home.title', { name: displayName(me) })}
        lead={t('dashboard.lead', { organisation: organisationName })}
      />
      <ServedNeighbourhoodsCard organisationId={organisationId} />
    </Stack>
  );
}
