import {
  EmptyState,
  ErrorState,
  LANGUAGES,
  LoadingState,
  PageHeader,
  toLanguage,
} from '@kring/common';
import { Button, Card, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useCreateCategory,
  useNamedCategories,
  useRenameCategory,
  type NamedCategory,
} from '../api/categories';
import { RequireStaff } from '../components/RequireStaff';
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

/** One category: its name here, in the other languages and its slug; beside it (under it on
 * a phone) the button to rename it. */
function CategoryItem({ category }: { category: NamedCategory }) {
  const { t, i18n } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const shown = toLanguage(i18n.language);
  const others = LANGUAGES.filter((language) => language !== shown);
  return (
    <Group
      component="li"
      justify="space-between"
      align="center"
      gap="xs"
      px="md"
      py="sm"
      style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
      data-testid="category"
    >
      <Stack gap={2} miw={0} style={{ flex: '1 1 240px' }}>
        <Text fw={600}>{category.names[shown]}</Text>
        <Text size="sm" c="dark.5">
          {others
            .map((language) => `${language.toUpperCase()}: ${category.names[language]}`)
            .join(' · ')}
        </Text>
        <Text size="xs" c="dark.5">
          {t('categories.slugIs', { slug: category.slug })}
        </Text>
      </Stack>
      <Button variant="light" size="compact-sm" onClick={() => setRenaming(true)}>
        {t('categories.rename')}
        <VisuallyHidden>: {category.names[shown]}</VisuallyHidden>
      </Button>
      <RenameCategory category={category} opened={renaming} onClose={() => setRenaming(false)} />
    </Group>
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

function RenameCategory(props: { category: NamedCategory; opened: boolean; onClose: () => void }) {
  const rename = useRenameCategory(props.category.id);
  return (
    <NamesDialog
      list="categories"
      item={props.category}
      opened={props.opened}
      onClose={props.onClose}
      onCreate={() => Promise.resolve()}
      onRename={(names) => rename.mutateAsync(names)}
    />
  );
}
