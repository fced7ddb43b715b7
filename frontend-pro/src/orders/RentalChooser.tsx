import { ErrorState, LoadingState, useFormat } from '@kring/common';
import { Alert, Card, Group, Radio, Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrder, useRentalsOutstanding, type RentalOutstanding } from '../api/orders';
import { LoadMore, SearchField } from './listParts';
import { CategoryBadge } from './OrderBadges';
import { orderFieldId } from './orderForms';

export interface RentalChooserProps {
  value: string;
  onChange: (rentalOrderId: string) => void;
  error: string | undefined;
  /** Show each rental's organisation (linked to several). */
  showOrganisation: boolean;
}

/**
 * Which rental the repair, adjustment or pickup is for: the rentals outstanding, searchable by
 * client, order number or device, as radio cards; the chosen one stays named when a search
 * hides it.
 */
export function RentalChooser({ value, onChange, error, showOrganisation }: RentalChooserProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [q, setQ] = useState('');
  const rentals = useRentalsOutstanding({ category: null, q, organisation: null });
  const items = rentals.data?.pages.flatMap((page) => page.items) ?? [];
  const [picked, setPicked] = useState<RentalOutstanding | null>(null);
  const inList = items.some((rental) => rental.id === value);
  // A rental chosen on another page (`?rental=`) and not in this list: named from the order.
  const preset = useOrder(value && !inList && picked?.id !== value ? value : undefined);
  const chosenName =
    picked?.id === value ? rentalName(picked) : preset.data ? orderName(preset.data) : null;
  const onSearch = useCallback((next: string) => setQ(next), []);

  return (
    <Stack gap="sm">
      <SearchField
        id="order-rental-search"
        label={t('orders.followUp.search')}
        hint={t('orders.followUp.searchHint')}
        q={q}
        onSearch={onSearch}
      />
      {value && !inList && chosenName ? (
        <Text size="sm" data-testid="chosen-rental">
          {t('orders.followUp.chosen', { name: chosenName })}
        </Text>
      ) : null}
      {rentals.isPending ? (
        <LoadingState />
      ) : rentals.isError ? (
        <ErrorState error={rentals.error} onRetry={() => void rentals.refetch()} />
      ) : items.length === 0 ? (
        <Alert color="gray" variant="light" role="note">
          {q ? t('orders.followUp.noMatch', { q }) : t('orders.followUp.none')}
        </Alert>
      ) : (
        <Radio.Group
          label={t('orders.fields.rental')}
          required
          value={value}
          onChange={(id) => {
            setPicked(items.find((rental) => rental.id === id) ?? null);
            onChange(id);
          }}
          error={error}
        >
          <Stack gap="xs" mt={6} aria-busy={rentals.isPlaceholderData || undefined}>
            {items.map((rental, index) => (
              <Card key={rental.id} withBorder padding="sm" radius="md">
                <Radio
                  id={index === 0 ? orderFieldId('rental_order_id') : undefined}
                  value={rental.id}
                  label={
                    <Group gap="xs" wrap="wrap">
                      <Text fw={700} component="span">
                        {rentalName(rental)}
                      </Text>
                      <CategoryBadge category={rental.category} />
                    </Group>
                  }
                  description={[
                    rental.client_name,
                    t('orders.followUp.since', {
                      date: format.day(rental.delivered_on),
                      count: rental.days_outstanding,
                    }),
                    rental.number,
                    ...(showOrganisation ? [rental.organisation_name] : []),
                  ].join(' · ')}
                />
              </Card>
            ))}
          </Stack>
        </Radio.Group>
      )}
      <LoadMore
        hasMore={rentals.hasNextPage}
        loading={rentals.isFetchingNextPage}
        onLoad={() => void rentals.fetchNextPage()}
      />
    </Stack>
  );
}

function rentalName(
  rental: Pick<RentalOutstanding, 'device_name' | 'option_name' | 'client_name'>,
) {
  return [rental.device_name, rental.option_name].filter(Boolean).join(' · ');
}

function orderName(order: {
  number: string;
  device: { name: string } | null;
  client: { name: string };
}) {
  return [order.device?.name, order.client.name, order.number].filter(Boolean).join(' · ');
}
