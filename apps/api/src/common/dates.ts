/** Today's date (YYYY-MM-DD) in the given IANA time zone, e.g. the area's. */
export function todayIn(timeZone: string, at: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** The hour of the day (0–23) at the given moment in the given IANA time zone. */
export function hourIn(timeZone: string, at: Date = new Date()): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(at));
}
