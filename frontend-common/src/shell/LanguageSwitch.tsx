import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_NAMES, toLanguage, type Language } from '../i18n/languages';

/** NL / FR / EN as a labelled radio group; each option is read out with its full name. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      role="radiogroup"
      aria-label={t('common.language.label')}
      value={toLanguage(i18n.language)}
      onChange={(value) => void i18n.changeLanguage(value as Language)}
      data={LANGUAGES.map((language) => ({
        value: language,
        label: (
          <span lang={language}>
            <span aria-hidden="true">{language.toUpperCase()}</span>
            <VisuallyHidden>{LANGUAGE_NAMES[language]}</VisuallyHidden>
          </span>
        ),
      }))}
    />
  );
}
