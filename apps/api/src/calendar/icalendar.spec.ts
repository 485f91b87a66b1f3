import { escapeText, foldLine, renderCalendar, utcDateTime } from './icalendar';

describe('iCalendar writer', () => {
  it('escapes backslashes, semicolons, commas and line breaks in text', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it('folds long lines at 75 octets with a leading space', () => {
    const line = `SUMMARY:${'x'.repeat(200)}`;
    const parts = foldLine(line).split('\r\n');
    expect(parts.length).toBe(3);
    expect(Buffer.byteLength(parts[0]!)).toBe(75);
    expect(parts.slice(1).every((part) => part.startsWith(' ') && Buffer.byteLength(part) <= 75)).toBe(true);
    expect(parts.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('never splits a multi-byte character when folding', () => {
    const line = `SUMMARY:${'ř'.repeat(100)}`;
    const parts = foldLine(line).split('\r\n');
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(parts.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
    expect(parts.join('')).not.toContain('\uFFFD');
  });

  it('keeps short lines as they are', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
  });

  it('writes UTC date-times', () => {
    expect(utcDateTime(new Date('2025-03-01T09:30:00.000Z'))).toBe('20250301T093000Z');
  });

  it('renders a calendar with CRLF line ends and a cancelled event', () => {
    const text = renderCalendar({
      name: 'Plzeň, jednání',
      locale: 'cs',
      stamp: new Date('2025-01-01T00:00:00Z'),
      events: [
        {
          uid: 'abc@komplan',
          start: new Date('2025-03-01T09:00:00Z'),
          end: new Date('2025-03-01T11:00:00Z'),
          summary: 'PS Senioři; 3. jednání',
          location: 'Magistrát, místnost 1',
          cancelled: true,
        },
      ],
    });
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(text).toContain('X-WR-CALNAME:Plzeň\\, jednání\r\n');
    expect(text).toContain('SUMMARY:PS Senioři\\; 3. jednání\r\n');
    expect(text).toContain('LOCATION:Magistrát\\, místnost 1\r\n');
    expect(text).toContain('DTSTART:20250301T090000Z\r\nDTEND:20250301T110000Z\r\n');
    expect(text).toContain('STATUS:CANCELLED\r\n');
    expect(text).toContain('METHOD:PUBLISH\r\n');
  });
});
