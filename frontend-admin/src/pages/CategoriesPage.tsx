import { EmptyState, ErrorState, LoadingState, PageHeader } from '@kring/common';
import { Button, Card, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useCreateCategory,
  useNamedCategories,
  useRenameCategory,
  type NamedCategory,
} from '../api/categories';
import { RequireStaff } from '../components/RequireStaff';
import { NamedItem } from '../namedLists/NamedItem';
import { NamesDialog } from '../namedLists/NamesDialog';
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
      <AddCategory opened={adding} onClose={() => setAdding(false)} />
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
      <Stack component="ul" gap={0} m={0} p={0} aria-label={t('categories.title')}>
        {categories.data.map((category) => (
          <CategoryItem key={category.id} category={category} />
        ))}
      </Stack>
    </Card>
  );
}

/** One category, with its address in the search. */
function CategoryItem({ category }: { category: NamedCategory }) {
  const { t } = useTranslation();
  const rename = useRenameCategory(category.id);
  return (
    <NamedItem
      list="categories"
      item={category}
      detail={
        <Text size="xs" c="dark.5">
          {t('categories.slugIs', { slug: category.slug })}
        </Text>
      }
      onRename={(names) => rename.mutateAsync(names)}
    />
  );
}

function AddCategory({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const create = useCreateCategory();
  return (
    <NamesDialog
      list="categories"
      opened={opened}
      onClose={onClose}
      onCreate={({ group: _group, ...body }) => create.mutateAsync(body)}
      onRename={() => Promise.resolve()}
    />
  );
}
