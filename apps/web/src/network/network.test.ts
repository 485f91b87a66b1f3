import { signed, typeLabel } from './NetworkPage';

describe('changes of capacity', () => {
  it('say their direction in text', () => {
    expect(signed(12)).toBe('+12');
    expect(signed(-5)).toBe('−5');
    expect(signed(0)).toBe('0');
  });
});

describe('service type labels', () => {
  it('read "§ 49 Domovy pro seniory" whatever the section looks like', () => {
    expect(typeLabel('49', 'domovy pro seniory')).toBe('§\u00a049 Domovy pro seniory');
    expect(typeLabel('§60a', 'intervenční centra')).toBe('§\u00a060a Intervenční centra');
  });
});
