/** The default reporting period: 1 January of this year up to today ("YYYY-MM-DD" in the area zone). */
export function defaultPeriod(today: string): { from: string; to: string } {
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Both dates filled in and in order (the API refuses periods longer than five years on its own). */
export const isValidPeriod = (from: string, to: string): boolean => DATE.test(from) && DATE.test(to) && from <= to;

/** The CSV or XLSX download of the same figures (the session cookie authorises it). */
export function downloadUrl(format: 'csv' | 'xlsx', area: string, from: string, to: string, groupId: string | null, projectId: string | null = null): string {
  const params = new URLSearchParams({ area, from, to });
  if (groupId) params.set('groupId', groupId);
  if (projectId) params.set('projectId', projectId);
  return `/api/statistics.${format}?${params.toString()}`;
}
