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
