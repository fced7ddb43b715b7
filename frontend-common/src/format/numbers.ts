import { INTL_LOCALES, toLanguage } from '../i18n/languages';

const KB = 1024;
const MB = 1024 * 1024;

/**
 * "245 kB", "1,2 MB": a file's size in the UI's language (1 MB = 1024 × 1024 bytes, as the API
 * counts). Rounded up, so a file just over a limit never reads as the limit itself.
 */
export function formatFileSize(bytes: number, language: string): string {
  const inMb = bytes >= MB;
  const amount = inMb ? Math.ceil((bytes / MB) * 10) / 10 : Math.max(1, Math.ceil(bytes / KB));
  return new Intl.NumberFormat(INTL_LOCALES[toLanguage(language)], {
    style: 'unit',
    unit: inMb ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(amount);
}

/** "4,5" (nl, fr) or "4.5" (en): an average of stars, one decimal. */
export function formatAverage(average: number, language: string): string {
  return new Intl.NumberFormat(INTL_LOCALES[toLanguage(language)], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(average);
}
