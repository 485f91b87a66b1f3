import { formatDay, formatMoney, fromLocalInput, todayIn, toLocalInput } from './format';

describe('meeting times in the area time zone', () => {
  it('turns a Prague wall-clock time into the right instant in winter and summer', () => {
    expect(fromLocalInput('2026-12-03T14:00', 'Europe/Prague')).toBe('2026-12-03T13:00:00.000Z');
    expect(fromLocalInput('2026-06-03T14:00', 'Europe/Prague')).toBe('2026-06-03T12:00:00.000Z');
    expect(fromLocalInput('2026-06-03T14:00', 'Europe/Warsaw')).toBe('2026-06-03T12:00:00.000Z');
  });

  it('shows an instant as the Prague wall-clock time', () => {
    expect(toLocalInput('2026-12-03T13:00:00.000Z', 'Europe/Prague')).toBe('2026-12-03T14:00');
    expect(toLocalInput('2026-06-03T12:00:00.000Z', 'Europe/Prague')).toBe('2026-06-03T14:00');
  });
});

describe('date-only values', () => {
  it('shows a day without shifting it by the time zone', () => {
    expect(formatDay('2026-03-01')).toBe('1. 3. 2026');
  });

  it("takes today's date in the area's zone, not the browser's", () => {
    // 23:30 UTC on 31 December is already 1 January in Prague.
    expect(todayIn('Europe/Prague', new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(todayIn('UTC', new Date('2025-12-31T23:30:00Z'))).toBe('2025-12-31');
  });
});

describe('money', () => {
  it('formats the exact decimal string in the locale, beyond what a float keeps', () => {
    expect(formatMoney('12345678.90').replace(/\s/g, ' ')).toBe('12 345 678,90 Kč');
    // 2^53 + 1 haléřů: a float would round the last digit.
    expect(formatMoney('90071992547409.93').replace(/\s/g, ' ')).toBe('90 071 992 547 409,93 Kč');
    expect(formatMoney('0.00').replace(/\s/g, ' ')).toBe('0,00 Kč');
  });
});
