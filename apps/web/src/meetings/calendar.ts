/** A day cell of the month grid: its date ("YYYY-MM-DD") and whether it belongs to the shown month. */
export interface CalendarDay {
  date: string;
  day: number;
  inMonth: boolean;
}

/** A month as "YYYY-MM". */
export type MonthKey = string;

const pad = (value: number): string => String(value).padStart(2, '0');

export const monthKey = (year: number, month: number): MonthKey => `${year}-${pad(month)}`;

/** "2026-03" → { year: 2026, month: 3 }; anything unreadable gives undefined. */
export function parseMonth(value: string | null | undefined): { year: number; month: number } | undefined {
  const match = value?.match(/^(\d{4})-(\d{2})$/);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? { year, month } : undefined;
}

/** The month before or after ("2026-01", -1 → "2025-12"). */
export function shiftMonth(key: MonthKey, delta: number): MonthKey {
  const parsed = parseMonth(key);
  if (!parsed) return key;
  const index = parsed.year * 12 + (parsed.month - 1) + delta;
  return monthKey(Math.floor(index / 12), (index % 12) + 1);
}

/**
 * The weeks (Monday first, as in Czech and Polish calendars) covering a month: each week has
 * seven days; days of the neighbouring months fill the first and last week.
 * Dates are calendar dates, computed in UTC so the browser's time zone cannot shift them.
 */
export function monthGrid(year: number, month: number): CalendarDay[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const mondayOffset = (first.getUTCDay() + 6) % 7;
  const start = Date.UTC(year, month - 1, 1 - mondayOffset);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const weekCount = Math.ceil((mondayOffset + daysInMonth) / 7);
  const weeks: CalendarDay[][] = [];
  for (let w = 0; w < weekCount; w++) {
    const week: CalendarDay[] = [];
    for (let d = 0; d < 7; d++) {
      const date = new Date(start + (w * 7 + d) * 86_400_000);
      week.push({
        date: `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`,
        day: date.getUTCDate(),
        inMonth: date.getUTCMonth() === month - 1,
      });
    }
    weeks.push(week);
  }
  return weeks;
}

/** Items grouped by the calendar date ("YYYY-MM-DD") that `dateOf` gives, keeping their order. */
export function groupByDate<T>(items: readonly T[], dateOf: (item: T) => string): Map<string, T[]> {
  const byDate = new Map<string, T[]>();
  for (const item of items) {
    const date = dateOf(item);
    const list = byDate.get(date);
    if (list) list.push(item);
    else byDate.set(date, [item]);
  }
  return byDate;
}
