import { EmptyState, ErrorState, LoadingState, useFormat } from '@kring/common';
import {
  Anchor,
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  DEVICE_CATEGORIES,
  useRentalsOutstanding,
  useRentalsSummary,
  type RentalFilters,
  type RentalOutstanding,
} from '../api/orders';
import { RequireMember } from '../members/ActiveMember';
import { orderPath, PRO_PATHS } from '../paths';
import { BranchCard } from './BranchCard';
import {
  CountLine,
  Facts,
  LoadMore,
  oneOf,
  OrganisationFilter,
  SearchField,
  useListParams,
} from './listParts';
import { CategoryBadge } from './OrderBadges';
import { useOrderOrganisations } from './organisations';
import { OrdersFrame } from './OrdersFrame';
import { RentalsChart } from './RentalsChart';

/** "Uitstaande huurmiddelen": what is rented out, since when, and a chart by category and age. */
export default function RentalsOutstandingPage() {
  return (
    <RequireMember>
      <RentalsOutstanding />
    </RequireMember>
  );
}

function RentalsOutstanding() {
  const { t } = useTranslation();
  const params = useListParams();
  const organisations = useOrderOrganisations();
  const filters: RentalFilters = {
    category: oneOf(params.get('category'), DEVICE_CATEGORIES),
    q: params.get('q') ?? '',
    organisation: params.get('organisation'),
  };
  const rentals = useRentalsOutstanding(filters);
  const summary = useRentalsSummary(filters.organisation);
  const items = rentals.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = [filters.category, filters.q, filters.organisation].some(Boolean);
  const { set } = params;

  return (
    <OrdersFrame
      title={t('orders.rentals.title')}
      lead={t('orders.rentals.lead')}
      section="rentals"
    >
      {summary.data ? (
        <RentalsChart summary={summary.data} />
      ) : summary.isError ? (
        <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />
      ) : (
        <LoadingState />
      )}
      <Stack gap="md" component="section" aria-labelledby="rentals-list-title">
        <Title order={2} size="h3" id="rentals-list-title">
          {t('orders.rentals.listTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: organisations.several ? 3 : 2 }} spacing="md">
          <SearchField
            id="rentals-search"
            label={t('orders.list.search')}
            hint={t('orders.list.searchHint')}
            q={filters.q}
            onSearch={(q) => set({ q })}
          />
          <NativeSelect
            label={t('orders.fields.category')}
            value={filters.category ?? ''}
            onChange={(event) => set({ category: event.currentTarget.value })}
            data={[
              { value: '', label: t('orders.rentals.allCategories') },
              ...DEVICE_CATEGORIES.map((category) => ({
                value: category,
                label: `${category} · ${t(`orders.category.${category}`)}`,
              })),
            ]}
          />
          <OrganisationFilter
            organisations={organisations}
            value={filters.organisation}
            onChange={(organisation) => set({ organisation })}
          />
        </SimpleGrid>
        <CountLine testId="rentals-count">
          {rentals.data
            ? rentals.hasNextPage
              ? t('orders.rentals.shown', { count: items.length })
              : t('orders.rentals.count', { count: items.length })
            : ''}
        </CountLine>
        {rentals.isPending ? (
          <LoadingState />
        ) : rentals.isError ? (
          <ErrorState error={rentals.error} onRetry={() => void rentals.refetch()} />
        ) : items.length === 0 ? (
          filtered ? (
            <EmptyState
              title={t('orders.list.noMatchTitle')}
              description={t('orders.list.noMatch')}
              action={
                <Button
                  variant="default"
                  onClick={() => {
                    set({ category: null, q: null, organisation: null });
                  }}
                >
                  {t('orders.list.clearFilters')}
                </Button>
              }
            />
          ) : (
            <EmptyState
              title={t('orders.rentals.emptyTitle')}
              description={t('orders.rentals.empty')}
              action={
                <Button component={Link} to={PRO_PATHS.newOrder}>
                  {t('orders.newRequest')}
                </Button>
              }
            />
          )
        ) : (
          <Stack gap="md">
            <Stack
              component="ul"
              gap="sm"
              p={0}
              m={0}
              aria-label={t('orders.rentals.listTitle')}
              aria-busy={rentals.isPlaceholderData || undefined}
              style={{ listStyle: 'none', opacity: rentals.isPlaceholderData ? 0.6 : 1 }}
            >
              {items.map((rental) => (
                <RentalRow
                  key={rental.id}
                  rental={rental}
                  showOrganisation={organisations.several}
                />
              ))}
            </Stack>
            <LoadMore
              hasMore={rentals.hasNextPage}
              loading={rentals.isFetchingNextPage}
              onLoad={() => void rentals.fetchNextPage()}
            />
          </Stack>
        )}
      </Stack>
      <BranchCard branch={organisations.active?.supplier_branch} />
    </OrdersFrame>
  );
}

function RentalRow({
  rental,
  showOrganisation,
}: {
  rental: RentalOutstanding;
  showOrganisation: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = `rental-${rental.id}`;
  return (
    <Card component="li" withBorder padding="md" radius="md" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={4} miw={0} style={{ flex: '1 1 240px' }}>
            <Group gap="xs" wrap="wrap">
              <Anchor
                component={Link}
                to={orderPath(rental.id)}
                fw={700}
                size="lg"
                id={titleId}
                style={{ overflowWrap: 'anywhere' }}
              >
                {[rental.device_name, rental.option_name].filter(Boolean).join(' · ')}
              </Anchor>
              <CategoryBadge category={rental.category} />
            </Group>
            <Text size="sm" c="dark.5">
              {t('orders.number', { number: rental.number })}
            </Text>
          </Stack>
          <Text fw={800} fz="xl" c="kringTeal.9" data-testid="days-outstanding">
            {t('orders.days', { count: rental.days_outstanding })}
          </Text>
        </Group>
        <Facts
          facts={[
            { label: t('orders.fields.clientName'), value: rental.client_name },
            { label: t('orders.fields.since'), value: format.day(rental.delivered_on) },
            ...(rental.rental_ended_on
              ? [
                  {
                    label: t('orders.dates.rental_ended_on'),
                    value: t('orders.rentals.awaitingPickup', {
                      date: format.day(rental.rental_ended_on),
                    }),
                  },
                ]
              : []),
            ...(showOrganisation
              ? [{ label: t('orders.organisation'), value: rental.organisation_name }]
              : []),
          ]}
        />
      </Stack>
    </Card>
  );
}
