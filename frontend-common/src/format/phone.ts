/**
 * Dutch area codes with two digits after the trunk 0 (010, 020, 030, 088, …); every other
 * Dutch area code has three (0318, 0575, …). 06 is mobile.
 */
const NL_TWO_DIGIT_AREAS = new Set([
  ...['10', '13', '15', '20', '23', '24', '26', '30', '33', '35', '36', '38', '40', '43'],
  ...['45', '46', '50', '53', '55', '58', '70', '71', '72', '73', '74', '75', '76', '77'],
  ...['78', '79', '85', '88', '91', '97'],
]);
/** Belgian zones of one digit (Brussels, Antwerp, Liège, Ghent); the others have two. */
const BE_ONE_DIGIT_ZONES = new Set(['2', '3', '4', '9']);

/** Splits `digits` into groups of the given sizes; what is left becomes a last group. */
function groups(digits: string, sizes: readonly number[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    if (at >= digits.length) break;
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  if (at < digits.length) parts.push(digits.slice(at));
  return parts.join(' ');
}

function dutch(national: string): string {
  if (national.length !== 9) return `0${national}`;
  if (national.startsWith('6')) return `06 ${groups(national.slice(1), [4, 4])}`;
  const area = NL_TWO_DIGIT_AREAS.has(national.slice(0, 2)) ? 2 : 3;
  const rest = national.slice(area);
  return `0${national.slice(0, area)} ${area === 2 ? groups(rest, [3, 4]) : groups(rest, [3, 3])}`;
}

function belgian(national: string): string {
  if (national.length === 9 && national.startsWith('4')) {
    return `0${national.slice(0, 3)} ${groups(national.slice(3), [2, 2, 2])}`;
  }
  if (national.length !== 8) return `0${national}`;
  if (BE_ONE_DIGIT_ZONES.has(national.slice(0, 1))) {
    return `0${national.slice(0, 1)} ${groups(national.slice(1), [3, 2, 2])}`;
  }
  return `0${national.slice(0, 2)} ${groups(national.slice(2), [2, 2, 2])}`;
}

/**
 * A phone number as the API stores it (E.164, `+31301234567`) written the way people in the
 * country read it: `030 123 4567`, `06 1234 5678`, `02 123 45 67`, `0470 12 34 56`. Numbers
 * of other countries, and anything that is not E.164, are shown as they are. Links keep the
 * E.164 form (`tel:+31301234567`).
 */
export function formatPhone(phone: string): string {
  const compact = phone.replace(/[\s-]/g, '');
  if (/^\+31\d+$/.test(compact)) return dutch(compact.slice(3));
  if (/^\+32\d+$/.test(compact)) return belgian(compact.slice(3));
  return phone;
}
