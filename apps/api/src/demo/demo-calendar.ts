/**
 * Calendar arithmetic for the demo. Days are whole numbers (days since 1970-01-01) so that
 * "five weeks later" is plain addition; times of day are wall-clock times in Europe/Prague and
 * become UTC instants only at the end, with the offset that applies on that day (CET or CEST).
 */
export const DEMO_TIME_ZONE = 'Europe/Prague';

const DAY_MS = 24 * 3600 * 1000;

const PRAGUE = new Intl.DateTimeFormat('en-GB', {
  timeZone: DEMO_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Local fields of an instant in Prague. */
function pragueFields(instant: Date): { year: number; month: number; day: number; hour: number; minute: number } {
  const parts = Object.fromEntries(PRAGUE.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
  };
}

/** Minutes Prague is ahead of UTC at an instant: 60 in winter (CET), 120 in summer (CEST). */
function pragueOffsetMinutes(instant: Date): number {
  const local = pragueFields(instant);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60000) * 60000) / 60000);
}

export function dayOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** The day it is in Prague at an instant. */
export function pragueDay(instant: Date): number {
  const local = pragueFields(instant);
  return dayOf(local.year, local.month, local.day);
}

/** The instant at which Prague clocks show `hour:minute` on `day`. */
export function pragueInstant(day: number, hour: number, minute = 0): Date {
  const wall = day * DAY_MS + (hour * 60 + minute) * 60000;
  const first = wall - pragueOffsetMinutes(new Date(wall)) * 60000;
  return new Date(wall - pragueOffsetMinutes(new Date(first)) * 60000);
}

export function dateParts(day: number): { year: number; month: number; day: number; weekday: number } {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), weekday: date.getUTCDay() };
}

/** YYYY-MM-DD. */
export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** A date the Czech way: "12. 3. 2026". */
export function czechDate(day: number): string {
  const { year, month, day: dayOfMonth } = dateParts(day);
  return `${dayOfMonth}. ${month}. ${year}`;
}

/** A time the Czech way: "9:00". */
export function czechTime(hour: number, minute: number): string {
  return `${hour}:${String(minute).padStart(2, '0')}`;
}

export const CZECH_MONTHS = [
  'leden', 'únor', 'březen', 'duben', 'květen', 'červen', 'červenec', 'srpen', 'září', 'říjen', 'listopad', 'prosinec',
] as const;

/** Easter Sunday (Gregorian computus, Meeus/Jones/Butcher). */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
  return dayOf(year, month, dayOfMonth);
}

const FIXED_HOLIDAYS = ['01-01', '05-01', '05-08', '07-05', '07-06', '09-28', '10-28', '11-17', '12-24', '12-25', '12-26'];

/** Czech public holidays (státní svátky and ostatní svátky), Good Friday and Easter Monday included. */
export function isCzechHoliday(day: number): boolean {
  const { year } = dateParts(day);
  if (FIXED_HOLIDAYS.includes(isoDate(day).slice(5))) return true;
  const easter = easterSunday(year);
  return day === easter - 2 || day === easter + 1;
}

/** Monday to Friday and not a public holiday. */
export function isWorkingDay(day: number): boolean {
  const { weekday } = dateParts(day);
  return weekday >= 1 && weekday <= 5 && !isCzechHoliday(day);
}

/** The first day on or after `day` that falls on `weekday` (0 = Sunday) and is a working day. */
export function nextWorkingWeekday(day: number, weekday: number): number {
  let candidate = day;
  while (dateParts(candidate).weekday !== weekday || !isWorkingDay(candidate)) candidate += 1;
  return candidate;
}
