import { localeTag } from '../ui/format';
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
  const decimal = localeTag() === 'en-GB' ? '.' : ',';
  return `${negative ? '−' : ''}${grouped}${cents === '00' ? '' : decimal + cents} ${currency}`;
}
