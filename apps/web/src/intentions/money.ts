import { decimalSeparator, localeTag } from '../ui/format';
import { normaliseDecimal } from './intentions.schema';

/**
 * "1 250 000,50 Kč" from exact decimal text, without passing through floating point: the whole
 * part is grouped as a BigInt, the hundredths are kept as written.
 */
export function formatMoney(value: string | null | undefined, currency = 'Kč'): string {
  const text = normaliseDecimal(value ?? '');
  if (!/^-?\d+(\.\d{1,2})?$/.test(text)) return value || '—';
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = text.replace(/^-/, '').split('.');
  const grouped = new Intl.NumberFormat(localeTag()).format(BigInt(whole));
  const cents = (fraction + '00').slice(0, 2);
  const decimal = decimalSeparator();
  return `${negative ? '−' : ''}${grouped}${cents === '00' ? '' : decimal + cents} ${currency}`;
}

/** A change of staff in FTE, e.g. "1.50" → "1,5" (Czech, Polish) or "1.5" (English); "+" for a rise. */
export function formatFte(value: string): string {
  const text = normaliseDecimal(value);
  if (!/^-?\d+(\.\d+)?$/.test(text)) return value;
  const trimmed = text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
  const signed = trimmed.startsWith('-') ? `−${trimmed.slice(1)}` : trimmed === '0' ? trimmed : `+${trimmed}`;
  return signed.replace('.', decimalSeparator());
}
