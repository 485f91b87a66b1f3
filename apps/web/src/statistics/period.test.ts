import { defaultPeriod, downloadUrl, isValidPeriod } from './period';

describe('statistics period', () => {
  it('defaults to this calendar year up to today', () => {
    expect(defaultPeriod('2026-05-14')).toEqual({ from: '2026-01-01', to: '2026-05-14' });
  });

  it('needs two dates in order', () => {
    expect(isValidPeriod('2026-01-01', '2026-01-01')).toBe(true);
    expect(isValidPeriod('2026-02-01', '2026-01-31')).toBe(false);
    expect(isValidPeriod('', '2026-01-31')).toBe(false);
  });

  it('links the CSV with the same filters', () => {
    expect(downloadUrl('csv', 'plzen', '2026-01-01', '2026-05-14', null)).toBe('/api/statistics.csv?area=plzen&from=2026-01-01&to=2026-05-14');
    expect(downloadUrl('csv', 'plzen', '2026-01-01', '2026-05-14', 'g1')).toBe('/api/statistics.csv?area=plzen&from=2026-01-01&to=2026-05-14&groupId=g1');
    expect(downloadUrl('xlsx', 'plzen', '2026-01-01', '2027-12-31', null, 'p1')).toBe('/api/statistics.xlsx?area=plzen&from=2026-01-01&to=2027-12-31&projectId=p1');
  });
});
