import { INTL_LOCALES, toLanguage } from '@kring/common';

const KB = 1024;
const MB = 1024 * 1024;

/**
 * "245 kB", "1,2 MB": a file's size in the UI's language (1 MB = 1024 × 1024 bytes, as the API
 * counts). Rounded up, so a file just over a limit never reads as the limit itself.
 */
export function formatFileSize(bytes: number, language: string): string {
  const locale = INTL_LOCALES[toLanguage(language)];
  const inMb = bytes >= MB;
  const amount = inMb ? Math.ceil((bytes / MB) * 10) / 10 : Math.max(1, Math.ceil(bytes / KB));
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: inMb ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(amount);
}
