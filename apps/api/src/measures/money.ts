import { badInput } from '../common/errors/domain.exception';

/**
 * Money travels as a decimal string in major units ("12345678.90" Kč / zł) and is stored as whole
 * minor units (haléře, grosze) in a bigint column. Conversion is done on the digits, never through
 * a float, so every amount round-trips exactly.
 */
export const MONEY_PATTERN = /^(0|[1-9]\d{0,11})(\.\d{1,2})?$/;

/** "12345678.9" → "1234567890" (minor units); a BAD_USER_INPUT on `field` for anything else. */
export function toMinorUnits(amount: string, field: string): string {
  const match = MONEY_PATTERN.exec(amount.trim());
  if (!match) throw badInput(field, 'invalidAmount');
  const whole = match[1]!;
  const fraction = (match[2] ?? '.').slice(1).padEnd(2, '0');
  return (BigInt(whole) * 100n + BigInt(fraction)).toString();
}

/** "1234567890" → "12345678.90". */
export function fromMinorUnits(minor: string | bigint): string {
  const value = BigInt(minor);
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  return `${sign}${(abs / 100n).toString()}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** Sum of minor-unit strings, exactly. */
export const sumMinorUnits = (amounts: readonly string[]): string => amounts.reduce((sum, amount) => sum + BigInt(amount), 0n).toString();
