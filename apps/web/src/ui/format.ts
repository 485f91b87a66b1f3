import { currentLocale } from '../i18n';

const LOCALE_TAGS = { cs: 'cs-CZ', pl: 'pl-PL', en: 'en-GB' } as const;
export const localeTag = (): string => LOCALE_TAGS[currentLocale()];

/** "út 3. 12. 2026 14:00" in the meeting's time zone and the reader's language. */
export function formatDateTime(iso: string, timeZone = 'Europe/Prague'): string {
  return new Intl.DateTimeFormat(localeTag(), {
    weekday: 'short',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
}

export function formatDate(iso: string, timeZone = 'Europe/Prague'): string {
  return new Intl.DateTimeFormat(localeTag(), { day: 'numeric', month: 'numeric', year: 'numeric', timeZone }).format(new Date(iso));
}

export function formatTime(iso: string, timeZone = 'Europe/Prague'): string {
  return new Intl.DateTimeFormat(localeTag(), { hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(iso));
}

/** "3. 12. 2026 14:00–16:00" (date shown once when start and end fall on the same day). */
export function formatRange(startIso: string, endIso: string, timeZone = 'Europe/Prague'): string {
  const sameDay = formatDate(startIso, timeZone) === formatDate(endIso, timeZone);
  return sameDay
    ? `${formatDateTime(startIso, timeZone)}–${formatTime(endIso, timeZone)}`
    : `${formatDateTime(startIso, timeZone)} – ${formatDateTime(endIso, timeZone)}`;
}

/** The decimal separator of the reader's language: "," in Czech and Polish, "." in English. */
export function decimalSeparator(): string {
  return new Intl.NumberFormat(localeTag()).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? ',';
}

export function formatNumber(value: number, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(localeTag(), { maximumFractionDigits }).format(value);
}

export function formatPercent(value: number): string {
  return new Intl.NumberFormat(localeTag(), { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/**
 * The wall-clock value for an <input type="datetime-local"> of an instant in a time zone, and back.
 * Meetings are scheduled in the area's zone (Europe/Prague) whatever the browser's zone is.
 */
export function toLocalInput(iso: string, timeZone = 'Europe/Prague'): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return `${parts['year']}-${parts['month']}-${parts['day']}T${parts['hour']}:${parts['minute']}`;
}

export function fromLocalInput(value: string, timeZone = 'Europe/Prague'): string {
  // Interpret the wall-clock time as UTC, then correct by the zone's offset at that moment.
  const asUtc = new Date(`${value}:00Z`);
  const offsetMinutes = (new Date(toLocalInput(asUtc.toISOString(), timeZone) + ':00Z').getTime() - asUtc.getTime()) / 60000;
  return new Date(asUtc.getTime() - offsetMinutes * 60000).toISOString();
}

/** A date-only value ("2026-03-01", no time zone) in the reader's language: "1. 3. 2026". */
export function formatDay(ymd: string): string {
  return new Intl.DateTimeFormat(localeTag(), { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${ymd}T00:00:00Z`),
  );
}

/** Today's date ("YYYY-MM-DD") in a time zone: the default of "since"/"until" inputs. */
export function todayIn(timeZone = 'Europe/Prague', now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * An exact decimal string of the API ("12345678.90") as money in the reader's language:
 * "12 345 678,90 Kč". Intl formats the string itself, so no float ever touches the amount.
 */
export function formatMoney(amount: string, currency = 'CZK'): string {
  return new Intl.NumberFormat(localeTag(), { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    amount as `${number}`,
  );
}
