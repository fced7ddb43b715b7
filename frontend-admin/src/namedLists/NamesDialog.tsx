import {
  ErrorSummary,
  LANGUAGES,
  summaryFieldErrors,
  useFormSubmit,
  useZodForm,
  type Language,
} from '@kring/common';
import { Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
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

export interface Names {
  name_nl: string;
  name_fr: string;
  name_en: string;
}

export interface NamesDialogProps {
  /** Whose words the dialog speaks (`categories.*`, `skills.*`) and its fields' ids. */
  list: 'categories' | 'skills';
  /** The item to rename; none: a new one. */
  item?: { slug: string; names: Record<Language, string> };
  /** A new item's group, when the list has groups (the skills). */
  groups?: { value: string; label: string }[];
  onCreate: (body: Names & { slug: string; group: string | null }) => Promise<unknown>;
  onRename: (body: Names) => Promise<unknown>;
  opened: boolean;
  onClose: () => void;
}

/** An item's name in Dutch, French and English; a new one also its slug (and group). */
export function NamesDialog(props: NamesDialogProps) {
  // A new form each time the dialog opens, starting from the item's names.
  return props.opened ? <NamesForm {...props} /> : null;
}

function NamesForm({ list, item, groups, onCreate, onRename, onClose }: NamesDialogProps) {
  const { t } = useTranslation();
  const grouped = !item && groups !== undefined;
  const schema = useMemo(() => {
    const name = z
      .string()
      .trim()
      .min(2, t(`${list}.errors.name`))
      .max(100, t(`${list}.errors.tooLong`, { max: 100 }));
    return z.object({
      name_nl: name,
      name_fr: name,
      name_en: name,
      slug: item
        ? z.string()
        : z
            .string()
            .trim()
            .regex(SLUG, t(`${list}.errors.slug`)),
      group: grouped ? z.string().min(1, t(`${list}.errors.group`)) : z.string(),
    });
  }, [t, list, item, grouped]);
  const form = useZodForm(schema, {
    defaultValues: {
      name_nl: item?.names.nl ?? '',
      name_fr: item?.names.fr ?? '',
      name_en: item?.names.en ?? '',
      slug: item?.slug ?? '',
      group: '',
    },
    shouldFocusError: false,
    mode: 'onSubmit',
  });
  type Field = (typeof NAME_FIELDS)[number] | 'slug' | 'group';
  const fields: readonly Field[] = grouped
    ? [...NAME_FIELDS, 'slug', 'group']
    : [...NAME_FIELDS, 'slug'];
  const { onSubmit, formErrors, attempt } = useFormSubmit(form, fields, async (values) => {
    const names = { name_nl: values.name_nl, name_fr: values.name_fr, name_en: values.name_en };
    if (item) await onRename(names);
    else await onCreate({ ...names, slug: values.slug, group: grouped ? values.group : null });
    onClose();
  });
  const { errors, isSubmitting, dirtyFields } = form.formState;
  const label = (field: Field) => t(`${list}.fields.${field}`);
  const summary = fields.map((name) => ({ name, id: `${list}-${name}`, label: label(name) }));
  return (
    <Modal
      opened
      onClose={onClose}
      title={item ? t(`${list}.renameTitle`) : t(`${list}.addTitle`)}
      centered
      closeButtonProps={{ 'aria-label': t('confirm.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm">{item ? t(`${list}.renameWhat`) : t(`${list}.addWhat`)}</Text>
          <ErrorSummary
            messages={formErrors}
            fieldErrors={summaryFieldErrors(errors, summary)}
            attempt={attempt}
          />
          {grouped ? (
            <NativeSelect
              id={`${list}-group`}
              label={label('group')}
              data={[{ value: '', label: t(`${list}.chooseGroup`) }, ...(groups ?? [])]}
              required
              {...form.register('group')}
              error={errors.group?.message}
            />
          ) : null}
          {NAME_FIELDS.map((name, index) => (
            <TextInput
              key={name}
              id={`${list}-${name}`}
              label={label(name)}
              lang={LANGUAGES[index]}
              required
              data-autofocus={index === 0 ? true : undefined}
              {...form.register(name, {
                // A new item's slug follows its Dutch name until staff change the slug.
                onChange: (event: { target: { value: string } }) => {
                  if (name === 'name_nl' && !item && !dirtyFields.slug) {
                    form.setValue('slug', suggestSlug(event.target.value));
                  }
                },
              })}
              error={errors[name]?.message}
            />
          ))}
          {item ? null : (
            <TextInput
              id={`${list}-slug`}
              label={label('slug')}
              description={t(`${list}.slugHelp`)}
              required
              {...form.register('slug')}
              error={errors.slug?.message}
            />
          )}
          <DialogFooter
            confirmLabel={item ? t(`${list}.rename`) : t(`${list}.add`)}
            loading={isSubmitting}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
