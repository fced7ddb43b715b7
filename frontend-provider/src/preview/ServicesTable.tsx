import { useFormat } from '@kring/common';
import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatFileSize } from '../wizard/upload/fileSize';
import type { PublicProfile, TitleOrder } from './types';

/**
 * The services with the customer price and the member price (10% less, computed by the API),
 * the general price note and the price list to download.
 */
export function ServicesTable({ profile, order }: { profile: PublicProfile; order: TitleOrder }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const priced = (cents: number, unit: 'hour' | 'service') => (
    <>
      <Text component="span" inherit fw={700} style={{ whiteSpace: 'nowrap' }}>
        {format.money(cents)}
      </Text>{' '}
      <Text component="span" inherit c="dark.5">
        {t(`preview.prices.per.${unit}`)}
      </Text>
    </>
  );
  return (
    <Stack gap="sm" component="section" aria-labelledby="profile-prices-title">
      <Title order={(order + 1) as 2 | 3} size="h3" id="profile-prices-title">
        {t('preview.prices.title')}
      </Title>
      {profile.services.length > 0 ? (
        <Table
          withTableBorder
          bg="white"
          verticalSpacing="sm"
          horizontalSpacing="xs"
          fz={{ base: 13, xs: 14, sm: 15 }}
          data-testid="services-table"
        >
          <Table.Thead>
            <Table.Tr>
              {/* The name and its description get the room; the amounts wrap their unit. */}
              <Table.Th scope="col" w="48%">
                {t('preview.prices.service')}
              </Table.Th>
              <Table.Th scope="col">{t('preview.prices.price')}</Table.Th>
              <Table.Th scope="col">{t('preview.prices.memberPrice')}</Table.Th>
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
        <Text c="dark.5">{t('preview.prices.none')}</Text>
      )}
      {profile.services.length > 0 ? (
        <Text size="sm" c="dark.5">
          {t('preview.prices.memberNote')}
        </Text>
      ) : null}
      {profile.price_note ? (
        <Text style={{ overflowWrap: 'anywhere' }}>{profile.price_note}</Text>
      ) : null}
      {profile.price_list ? (
        <Anchor href={profile.price_list.url} download fw={600}>
          {t('preview.prices.priceList', {
            size: formatFileSize(profile.price_list.bytes, i18n.language),
          })}
        </Anchor>
      ) : null}
    </Stack>
  );
}
