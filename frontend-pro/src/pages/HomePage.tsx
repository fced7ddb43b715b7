import { displayName, LoadingState, PageHeader } from '@kring/common';
import { Anchor, Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOrganisation } from '../api/organisation';
import { ContactDetails } from '../components/ContactDetails';
import { AskQuestionButton } from '../correspondence/AskQuestionButton';
import { DashboardHome } from '../dashboard/DashboardHome';
import { isServiceKind } from '../dashboard/kinds';
import { CorrespondenceCard } from '../correspondence/CorrespondenceCard';
import { RequireMember, useActiveMember } from '../members/ActiveMember';
import { PRO_PATHS } from '../paths';

/**
 * The member's home page: the orders, my correspondence, how to reach the supplier branch (and
 * its training offer), and a general question to it; for a municipality or social service, the
 * service dashboard.
 */
export default function HomePage() {
  return (
    <RequireMember>
      <Home />
    </RequireMember>
  );
}

function Home() {
  const { organisationKind } = useActiveMember();
  return isServiceKind(organisationKind) ? <DashboardHome /> : <SupplierHome />;
}

function SupplierHome() {
  const { t } = useTranslation();
  const { me, organisationName, organisationId } = useActiveMember();
  return (
    <Stack maw={1040} mx="auto" gap="xl" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('home.title', { name: displayName(me) })}
        lead={t('home.lead', { organisation: organisationName })}
        actions={
          <Button component={Link} to={PRO_PATHS.myDetails} variant="light">
            {t('home.myDetails')}
          </Button>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <Orders />
            <CorrespondenceCard organisationId={organisationId} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <SupplierContact />
            <AskAQuestion />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** The way into the orders: a new request, or the lists of open orders and rentals. */
function Orders() {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="home-orders">
      <Stack gap="sm">
        <Title order={2} size="h3" id="home-orders">
          {t('home.orders.title')}
        </Title>
        <Text size="sm">{t('home.orders.lead')}</Text>
        <Group gap="sm">
          <Button component={Link} to={PRO_PATHS.newOrder}>
            {t('home.orders.new')}
          </Button>
          <Button component={Link} to={PRO_PATHS.orders} variant="light">
            {t('home.orders.open')}
          </Button>
          <Button component={Link} to={PRO_PATHS.rentals} variant="default">
            {t('home.orders.rentals')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function SupplierContact() {
  const { t } = useTranslation();
  const { organisationId } = useActiveMember();
  const organisation = useOrganisation(organisationId);
  const card = organisation.data?.contact_card;
  return (
    <Card
      withBorder
      padding="lg"
      component="section"
      aria-labelledby="home-contact"
      bg="kringTeal.0"
      style={{ borderColor: 'var(--mantine-color-kringTeal-1)' }}
    >
      <Stack gap="sm">
        <Title order={2} size="h3" id="home-contact" c="kringTeal.9">
          {t('home.contact.title')}
        </Title>
        {organisation.isPending ? (
          <LoadingState />
        ) : card ? (
          <>
            <Text size="sm">{t('home.contact.lead')}</Text>
            <ContactDetails card={card} />
            {card.training_url ? (
              <Anchor href={card.training_url} target="_blank" rel="noopener noreferrer" fw={600}>
                {t('correspondence.training.link')}
              </Anchor>
            ) : null}
          </>
        ) : (
          <Stack gap={4} data-testid="no-contact-card">
            <Text fw={700}>{t('home.contact.noneTitle')}</Text>
            <Text size="sm">{t('home.contact.none')}</Text>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

/** A general question to the supplier branch; without a branch, the member is told to phone. */
function AskAQuestion() {
  const { t } = useTranslation();
  const { organisationId } = useActiveMember();
  const organisation = useOrganisation(organisationId);
  const hasBranch = Boolean(organisation.data?.contact_card);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="home-question">
      <Stack gap="sm">
        <Title order={2} size="h3" id="home-question">
          {t('correspondence.homeQuestion.title')}
        </Title>
        {organisation.isPending ? null : hasBranch ? (
          <>
            <Text size="sm">{t('correspondence.homeQuestion.body')}</Text>
            <Group>
              <AskQuestionButton organisationId={organisationId} />
            </Group>
          </>
        ) : (
          <Text size="sm">{t('correspondence.homeQuestion.noBranch')}</Text>
        )}
      </Stack>
    </Card>
  );
}
