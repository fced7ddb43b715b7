import { describe, expect, it } from 'vitest';
import { centsToInput, memberPriceCents, parseEuros } from './money';

describe('member prices', () => {
  it('are the customer price minus 10%, rounded half-up to the cent, as the API computes', () => {
    expect(memberPriceCents(1000)).toBe(900);
    expect(memberPriceCents(5)).toBe(5); // 4.5 cents → 5, not 4
    expect(memberPriceCents(3500)).toBe(3150);
    expect(memberPriceCents(1500)).toBe(1350);
    expect(memberPriceCents(15)).toBe(14); // 13.5 → 14
    expect(memberPriceCents(1)).toBe(1); // 0.9 → 1
    expect(memberPriceCents(10_000_000)).toBe(9_000_000);
  });
});

describe('prices typed in euros', () => {
  it('read the Dutch way, with or without cents', () => {
    expect(parseEuros('15,00')).toBe(1500);
    expect(parseEuros('15')).toBe(1500);
    expect(parseEuros('15,5')).toBe(1550);
    expect(parseEuros('0,05')).toBe(5);
    expect(parseEuros(' € 7,50 ')).toBe(750);
    expect(parseEuros('1.250,50')).toBe(125050);
    expect(parseEuros('1.250')).toBe(125000);
    expect(parseEuros('15.50')).toBe(1550);
    expect(parseEuros('15,')).toBe(1500);
  });

  it('refuse what is not an amount of whole cents', () => {
    for (const text of ['', 'vijftien', '12,345', '1,2,3', '-5', '15.5.0', '1.25,00', '€']) {
      expect(parseEuros(text), text).toBeNull();
    }
  });

  it('show stored cents back in the field', () => {
    expect(centsToInput(1500)).toBe('15,00');
    expect(centsToInput(5)).toBe('0,05');
    expect(centsToInput(123456)).toBe('1234,56');
  });
});
