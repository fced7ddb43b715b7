/** The UI languages, Dutch first: it is the default. */
export const LANGUAGES = ['nl', 'fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nl';

/** localStorage key that remembers the user's choice. */
export const LANGUAGE_STORAGE_KEY = 'kring.lang';

/** Each language's name in that language, for the switch. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  nl: 'Nederlands',
  fr: 'Français',
  en: 'English',
};

/** The Intl locale used for numbers and dates in each UI language. */
export const INTL_LOCALES: Record<Language, string> = {
  nl: 'nl-NL',
  fr: 'fr-BE',
  en: 'en-GB',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Reduces any i18next language code (`nl-BE`, `fr`) to one of ours, else the default. */
export function toLanguage(code: string | undefined): Language {
  const base = code?.split('-')[0]?.toLowerCase();
  return isLanguage(base) ? base : DEFAULT_LANGUAGE;
}
