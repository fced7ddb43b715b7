import {
  EmptyState,
  ErrorState,
  LANGUAGES,
  LoadingState,
  PageHeader,
  toLanguage,
} from '@kring/common';
import { Button, Card, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNamedCategories, type NamedCategory } from '../api/categories';
import { RequireStaff } from '../components/RequireStaff';
import { CategoryDialog } from '../categories/CategoryDialog';
import { ADMIN_PATHS } from '../paths';

/** The categories of services, in the API's order ("Overige" last): add one, rename one. */
export default function CategoriesPage() {
  return (
    <RequireStaff task="manage_categories">
      <Categories />
    </RequireStaff>
  );
}

function Categories() {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <Stack maw={1040} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('categories.title')}
        lead={t('categories.lead')}
        crumbs={[{ label: t('common.navigation.home'), to: ADMIN_PATHS.home }]}
        actions={<Button onClick={() => setAdding(true)}>{t('categories.add')}</Button>}
      />
      <CategoryList />
      <CategoryDialog opened={adding} onClose={() => setAdding(false)} />
    </Stack>
  );
}

function CategoryList() {
  const { t } = useTranslation();
  const categories = useNamedCategories();
  if (categories.error) {
    return <ErrorState error={categories.error} onRetry={() => void categories.refetch()} />;
  }
  if (categories.isPending || !categories.data) return <LoadingState />;
  if (categories.data.length === 0) {
    return (
      <EmptyState title={t('categories.empty.title')} description={t('categories.empty.body')} />
    );
  }
  return (
    <Card withBorder padding={0}>
      <Table.ScrollContainer minWidth={0}>
        <Table verticalSpacing="sm" aria-label={t('categories.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('categories.columns.name')}</Table.Th>
              <Table.Th visibleFrom="sm">{t('categories.columns.slug')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('categories.columns.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {categories.data.map((category) => (
              <CategoryRow key={category.id} category={category} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

function CategoryRow({ category }: { category: NamedCategory }) {
  const { t, i18n } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const shown = toLanguage(i18n.language);
  const others = LANGUAGES.filter((language) => language !== shown);
  return (
    <Table.Tr>
      <Table.Td style={{ wordBreak: 'break-word' }}>
        <Text fw={600}>{category.names[shown]}</Text>
        <Text size="sm" c="dark.5">
          {others
            .map((language) => `${language.toUpperCase()}: ${category.names[language]}`)
            .join(' · ')}
        </Text>
        <Text size="xs" c="dark.5" hiddenFrom="sm">
          {category.slug}
        </Text>
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <Text size="sm" ff="monospace">
          {category.slug}
        </Text>
      </Table.Td>
      <Table.Td ta="right">
        <Button variant="light" size="compact-sm" onClick={() => setRenaming(true)}>
          {t('categories.rename')}
          <VisuallyHidden>: {category.names[shown]}</VisuallyHidden>
        </Button>
        <CategoryDialog category={category} opened={renaming} onClose={() => setRenaming(false)} />
      </Table.Td>
    </Table.Tr>
  );
}
