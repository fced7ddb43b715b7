import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import nl from '../locales/nl.json';
import fr from '../locales/fr.json';
import {
  formatDate,
  formatDateTime,
  formatDay,
  formatMonth,
  lastMonthInKring,
  formatDayMonth,
  formatDeadline,
  formatMoment,
  formatShortDate,
  formatTime,
  todayInKring,
} from './dateTime';
import { DAY_PARTS, dayPartLabel, WEEKDAYS, weekdayLabel } from './dayParts';
import { formatMoney } from './money';
import {
  formatAverage,
  formatDistance,
  formatFileSize,
  formatNumber,
  formatPercent,
} from './numbers';
import { formatPhone } from './phone';

/** Intl separates "€" and the amount with a no-break space; compare on plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it('shows integer cents as euros in Dutch style', () => {
    expect(plain(formatMoney(123456))).toBe('€ 1.234,56');
    expect(plain(formatMoney(1000))).toBe('€ 10,00');
    expect(plain(formatMoney(826))).toBe('€ 8,26');
    expect(plain(formatMoney(0))).toBe('€ 0,00');
  });

  it('keeps negative amounts and large amounts readable', () => {
    expect(plain(formatMoney(-1750))).toBe('€ -17,50');
    expect(plain(formatMoney(123456789))).toBe('€ 1.234.567,89');
  });

  it('refuses amounts that are not whole cents', () => {
    expect(() => formatMoney(12.5)).toThrow(RangeError);
  });
});

describe('dates and times in Europe/Amsterdam', () => {
  it('adds two hours in summer time (CEST)', () => {
    const instant = '2026-07-01T10:00:00Z';
    expect(formatTime(instant)).toBe('12:00');
    expect(formatDate(instant)).toBe('1 juli 2026');
    expect(formatShortDate(instant)).toBe('01-07-2026');
  });

  it('adds one hour in winter time (CET)', () => {
    expect(formatTime('2026-01-15T10:00:00Z')).toBe('11:00');
    expect(formatTime(new Date(Date.UTC(2026, 11, 31, 23, 30)))).toBe('00:30');
  });

  it('moves the date when local midnight has passed', () => {
    expect(formatShortDate('2026-12-31T23:30:00Z')).toBe('01-01-2027');
  });

  it('writes date and time in each language', () => {
    const instant = '2026-07-01T10:00:00Z';
    expect(formatDateTime(instant)).toMatch(/^1 juli 2026.*12:00$/);
    expect(formatDate(instant, 'fr')).toBe('1 juillet 2026');
    expect(formatDate(instant, 'en')).toBe('1 July 2026');
  });

  it('rejects invalid input loudly', () => {
    expect(() => formatDate('not a date')).toThrow(RangeError);
  });
});

describe('dayPartLabel', () => {
  it('translates each day-part', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'nl',
      resources: { nl: { translation: nl }, fr: { translation: fr } },
    });
    expect(DAY_PARTS.map((part) => dayPartLabel(i18n.t, part))).toEqual([
      'Ochtend',
      'Middag',
      'Avond',
    ]);
    await i18n.changeLanguage('fr');
    expect(dayPartLabel(i18n.t, 'afternoon')).toBe('Après-midi');
  });
});

describe('weekdayLabel', () => {
  it('names the week from Monday on', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'nl',
      resources: { nl: { translation: nl }, fr: { translation: fr } },
    });
    expect(WEEKDAYS.map((day) => weekdayLabel(i18n.t, day))).toEqual([
      'Maandag',
      'Dinsdag',
      'Woensdag',
      'Donderdag',
      'Vrijdag',
      'Zaterdag',
      'Zondag',
    ]);
    await i18n.changeLanguage('fr');
    expect(weekdayLabel(i18n.t, 'sunday')).toBe('Dimanche');
  });
});

describe('formatFileSize', () => {
  it('writes kB below a megabyte and MB from there, rounded up', () => {
    expect(plain(formatFileSize(250_000, 'nl'))).toBe('245 kB');
    expect(plain(formatFileSize(1, 'nl'))).toBe('1 kB');
    expect(plain(formatFileSize(2_516_582, 'nl'))).toBe('2,4 MB');
    expect(plain(formatFileSize(2_516_582, 'en'))).toBe('2.4 MB');
    // Just over 5 MB never reads as the 5 MB limit itself.
    expect(plain(formatFileSize(5 * 1024 * 1024 + 1, 'nl'))).toBe('5,1 MB');
  });
});

describe('formatAverage', () => {
  it('writes one decimal in the language’s way', () => {
    expect(formatAverage(4.5, 'nl')).toBe('4,5');
    expect(formatAverage(4, 'fr')).toBe('4,0');
    expect(formatAverage(3.66, 'en')).toBe('3.7');
  });
});

describe('formatPhone', () => {
  it('writes Dutch numbers the Dutch way', () => {
    expect(formatPhone('+31885138484')).toBe('088 513 8484');
    expect(formatPhone('+31301234567')).toBe('030 123 4567');
    expect(formatPhone('+31612345678')).toBe('06 1234 5678');
    expect(formatPhone('+31318123456')).toBe('0318 123 456');
  });

  it('writes Belgian numbers the Belgian way', () => {
    expect(formatPhone('+3221234567')).toBe('02 123 45 67');
    expect(formatPhone('+3250123456')).toBe('050 12 34 56');
    expect(formatPhone('+32470123456')).toBe('0470 12 34 56');
  });

  it('leaves other numbers as they are', () => {
    expect(formatPhone('+441234567890')).toBe('+441234567890');
    expect(formatPhone('030 123 4567')).toBe('030 123 4567');
  });
});

describe('days and moments', () => {
  it('writes an inbox moment short, with the year only when it is not this year', () => {
    const now = new Date('2026-12-30T12:00:00Z');
    expect(formatMoment('2026-12-29T22:59:00Z', 'nl', now)).toBe('di 29 dec, 23:59');
    expect(formatMoment('2025-12-29T22:59:00Z', 'nl', now)).toBe('ma 29 dec 2025, 23:59');
  });

  it('writes a deadline in full, in Dutch time', () => {
    expect(formatDeadline('2026-12-29T22:59:00Z', 'nl')).toBe('dinsdag 29 december 23:59');
  });

  it('writes a calendar day as it is, whatever the time zone', () => {
    expect(formatDay('2026-12-03', 'nl')).toBe('do 3 december 2026');
    expect(plain(formatDayMonth('2026-12-03', 'nl'))).toBe('3 dec');
  });

  it('knows today in Utrecht, also just after midnight there', () => {
    expect(todayInKring(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayInKring(new Date('2026-01-15T10:00:00Z'))).toBe('2026-01-15');
  });
});

describe('counts, shares and distances', () => {
  it('write numbers in the language’s way', () => {
    expect(formatNumber(1234, 'nl')).toBe('1.234');
    expect(formatNumber(1.25, 'en', 1)).toMatch(/^1\.[23]$/);
    expect(plain(formatPercent(0.854, 'nl'))).toBe('85%');
    expect(plain(formatPercent(0.854, 'fr'))).toBe('85 %');
    expect(plain(formatDistance(3.24, 'nl'))).toBe('3,2 km');
    expect(plain(formatDistance(3, 'en'))).toBe('3.0 km');
    expect(plain(formatDistance(12, 'nl'))).toBe('12 km');
  });
});

describe('months', () => {
  it('names a month in each language', () => {
    expect(formatMonth('2026-11', 'nl')).toBe('november 2026');
    expect(formatMonth('2026-11', 'fr')).toBe('novembre 2026');
    expect(formatMonth('2026-11', 'en')).toBe('November 2026');
  });

  it('knows the last closed month in Dutch time, across the year', () => {
    expect(lastMonthInKring(new Date('2026-12-06T10:00:00Z'))).toBe('2026-11');
    expect(lastMonthInKring(new Date('2027-01-01T00:30:00+01:00'))).toBe('2026-12');
    // Still 31 December in UTC, already January in Amsterdam.
    expect(lastMonthInKring(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12');
    expect(lastMonthInKring(new Date('2026-12-31T22:30:00Z'))).toBe('2026-11');
  });
});
