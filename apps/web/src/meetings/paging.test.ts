import { descendingWindow, takeDescending } from './paging';

describe('past meetings newest first', () => {
  const all = Array.from({ length: 45 }, (_, i) => i); // ascending: 0 is the oldest
  const ascendingPage = (page: number, size: number) => all.slice((page - 1) * size, page * size);
  const descendingPage = (page: number, size: number) => {
    const window = descendingWindow(all.length, page, size);
    return takeDescending(window, size, window.ascendingPages.map((p) => ascendingPage(p, size)));
  };

  it('gives full pages, newest first, from at most two ascending pages', () => {
    expect(descendingWindow(45, 1, 20).ascendingPages).toEqual([2, 3]);
    expect(descendingPage(1, 20)).toEqual(all.slice(25, 45).reverse());
    expect(descendingPage(2, 20)).toEqual(all.slice(5, 25).reverse());
    expect(descendingPage(3, 20)).toEqual([4, 3, 2, 1, 0]);
  });

  it('uses one page when the window is aligned and nothing past the end', () => {
    expect(descendingWindow(40, 1, 20).ascendingPages).toEqual([2]);
    expect(descendingWindow(0, 1, 20)).toEqual({ ascendingPages: [], start: 0, end: 0 });
    expect(descendingPage(4, 20)).toEqual([]);
  });
});
