/**
 * Awaits a row that a foreign key guarantees (e.g. a membership's person). Its absence means a
 * broken database, not bad input, so it is reported as an internal error.
 */
export async function required<T>(row: Promise<T | null>, what: string): Promise<T> {
  const found = await row;
  if (!found) throw new Error(`Missing ${what}.`);
  return found;
}
