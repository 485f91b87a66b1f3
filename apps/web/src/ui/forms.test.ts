import { orNull } from './forms';

describe('optional text', () => {
  it('sends empty text as null and trims the rest', () => {
    expect(orNull('  ')).toBeNull();
    expect(orNull(null)).toBeNull();
    expect(orNull(' a ')).toBe('a');
  });
});
