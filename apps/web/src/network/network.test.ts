import { signed } from './NetworkPage';

describe('changes of capacity', () => {
  it('say their direction in text', () => {
    expect(signed(12)).toBe('+12');
    expect(signed(-5)).toBe('−5');
    expect(signed(0)).toBe('0');
  });
});
