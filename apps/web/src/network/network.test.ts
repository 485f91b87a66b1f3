import { chartGroups, percentOf, roundScale, scaleTicks, signed } from './chart';
import { typeLabel } from './NetworkPage';

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

describe('the capacity chart', () => {
  it('ends its scale on a round number at or above the largest capacity', () => {
    expect([0, 1, 7, 10, 11, 23, 180, 240, 251, 4000, 4001].map(roundScale)).toEqual([1, 1, 10, 10, 20, 25, 200, 250, 500, 5000, 5000]);
    expect(scaleTicks(200)).toEqual([0, 50, 100, 150, 200]);
    expect(scaleTicks(250)).toEqual([0, 50, 100, 150, 200, 250]);
    expect(scaleTicks(5000)).toEqual([0, 1000, 2000, 3000, 4000, 5000]);
    expect(scaleTicks(1)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('draws bars as shares of the scale, never below zero or past the end', () => {
    expect(percentOf(50, 200)).toBe(25);
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(-10, 200)).toBe(0);
    expect(percentOf(300, 200)).toBe(100);
  });

  it('groups the service types by unit, each unit on its own scale', () => {
    const groups = chartGroups([
      { serviceType: 'HOME_CARE', unit: 'CLIENTS_AT_ONCE', current: 30, proposed: 36, change: 6 },
      { serviceType: 'HOMES_FOR_ELDERLY', unit: 'BEDS', current: 180, proposed: 150, change: -30 },
      { serviceType: 'PERSONAL_ASSISTANCE', unit: 'CLIENTS_AT_ONCE', current: 12, proposed: 12, change: 0 },
      { serviceType: 'SPECIAL_REGIME_HOMES', unit: 'BEDS', current: 0, proposed: 40, change: 40 },
    ]);
    expect(groups.map((group) => [group.unit, group.scale, group.current, group.proposed])).toEqual([
      ['CLIENTS_AT_ONCE', 50, 42, 48],
      ['BEDS', 200, 180, 190],
    ]);
    expect(groups[0]!.bars).toEqual([
      { serviceType: 'HOME_CARE', current: 30, proposed: 36, change: 6, currentPercent: 60, proposedPercent: 72 },
      { serviceType: 'PERSONAL_ASSISTANCE', current: 12, proposed: 12, change: 0, currentPercent: 24, proposedPercent: 24 },
    ]);
    expect(groups[1]!.bars.map((bar) => [bar.serviceType, bar.currentPercent, bar.proposedPercent])).toEqual([
      ['HOMES_FOR_ELDERLY', 90, 75],
      ['SPECIAL_REGIME_HOMES', 0, 20],
    ]);
  });

  it('has nothing to draw for an empty network', () => {
    expect(chartGroups([])).toEqual([]);
  });
});
