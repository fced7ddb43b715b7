import { createI18n } from '@kring/common';
import { describe, expect, it } from 'vitest';
import { translations } from '../locales';
import { formatDuration, periodOf } from './figures';

const i18n = createI18n(translations);
const inLanguage = (language: string) => i18n.getFixedT(language);

describe('the median response time in words', () => {
  it('says 90 minutes as "1 uur 30 min", and rounds to the minute', () => {
    const t = inLanguage('nl');
    expect(formatDuration(90, t)).toBe('1 uur 30 min');
    expect(formatDuration(25.4, t)).toBe('25 min');
    expect(formatDuration(60, t)).toBe('1 uur');
    expect(formatDuration(0.35, t)).toBe('minder dan 1 min');
  });

  it('counts days from 24 hours on, to the hour', () => {
    const t = inLanguage('nl');
    expect(formatDuration(25 * 60 + 10, t)).toBe('1 dag 1 uur');
    expect(formatDuration(2 * 24 * 60 + 20, t)).toBe('2 dagen');
  });

  it('speaks French and English too', () => {
    expect(formatDuration(90, inLanguage('fr'))).toBe('1 h 30 min');
    expect(formatDuration(150, inLanguage('en'))).toBe('2 hours 30 min');
  });
});

describe('the periods of the dashboard', () => {
  it('ends today in Utrecht, also just after midnight there', () => {
    // 23:30 UTC on 27 December is already 28 December in the Netherlands.
    const lateEvening = new Date('2026-12-27T23:30:00Z');
    expect(periodOf('weeks4', lateEvening)).toEqual({ from: '2026-12-01', to: '2026-12-28' });
    expect(periodOf('weeks12', lateEvening)).toEqual({ from: '2026-10-06', to: '2026-12-28' });
    expect(periodOf('months12', lateEvening)).toEqual({ from: '2025-12-29', to: '2026-12-28' });
  });
});
