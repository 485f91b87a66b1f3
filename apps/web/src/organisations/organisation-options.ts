export interface Option {
  value: string;
  label: string;
}

/**
 * Options of a multi-select searched on the server: what the search found, plus every chosen
 * value it did not find (with the label it was known by), so chosen values never lose their name.
 */
export function withChosen(found: readonly Option[], chosen: readonly string[], known: ReadonlyMap<string, string>): Option[] {
  const listed = new Set(found.map((option) => option.value));
  const missing = chosen.filter((value) => !listed.has(value)).map((value) => ({ value, label: known.get(value) ?? value }));
  return [...missing, ...found];
}
