/**
 * A small writer of iCalendar (RFC 5545) for published meeting calendars: text escaping,
 * line folding at 75 octets, CRLF line ends, UTC date-times.
 */
import type { Locale } from '../common/i18n/translate';

export interface CalendarEvent {
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location?: string | null;
  description?: string | null;
  url?: string | null;
  cancelled?: boolean;
  lastModified?: Date;
}

export interface CalendarDocument {
  name: string;
  /** The language of the texts Komplan adds (the description, "cancelled"): PRODID names it. */
  locale: Locale;
  /** X-WR-CALDESC, shown by calendar apps under the name. */
  description?: string;
  events: CalendarEvent[];
  /** DTSTAMP of every event: when this document was produced. */
  stamp?: Date;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line so that no line is longer than 75 octets (RFC 5545 §3.1); continuation
 * lines start with one space. Multi-byte UTF-8 characters are never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** A UTC date-time, e.g. 20250301T090000Z. */
export function utcDateTime(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function property(name: string, value: string): string {
  return foldLine(`${name}:${value}`);
}

export function renderCalendar(document: CalendarDocument): string {
  const stamp = utcDateTime(document.stamp ?? new Date());
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    property('PRODID', `-//Komplan//Komunitni planovani//${document.locale.toUpperCase()}`),
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    property('X-WR-CALNAME', escapeText(document.name)),
  ];
  if (document.description) lines.push(property('X-WR-CALDESC', escapeText(document.description)));
  for (const event of document.events) {
    lines.push(
      'BEGIN:VEVENT',
      property('UID', event.uid),
      `DTSTAMP:${stamp}`,
      `DTSTART:${utcDateTime(event.start)}`,
      `DTEND:${utcDateTime(event.end)}`,
      property('SUMMARY', escapeText(event.summary)),
    );
    if (event.location) lines.push(property('LOCATION', escapeText(event.location)));
    if (event.description) lines.push(property('DESCRIPTION', escapeText(event.description)));
    if (event.url) lines.push(property('URL', event.url));
    if (event.lastModified) lines.push(`LAST-MODIFIED:${utcDateTime(event.lastModified)}`);
    lines.push(event.cancelled ? 'STATUS:CANCELLED' : 'STATUS:CONFIRMED', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.join(CRLF) + CRLF;
}
