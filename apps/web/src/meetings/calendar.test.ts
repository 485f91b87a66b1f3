import { groupByDate, monthGrid, parseMonth, shiftMonth } from './calendar';

describe('month grid', () => {
  it('starts on Monday and pads with the neighbouring months', () => {
    // 1 March 2026 is a Sunday: the first row starts on Monday 23 February.
    const weeks = monthGrid(2026, 3);
    expect(weeks[0]?.[0]).toEqual({ date: '2026-02-23', day: 23, inMonth: false });
    expect(weeks[0]?.[6]).toEqual({ date: '2026-03-01', day: 1, inMonth: true });
    expect(weeks).toHaveLength(6);
    const last = weeks[weeks.length - 1]!;
    expect(last[1]).toEqual({ date: '2026-03-31', day: 31, inMonth: true });
    expect(last[6]).toEqual({ date: '2026-04-05', day: 5, inMonth: false });
  });

  it('has exactly four rows for a February starting on Monday', () => {
    const weeks = monthGrid(2021, 2);
    expect(weeks).toHaveLength(4);
    expect(weeks.flat().every((day) => day.inMonth)).toBe(true);
  });

  it('counts every day of the month once, leap years included', () => {
    expect(monthGrid(2028, 2).flat().filter((day) => day.inMonth)).toHaveLength(29);
    expect(monthGrid(2026, 2).flat().filter((day) => day.inMonth)).toHaveLength(28);
    for (const week of monthGrid(2026, 10)) expect(week).toHaveLength(7);
  });

  it('is not shifted by daylight saving time changes', () => {
    // Clocks change on 29 March and 25 October 2026 in Prague.
    const dates = [...monthGrid(2026, 3), ...monthGrid(2026, 10)].flat().map((day) => day.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect(dates).toContain('2026-03-29');
    expect(dates).toContain('2026-10-25');
  });
});

describe('month navigation', () => {
  it('moves across year boundaries', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2025-12', 1)).toBe('2026-01');
    expect(shiftMonth('2026-05', 14)).toBe('2027-07');
  });

  it('reads only valid months', () => {
    expect(parseMonth('2026-03')).toEqual({ year: 2026, month: 3 });
    expect(parseMonth('2026-13')).toBeUndefined();
    expect(parseMonth('march')).toBeUndefined();
    expect(parseMonth(null)).toBeUndefined();
  });
});

describe('groupByDate', () => {
  it('keeps the order of items on the same day', () => {
    const byDate = groupByDate(
      [
        { id: 'a', date: '2026-03-02' },
        { id: 'b', date: '2026-03-05' },
        { id: 'c', date: '2026-03-02' },
      ],
      (item) => item.date,
    );
    expect(byDate.get('2026-03-02')?.map((item) => item.id)).toEqual(['a', 'c']);
    expect(byDate.get('2026-03-05')?.map((item) => item.id)).toEqual(['b']);
    expect(byDate.get('2026-03-03')).toBeUndefined();
  });
});
