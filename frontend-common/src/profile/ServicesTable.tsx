import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/useFormat';
import classes from './ServicesTable.module.css';
import { sectionOrder, type ProfileTitleOrder, type ShownProfile } from './types';

/**
 * The services with the customer price and the member price (10% less, computed by the API),
 * the general price note and the price list to download.
 */
export function ServicesTable({
  profile,
  order,
}: {
  profile: ShownProfile;
  order: ProfileTitleOrder;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const priced = (cents: number, unit: 'hour' | 'service') => (
    <>
      <Text component="span" inherit fw={700} style={{ whiteSpace: 'nowrap' }}>
        {format.money(cents)}
      </Text>{' '}
      <Text component="span" inherit c="dark.5" style={{ whiteSpace: 'nowrap' }}>
        {t(`profile.prices.per.${unit}`)}
      </Text>
    </>
  );
  return (
    <Stack
      gap="sm"
      component="section"
      aria-labelledby="profile-prices-title"
      className={classes.frame}
    >
      <Title order={sectionOrder(order)} size="h3" id="profile-prices-title">
        {t('profile.prices.title')}
      </Title>
      {profile.services.length > 0 ? (
        <Table
          withTableBorder
          bg="white"
          verticalSpacing="sm"
          className={classes.table}
          data-testid="services-table"
          aria-labelledby="profile-prices-title"
        >
          <Table.Thead>
            <Table.Tr>
              {/* The name and its description get the room; the amounts wrap before their unit. */}
              <Table.Th scope="col" w="48%">
                {t('profile.prices.service')}
              </Table.Th>
              {/* The two prices alike, so a row's amounts wrap (or not) together. */}
              <Table.Th scope="col" w="26%">
                {t('profile.prices.price')}
              </Table.Th>
              <Table.Th scope="col" w="26%">
                {t('profile.prices.memberPrice')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {profile.services.map((service) => (
              <Table.Tr key={service.id}>
                <Table.Th scope="row" fw={400} style={{ overflowWrap: 'anywhere' }}>
                  <Text inherit fw={700}>
                    {service.name}
                  </Text>
                  {service.description ? (
                    <Text size="sm" c="dark.5">
                      {service.description}
                    </Text>
                  ) : null}
                </Table.Th>
                <Table.Td>{priced(service.price_cents, service.unit)}</Table.Td>
                <Table.Td c="kringTeal.9">
                  {priced(service.member_price_cents, service.unit)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text c="dark.5">{t('profile.prices.none')}</Text>
      )}
      {profile.services.length > 0 ? (
        <Text size="sm" c="dark.5">
          {t('profile.prices.memberNote')}
        </Text>
      ) : null}
      {profile.price_note ? (
        <Text style={{ overflowWrap: 'anywhere' }}>{profile.price_note}</Text>
      ) : null}
      {profile.price_list ? (
        <Anchor href={profile.price_list.url} download fw={600}>
          {t('profile.prices.priceList', { size: format.fileSize(profile.price_list.bytes) })}
        </Anchor>
      ) : null}
    </Stack>
  );
}
