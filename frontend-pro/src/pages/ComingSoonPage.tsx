import { LoadingState, PageHeader } from '@kring/common';
import { Badge, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOrganisation } from '../api/organisation';
import { ContactDetails } from '../components/ContactDetails';
import { RequireMember, useActiveMember } from '../members/ActiveMember';
import { PRO_PATHS } from '../paths';

export type ComingSoonTopic = 'invoices' | 'projects';

/** A page of the menu that is not built yet: what it will hold, and whom to ask meanwhile. */
export function ComingSoonPage({ topic }: { topic: ComingSoonTopic }) {
  return (
    <RequireMember>
      <ComingSoon topic={topic} />
    </RequireMember>
  );
}

function ComingSoon({ topic }: { topic: ComingSoonTopic }) {
  const { t } = useTranslation();
  const { organisationId } = useActiveMember();
  const organisation = useOrganisation(organisationId);
  return (
    <Stack maw={760} mx="auto" gap="xl" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t(`comingSoon.${topic}.title`)}
        lead={t('comingSoon.lead')}
        crumbs={[{ label: t('common.navigation.home'), to: PRO_PATHS.home }]}
        actions={
          <Badge variant="filled" color="kringClay" size="lg">
            {t('comingSoon.badge')}
          </Badge>
        }
      />
      <Card withBorder padding="lg">
        <Stack gap="sm">
          <Text>{t(`comingSoon.${topic}.body`)}</Text>
          <Text size="sm" c="dark.5">
            {t(`comingSoon.${topic}.note`)}
          </Text>
        </Stack>
      </Card>
      <Card withBorder padding="lg" component="section" aria-labelledby="coming-soon-meanwhile">
        <Stack gap="sm">
          <Title order={2} size="h3" id="coming-soon-meanwhile">
            {t('comingSoon.meanwhileTitle')}
          </Title>
          <Text size="sm">{t('comingSoon.meanwhile')}</Text>
          {organisation.isPending ? (
            <LoadingState />
          ) : organisation.data?.contact_card ? (
            <ContactDetails card={organisation.data.contact_card} />
          ) : null}
          <Button
            component={Link}
            to={PRO_PATHS.home}
            variant="light"
            style={{ alignSelf: 'flex-start' }}
          >
            {t('comingSoon.home')}
          </Button>
        </Stack>
      </Card>
    </Stack>
  );
}
