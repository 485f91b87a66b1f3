import { Locale } from '../common/i18n/translate';
import { ColumnType } from './document-model';

const LOCALE_TAGS: Record<Locale, string> = { cs: 'cs-CZ', pl: 'pl-PL', en: 'en-GB' };
const NBSP = '\u00a0';
const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Exact decimal text ("1250000.5") as the reader writes it: "1 250 000,50" in Czech and Polish
 * (a non-breaking space between thousands, a decimal comma), "1,250,000.50" in English. Done on
 * the digits, never through a float. `places` pads or keeps the fraction (money has two).
 */
export function formatDecimal(text: string, locale: Locale, places?: number): string {
  const value = text.trim();
  if (!DECIMAL.test(value)) return text;
  const negative = value.startsWith('-');
  const [whole = '0', rawFraction = ''] = value.replace(/^-/, '').split('.');
  const fraction = places === undefined ? rawFraction : (rawFraction + '0'.repeat(places)).slice(0, places);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'en' ? ',' : NBSP);
  const number = fraction ? `${grouped}${locale === 'en' ? '.' : ','}${fraction}` : grouped;
  return negative && /[1-9]/.test(value) ? `−${number}` : number;
}

/** A money amount with two places. */
export const formatMoney = (text: string, locale: Locale): string => formatDecimal(text, locale, 2);

/** How a table cell is printed: money with two places, numbers as they are, text untouched. */
export function formatCell(text: string, type: ColumnType, locale: Locale): string {
  if (type === 'money') return formatMoney(text, locale);
  if (type === 'number') return formatDecimal(text, locale);
  return text;
}

/** An ISO date ("2026-03-05" or a full timestamp) as "5. 3. 2026" / "5.03.2026" / "5 March 2026". */
export function formatDate(iso: string | Date, locale: Locale): string {
  const date = typeof iso === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], {
    day: 'numeric',
    month: locale === 'en' ? 'long' : 'numeric',
    year: 'numeric',
    timeZone: 'Europe/Prague',
  }).format(date);
}
