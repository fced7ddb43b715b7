const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

/**
 * Money is an integer number of cents everywhere in Kring (API and code); this is the one
 * place that turns it into text. Amounts are always written the Dutch way (123456 →
 * "€ 1.234,56"), whatever the UI language, so a price reads the same on every screen,
 * invoice and e-mail.
 */
export function formatMoney(cents: number): string {
  if (!Number.isInteger(cents)) {
    throw new RangeError(`Money must be whole cents, got ${cents}`);
  }
  return euro.format(cents / 100);
}

/** Members pay the customer price minus 10%: computed, never entered. */
export const MEMBER_DISCOUNT_PERCENT = 10;

/**
 * The member price of a customer price in cents: minus 10%, rounded half-up to the cent, as
 * the API computes it (€ 10,00 → € 9,00; € 0,05 → € 0,05; € 35,00 → € 31,50).
 */
export function memberPriceCents(customerCents: number): number {
  // Whole numbers only: cents × 90 / 100, halves rounded up.
  const tenths = customerCents * (100 - MEMBER_DISCOUNT_PERCENT);
  return Math.floor((tenths + 50) / 100);
}

/**
 * A price typed the Dutch way ("15,00", "15", "1.250,50", "€ 7,5") as whole cents, or `null`
 * when it is not an amount of at most two decimals. A lone dot before one or two digits is read
 * as the decimal sign ("15.50"), as people type it on phones.
 */
export function parseEuros(text: string): number | null {
  const compact = text.replace(/[\s\u00a0€]/g, '');
  if (compact === '') return null;
  let normalised: string;
  if (compact.includes(',')) {
    // Dots are thousands separators, in groups of three.
    if (!/^\d{1,3}(\.\d{3})*(,\d{0,2})?$|^\d+(,\d{0,2})?$/.test(compact)) return null;
    normalised = compact.replace(/\./g, '').replace(',', '.');
  } else if (/^\d+\.\d{1,2}$/.test(compact)) {
    normalised = compact;
  } else if (/^\d{1,3}(\.\d{3})+$|^\d+$/.test(compact)) {
    normalised = compact.replace(/\./g, '');
  } else {
    return null;
  }
  const [euros = '0', decimals = ''] = normalised.split('.');
  const cents = Number(euros) * 100 + Number(decimals.padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}

/** Cents as the price field shows them: 1500 → "15,00". */
export function centsToInput(cents: number): string {
  const euros = Math.floor(cents / 100);
  return `${euros},${String(cents % 100).padStart(2, '0')}`;
}
