import {
  ErrorState,
  LoadingState,
  organisationKindLabel,
  useFormat,
  PageHeader,
} from '@kring/common';
import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOrganisation, type Address, type Organisation } from '../api/organisation';
import { ContactDetails } from '../components/ContactDetails';
import { myDetailsCrumbs } from '../components/crumbs';
import { DetailList } from '../components/DetailList';
import { RequireMember, useActiveMember } from '../members/ActiveMember';

/** My organisation as Kring has it registered: read-only; changes go through Kring. */
export default function MyOrganisationPage() {
  return (
    <RequireMember>
      <MyOrganisation />
    </RequireMember>
  );
}

function MyOrganisation() {
  const { t } = useTranslation();
  const { organisationId } = useActiveMember();
  const organisation = useOrganisation(organisationId);
  return (
    <Stack maw={880} mx="auto" gap="xl" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('organisation.title')}
        lead={t('organisation.lead')}
        crumbs={myDetailsCrumbs(t)}
      />
      {organisation.isPending ? (
        <LoadingState />
      ) : organisation.isError ? (
        <ErrorState error={organisation.error} onRetry={() => void organisation.refetch()} />
      ) : (
        <>
          <Card withBorder padding="lg">
            <OrganisationDetails organisation={organisation.data} />
          </Card>
          <Card
            withBorder
            padding="lg"
            component="section"
            aria-labelledby="organisation-changes"
            bg="kringTeal.0"
            style={{ borderColor: 'var(--mantine-color-kringTeal-1)' }}
          >
            <Stack gap="sm">
              <Title order={2} size="h3" id="organisation-changes" c="kringTeal.9">
                {t('organisation.changesTitle')}
              </Title>
              <Text size="sm">{t('organisation.changes')}</Text>
              {organisation.data.contact_card ? (
                <ContactDetails card={organisation.data.contact_card} />
              ) : null}
            </Stack>
          </Card>
        </>
      )}
    </Stack>
  );
}

function AddressLines({ address }: { address: Address }) {
  return (
    <>
      {address.street} {address.house_number}
      <br />
      {address.postcode} {address.city}
    </>
  );
}

function OrganisationDetails({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <DetailList
      details={[
        { label: t('organisation.fields.name'), value: organisation.name },
        {
          label: t('organisation.fields.kind'),
          value: organisationKindLabel(organisation.kind, t),
        },
        {
          label:
            organisation.country === 'BE'
              ? t('organisation.fields.registrationNumberBE')
              : t('organisation.fields.registrationNumberNL'),
          value: organisation.registration_number,
        },
        {
          label: t('organisation.fields.country'),
          value: t(`organisation.country.${organisation.country}`),
        },
        {
          label: t('organisation.fields.visitingAddress'),
          value: organisation.visiting_address ? (
            <AddressLines address={organisation.visiting_address} />
          ) : null,
        },
        {
          label: t('organisation.fields.postalAddress'),
          value: organisation.postal_address ? (
            <AddressLines address={organisation.postal_address} />
          ) : (
            t('organisation.noPostalAddress')
          ),
        },
        {
          label: t('organisation.fields.phone'),
          value: organisation.phone ? (
            <Anchor href={`tel:${organisation.phone}`}>{format.phone(organisation.phone)}</Anchor>
          ) : null,
        },
        {
          label: t('organisation.fields.email'),
          value: organisation.email ? (
            <Anchor href={`mailto:${organisation.email}`}>{organisation.email}</Anchor>
          ) : null,
        },
        {
          label: t('organisation.fields.adContract'),
          value: organisation.ad_contract
            ? t('organisation.adContract.yes')
            : t('organisation.adContract.no'),
        },
      ]}
    />
  );
}
