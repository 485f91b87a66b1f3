import { withChosen } from './organisation-options';

describe('options of a searched multi-select', () => {
  const known = new Map([
    ['o1', 'Diakonie Západ'],
    ['o2', 'Člověk v tísni'],
  ]);

  it('keeps every chosen organisation, by its known name, before what the search found', () => {
    const found = [{ value: 'o3', label: 'Ledovec' }];
    expect(withChosen(found, ['o1', 'o2'], known)).toEqual([
      { value: 'o1', label: 'Diakonie Západ' },
      { value: 'o2', label: 'Člověk v tísni' },
      { value: 'o3', label: 'Ledovec' },
    ]);
  });

  it('does not repeat a chosen organisation the search found', () => {
    const found = [
      { value: 'o1', label: 'Diakonie Západ' },
      { value: 'o3', label: 'Ledovec' },
    ];
    expect(withChosen(found, ['o1'], known)).toEqual(found);
    expect(withChosen([], [], known)).toEqual([]);
  });
});
