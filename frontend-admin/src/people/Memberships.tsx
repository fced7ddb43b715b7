import { organisationKindLabel } from '@kring/common';
import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../api/accounts';
import { LinkOrganisationDialog } from './LinkOrganisationDialog';

/** The organisations the person belongs to, with their rights and why they are linked. */
export function Memberships({ account, mayManage }: { account: Account; mayManage: boolean }) {
  const { t } = useTranslation();
  const [linking, setLinking] = useState(false);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="person-memberships">
      <Stack gap="md">
        <Group justify="space-between" gap="sm">
          <Title order={2} size="h3" id="person-memberships">
            {t('person.memberships.title')}
          </Title>
          {mayManage ? (
            <Button variant="light" onClick={() => setLinking(true)}>
              {t('person.memberships.link')}
            </Button>
          ) : null}
        </Group>
        {account.memberships.length === 0 ? (
          <Text size="sm">{t('person.memberships.none')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={0}>
            <Table verticalSpacing="xs" aria-labelledby="person-memberships">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('person.memberships.organisation')}</Table.Th>
                  <Table.Th>{t('person.memberships.rights')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {account.memberships.map((membership) => (
                  <Table.Tr key={membership.id}>
                    <Table.Td style={{ wordBreak: 'break-word' }}>
                      <Text size="sm" fw={600}>
                        {membership.organisation_name}
                      </Text>
                      <Text size="xs" c="dark.5">
                        {organisationKindLabel(membership.organisation_kind, t)}
                      </Text>
                      {membership.umbrella_link_reason ? (
                        <Text size="xs" c="dark.5">
                          {t('person.memberships.reason', {
                            reason: t(`person.link.reasons.${membership.umbrella_link_reason}`),
                          })}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={2}>
                        {membership.portal_admin ? (
                          <Text size="sm">{t('person.memberships.portalAdmin')}</Text>
                        ) : null}
                        {membership.portal_employee ? (
                          <Text size="sm">{t('person.memberships.portalEmployee')}</Text>
                        ) : null}
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {mayManage ? (
        <LinkOrganisationDialog
          account={account}
          opened={linking}
          onClose={() => setLinking(false)}
        />
      ) : null}
    </Card>
  );
}
