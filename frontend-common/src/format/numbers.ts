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

/** "1.234" (nl), "1 234" (fr), "1,234" (en): a count, or a number with at most `fractionDigits`. */
export function formatNumber(value: number, language: string, fractionDigits = 3): string {
  return new Intl.NumberFormat(INTL_LOCALES[toLanguage(language)], {
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** "85%" (nl, en), "85 %" (fr): a share between 0 and 1, whole percents. */
export function formatPercent(share: number, language: string): string {
  return new Intl.NumberFormat(INTL_LOCALES[toLanguage(language)], {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(share);
}

/** "3,2 km" (nl, fr) or "3.2 km" (en): one decimal below 10 km, as the API rounds it. */
export function formatDistance(km: number, language: string): string {
  return new Intl.NumberFormat(INTL_LOCALES[toLanguage(language)], {
    style: 'unit',
    unit: 'kilometer',
    minimumFractionDigits: km < 10 ? 1 : 0,
    maximumFractionDigits: 1,
  }).format(km);
}
