import i18next, { type i18n as I18n, type ResourceLanguage } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';
import fr from '../locales/fr.json';
import nl from '../locales/nl.json';
import {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  LANGUAGE_STORAGE_KEY,
  isLanguage,
  type Language,
} from './languages';

/** An app's own translations, one object per language with the same keys. */
export type AppTranslations = Record<Language, Record<string, unknown>>;

const COMMON: AppTranslations = { nl, fr, en };

function storedLanguage(): Language | undefined {
  try {
    const value = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined; // Storage can be blocked (private mode, strict settings).
  }
}

function rememberLanguage(language: string): void {
  if (!isLanguage(language)) return;
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembering the choice is acceptable.
  }
  document.documentElement.lang = language;
}

/**
 * One i18next instance per portal: the shared `common.*` strings plus the app's own keys,
 * starting in the remembered language (else Dutch), synchronously, so the first render is
 * already translated.
 */
export function createI18n(app: AppTranslations): I18n {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(
    LANGUAGES.map((language) => [
      language,
      { translation: { ...COMMON[language], ...app[language] } as ResourceLanguage },
    ]),
  );
  const initial = storedLanguage() ?? DEFAULT_LANGUAGE;
  instance.on('languageChanged', rememberLanguage);
  void instance.use(initReactI18next).init({
    resources,
    lng: initial,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false }, // React escapes already.
    initAsync: false,
    returnNull: false,
  });
  document.documentElement.lang = initial;
  return instance;
}
