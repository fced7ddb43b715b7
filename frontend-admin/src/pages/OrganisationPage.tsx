import {
  ErrorState,
  LoadingState,
  organisationKindLabel,
  useFormat,
  PageHeader,
  useMe,
} from '@kring/common';
import type { components } from '@kring/client';
import { Alert, Button, Card, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useOrganisation } from '../api/organisations';
import { DetailItem } from '../components/DetailItem';
import { RequireStaff } from '../components/RequireStaff';
import { mayDo } from '../api/staffTasks';
import { MembersCard } from '../organisations/MembersCard';
import { ADMIN_PATHS, editOrganisationPath, ORGANISATION_PATHS } from '../paths';
import type { OrganisationLocationState } from './OrganisationFormPage';

type Address = components['schemas']['Address'];

/** One organisation's details, as the portal shows them read-only to its members. */
export default function OrganisationPage() {
  return (
    <RequireStaff task="view_organisations">
      <OrganisationView />
    </RequireStaff>
  );
}

function OrganisationView() {
  const { t } = useTranslation();
  const format = useFormat();
  const { organisationId = '' } = useParams();
  const organisation = useOrganisation(organisationId);
  const me = useMe();
  const location = useLocation();
  const saved = (location.state as OrganisationLocationState | null)?.saved;
  if (organisation.isPending) return <LoadingState />;
  if (organisation.isError) {
    return <ErrorState error={organisation.error} onRetry={() => void organisation.refetch()} />;
  }
  const shown = organisation.data;
  const card = shown.contact_card;
  return (
    <Stack maw={1040} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={shown.name}
        lead={organisationKindLabel(shown.kind, t)}
        crumbs={[
          { label: t('common.navigation.home'), to: ADMIN_PATHS.home },
          { label: t('nav.organisations'), to: ORGANISATION_PATHS.list },
        ]}
        actions={
          mayDo(me.data, 'manage_organisations') ? (
            <Button component={Link} to={editOrganisationPath(shown.id)}>
              {t('organisation.edit')}
            </Button>
          ) : null
        }
      />
      {saved ? (
        <Alert color="kringTeal" variant="light" role="status">
          {t(`organisation.saved.${saved}`)}
        </Alert>
      ) : null}
      <Card withBorder padding="lg" component="section" aria-labelledby="organisation-details">
        <Stack gap="sm">
          <Title order={2} size="h3" id="organisation-details">
            {t('organisation.details')}
          </Title>
          <Stack gap="xs" component="dl" m={0}>
            <DetailItem labelWidth={210} label={t('organisation.number')}>
              {shown.registration_number ?? '–'}
            </DetailItem>
            <DetailItem labelWidth={210} label={t('organisation.country')}>
              {t(`organisation.countries.${shown.country}`)}
            </DetailItem>
            <DetailItem labelWidth={210} label={t('organisation.visiting')}>
              {addressText(shown.visiting_address)}
            </DetailItem>
            <DetailItem labelWidth={210} label={t('organisation.postal')}>
              {addressText(shown.postal_address)}
            </DetailItem>
            <DetailItem labelWidth={210} label={t('organisation.phone')}>
              {shown.phone ? format.phone(shown.phone) : '–'}
            </DetailItem>
            <DetailItem labelWidth={210} label={t('organisation.email')}>
              {shown.email ?? '–'}
            </DetailItem>
            <DetailItem labelWidth={210} label={t('organisation.adContract')}>
              {shown.ad_contract ? t('organisation.yes') : t('organisation.no')}
            </DetailItem>
            <DetailItem labelWidth={210} label={t('organisation.branch')}>
              {card?.name ?? '–'}
            </DetailItem>
          </Stack>
        </Stack>
      </Card>
      <MembersCard organisationId={shown.id} />
    </Stack>
  );
}

function addressText(address: Address | null | undefined): string {
  if (!address) return '–';
  return `${address.street} ${address.house_number}, ${address.postcode} ${address.city}`;
}
