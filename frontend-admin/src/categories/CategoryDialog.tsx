import {
  ErrorSummary,
  LANGUAGES,
  summaryFieldErrors,
  useFormSubmit,
  useZodForm,
} from '@kring/common';
import { Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useCreateCategory, useRenameCategory, type NamedCategory } from '../api/categories';
import { DialogFooter } from '../components/DialogFooter';

const SLUG = /^[a-z0-9-]{2,60}$/;
const NAME_FIELDS = ['name_nl', 'name_fr', 'name_en'] as const;

/** "Tuin & terras" → "tuin-terras": a slug to start from, which staff may change. */
export function suggestSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

export interface CategoryDialogProps {
  /** The category to rename; none: a new one. */
  category?: NamedCategory;
  opened: boolean;
  onClose: () => void;
}

/** A category's name in Dutch, French and English; a new one also its slug (its address). */
export function CategoryDialog(props: CategoryDialogProps) {
  // A new form each time the dialog opens, starting from the category's names.
  return props.opened ? <CategoryForm {...props} /> : null;
}

function CategoryForm({ category, onClose }: CategoryDialogProps) {
  const { t } = useTranslation();
  const create = useCreateCategory();
  const rename = useRenameCategory(category?.id ?? '');
  const schema = useMemo(() => {
    const name = z
      .string()
      .trim()
      .min(2, t('categories.errors.name'))
      .max(100, t('categories.errors.tooLong', { max: 100 }));
    return z.object({
      name_nl: name,
      name_fr: name,
      name_en: name,
      slug: category ? z.string() : z.string().trim().regex(SLUG, t('categories.errors.slug')),
    });
  }, [t, category]);
  const form = useZodForm(schema, {
    defaultValues: {
      name_nl: category?.names.nl ?? '',
      name_fr: category?.names.fr ?? '',
      name_en: category?.names.en ?? '',
      slug: category?.slug ?? '',
    },
    shouldFocusError: false,
    mode: 'onSubmit',
  });
  const fields = [...NAME_FIELDS, 'slug'] as const;
  const { onSubmit, formErrors, attempt } = useFormSubmit(form, fields, async (values) => {
    const names = { name_nl: values.name_nl, name_fr: values.name_fr, name_en: values.name_en };
    if (category) await rename.mutateAsync(names);
    else await create.mutateAsync({ ...names, slug: values.slug });
    onClose();
  });
  const { errors, isSubmitting, dirtyFields } = form.formState;
  const label = (field: (typeof fields)[number]) => t(`categories.fields.${field}`);
  const summary = fields.map((name) => ({ name, id: `category-${name}`, label: label(name) }));
  return (
    <Modal
      opened
      onClose={onClose}
      title={category ? t('categories.renameTitle') : t('categories.addTitle')}
      centered
      closeButtonProps={{ 'aria-label': t('confirm.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm">{category ? t('categories.renameWhat') : t('categories.addWhat')}</Text>
          <ErrorSummary
            messages={formErrors}
            fieldErrors={summaryFieldErrors(errors, summary)}
            attempt={attempt}
          />
          {NAME_FIELDS.map((name, index) => (
            <TextInput
              key={name}
              id={`category-${name}`}
              label={label(name)}
              lang={LANGUAGES[index]}
              required
              data-autofocus={index === 0 ? true : undefined}
              {...form.register(name, {
                // A new category's slug follows its Dutch name until staff change the slug.
                onChange: (event: { target: { value: string } }) => {
                  if (name === 'name_nl' && !category && !dirtyFields.slug) {
                    form.setValue('slug', suggestSlug(event.target.value));
                  }
                },
              })}
              error={errors[name]?.message}
            />
          ))}
          {category ? null : (
            <TextInput
              id="category-slug"
              label={label('slug')}
              description={t('categories.slugHelp')}
              required
              {...form.register('slug')}
              error={errors.slug?.message}
            />
          )}
          <DialogFooter
            confirmLabel={category ? t('categories.rename') : t('categories.add')}
            loading={isSubmitting}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
