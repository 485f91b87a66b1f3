import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { formatFte, formatMoney } from './money';

describe('formatMoney', () => {
  afterEach(() => i18n.changeLanguage('cs'));

  it('groups the whole crowns and keeps the haléře exactly as written', async () => {
    await i18n.changeLanguage('cs');
    expect(formatMoney('1250000.50').replace(/\s/g, ' ')).toBe('1 250 000,50 Kč');
    expect(formatMoney('1000000.00').replace(/\s/g, ' ')).toBe('1 000 000 Kč');
    // Beyond the precision of a double: no rounding.
    expect(formatMoney('9007199254740993.01').replace(/\s/g, ' ')).toBe('9 007 199 254 740 993,01 Kč');
  });

  it('writes the English decimal point and a minus sign', async () => {
    await i18n.changeLanguage('en');
    expect(formatMoney('-1234.5')).toBe('−1,234.50 Kč');
  });

  it('shows text that is not an amount as it is', () => {
    expect(formatMoney('abc')).toBe('abc');
    expect(formatMoney('')).toBe('—');
  });

  it('writes a change of staff with its sign and the decimal mark of the language', async () => {
    await i18n.changeLanguage('cs');
    expect(formatFte('1.50')).toBe('+1,5');
    expect(formatFte('-0.25')).toBe('−0,25');
    expect(formatFte('0.00')).toBe('0');
    await i18n.changeLanguage('en');
    expect(formatFte('2.00')).toBe('+2');
  });
});
