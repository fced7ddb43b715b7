import { PageHeader } from '@kring/common';
import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireMember, useActiveMember } from '../members/ActiveMember';
import { PRO_PATHS } from '../paths';
import classes from './tiles.module.css';

/** "My details": three tiles, as in Careflex: my contact details, my organisation, my contacts. */
export default function MyDetailsPage() {
  return (
    <RequireMember>
      <MyDetails />
    </RequireMember>
  );
}

function MyDetails() {
  const { t } = useTranslation();
  const { organisationName, isAdmin } = useActiveMember();
  const tiles = [
    {
      to: PRO_PATHS.myContact,
      title: t('myDetails.tiles.contact.title'),
      body: t('myDetails.tiles.contact.body'),
    },
    {
      to: PRO_PATHS.organisation,
      title: t('myDetails.tiles.organisation.title'),
      body: t('myDetails.tiles.organisation.body', { organisation: organisationName }),
    },
    {
      to: PRO_PATHS.contactPersons,
      title: t('myDetails.tiles.contactPersons.title'),
      body: isAdmin
        ? t('myDetails.tiles.contactPersons.bodyAdmin')
        : t('myDetails.tiles.contactPersons.body'),
    },
  ];
  return (
    <Stack maw={1040} mx="auto" gap="xl" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('myDetails.title')}
        lead={t('myDetails.lead')}
        crumbs={[{ label: t('common.navigation.home'), to: PRO_PATHS.home }]}
      />
      <SimpleGrid component="ul" cols={{ base: 1, sm: 3 }} spacing="md" className={classes.tiles}>
        {tiles.map((tile) => (
          <li key={tile.to}>
            <Card component={Link} to={tile.to} withBorder padding="lg" className={classes.tile}>
              <Stack gap={6}>
                <Title order={2} size="h3" c="kringTeal.8">
                  {tile.title}
                </Title>
                <Text size="sm">{tile.body}</Text>
              </Stack>
            </Card>
          </li>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
