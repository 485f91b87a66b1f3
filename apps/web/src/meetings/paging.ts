/**
 * The API lists meetings by start ascending. Past meetings read best newest first, so page `page`
 * of the descending list is cut from at most two ascending pages of the same size.
 */
export function descendingWindow(
  total: number,
  page: number,
  pageSize: number,
): { ascendingPages: number[]; start: number; end: number } {
  const end = Math.max(0, total - (page - 1) * pageSize); // exclusive index in ascending order
  const start = Math.max(0, end - pageSize);
  if (end === 0) return { ascendingPages: [], start: 0, end: 0 };
  const firstPage = Math.floor(start / pageSize) + 1;
  const lastPage = Math.floor((end - 1) / pageSize) + 1;
  const ascendingPages = firstPage === lastPage ? [firstPage] : [firstPage, lastPage];
  return { ascendingPages, start, end };
}

/** The items of the descending page, given the ascending pages `descendingWindow` asked for. */
export function takeDescending<T>(window: { ascendingPages: number[]; start: number; end: number }, pageSize: number, pages: readonly (readonly T[])[]): T[] {
  const first = window.ascendingPages[0];
  if (first === undefined) return [];
  const joined = pages.flat();
  const offset = (first - 1) * pageSize;
  return joined.slice(window.start - offset, window.end - offset).reverse();
}
