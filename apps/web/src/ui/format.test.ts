import { fromLocalInput, toLocalInput } from './format';

describe('meeting times in the area time zone', () => {
  it('turns a Prague wall-clock time into the right instant in winter and summer', () => {
    expect(fromLocalInput('2026-12-03T14:00', 'Europe/Prague')).toBe('2026-12-03T13:00:00.000Z');
    expect(fromLocalInput('2026-06-03T14:00', 'Europe/Prague')).toBe('2026-06-03T12:00:00.000Z');
    expect(fromLocalInput('2026-06-03T14:00', 'Europe/Warsaw')).toBe('2026-06-03T12:00:00.000Z');
  });

  it('shows an instant as the Prague wall-clock time', () => {
    expect(toLocalInput('2026-12-03T13:00:00.000Z', 'Europe/Prague')).toBe('2026-12-03T14:00');
    expect(toLocalInput('2026-06-03T12:00:00.000Z', 'Europe/Prague')).toBe('2026-06-03T14:00');
  });
});
