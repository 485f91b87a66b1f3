import { badInput } from './errors/domain.exception';

/**
 * Money travels as a decimal string in major units ("12345678.90" Kč / zł) and is stored as whole
 * minor units (haléře, grosze) in a bigint column. Conversion is done on the digits, never through
 * a float, so every amount round-trips exactly.
 */
export const MONEY_PATTERN = /^(0|[1-9]\d{0,11})(\.\d{1,2})?$/;

/**
 * A decimal with at most two places ("-0.5", "1250000.10") as exact hundredths. The caller has
 * checked the format (class-validator or MONEY_PATTERN); an empty value is zero.
 */
export function parseHundredths(text: string | null | undefined): bigint {
  if (!text) return 0n;
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = text.replace(/^[-+]/, '').split('.');
  const value = BigInt(whole || '0') * 100n + BigInt((fraction + '00').slice(0, 2));
  return negative ? -value : value;
}

/** Hundredths as text with two places, the way PostgreSQL prints numeric(…, 2): -50n → "-0.50". */
export function formatHundredths(value: bigint): string {
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** "12345678.9" → "1234567890" (minor units); a BAD_USER_INPUT on `field` for anything else. */
export function toMinorUnits(amount: string, field: string): string {
  if (!MONEY_PATTERN.test(amount.trim())) throw badInput(field, 'invalidAmount');
  return parseHundredths(amount.trim()).toString();
}

/** "1234567890" → "12345678.90". */
export const fromMinorUnits = (minor: string | bigint): string => formatHundredths(BigInt(minor));

/** Sum of minor-unit strings, exactly. */
export const sumMinorUnits = (amounts: readonly string[]): string => amounts.reduce((sum, amount) => sum + BigInt(amount), 0n).toString();
