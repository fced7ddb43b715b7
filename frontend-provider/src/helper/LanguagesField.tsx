import { Checkbox, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The languages most asked for in the Netherlands and Belgium, as ISO 639-1 codes. */
export const COMMON_LANGUAGES = [
  'nl',
  'fr',
  'en',
  'de',
  'ar',
  'tr',
  'pl',
  'es',
  'pt',
  'it',
  'uk',
  'ru',
  'zh',
  'so',
  'ti',
] as const;

export interface LanguagesFieldProps {
  id: string;
  value: string[];
  onChange: (value: string[]) => void;
  error?: string | undefined;
}

/** The languages a helper speaks, named in the reader's language (the browser knows the names). */
export function LanguagesField({ id, value, onChange, error }: LanguagesFieldProps) {
  const { t, i18n } = useTranslation();
  const names = new Intl.DisplayNames([i18n.language], { type: 'language' });
  // A language chosen before (outside the common ones) stays in the list.
  const codes = [
    ...COMMON_LANGUAGES,
    ...value.filter((code) => !COMMON_LANGUAGES.includes(code as never)),
  ];
  return (
    <Checkbox.Group
      id={id}
      tabIndex={-1}
      label={t('helper.languages.label')}
      description={t('helper.languages.hint')}
      value={value}
      onChange={onChange}
      error={error}
      withAsterisk
      labelProps={{ fz: 'md', fw: 700 }}
    >
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs" verticalSpacing={8} mt="sm">
        {codes.map((code) => (
          <Checkbox key={code} value={code} label={names.of(code) ?? code} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
