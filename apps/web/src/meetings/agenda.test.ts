import { emptyAgendaItem, fromAgenda, moveItem, removeItem, toAgendaInput, totalMinutes } from './agenda';

describe('agenda reordering', () => {
  const items = ['opening', 'report', 'discussion', 'closing'];

  it('moves an item up and down', () => {
    expect(moveItem(items, 2, 1)).toEqual(['opening', 'discussion', 'report', 'closing']);
    expect(moveItem(items, 0, 1)).toEqual(['report', 'opening', 'discussion', 'closing']);
    expect(moveItem(items, 1, 3)).toEqual(['opening', 'discussion', 'closing', 'report']);
  });

  it('keeps the list as it is at the edges and does not change the input', () => {
    expect(moveItem(items, 0, -1)).toEqual(items);
    expect(moveItem(items, 3, 4)).toEqual(items);
    expect(moveItem(items, 7, 0)).toEqual(items);
    expect(items).toEqual(['opening', 'report', 'discussion', 'closing']);
  });

  it('removes the item at an index', () => {
    expect(removeItem(items, 1)).toEqual(['opening', 'discussion', 'closing']);
  });
});

describe('agenda input', () => {
  it('trims, drops untitled items and parses durations', () => {
    const draft = [
      { ...emptyAgendaItem(), title: '  Zahájení ', durationMinutes: '10' },
      { ...emptyAgendaItem(), title: '   ' },
      { ...emptyAgendaItem(), title: 'Diskuse', presenterId: 'p1', durationMinutes: 'abc', notes: ' k opatření 2.1 ', measureId: 'm1', intentionId: 'i1' },
    ];
    expect(toAgendaInput(draft)).toEqual([
      { title: 'Zahájení', presenterId: null, notes: null, durationMinutes: 10, measureId: null, intentionId: null },
      { title: 'Diskuse', presenterId: 'p1', notes: 'k opatření 2.1', durationMinutes: null, measureId: 'm1', intentionId: 'i1' },
    ]);
  });

  it('round-trips a saved agenda and sums durations', () => {
    const saved = [
      { title: 'Zahájení', presenter: { id: 'p1' }, notes: null, durationMinutes: 10, measure: null, intention: null },
      { title: 'Diskuse', presenter: null, notes: 'poznámka', durationMinutes: null, measure: { id: 'm1' }, intention: { id: 'i1' } },
    ];
    const draft = fromAgenda(saved);
    expect(new Set(draft.map((item) => item.key)).size).toBe(2);
    expect(draft[1]).toMatchObject({ measureId: 'm1', intentionId: 'i1' });
    expect(toAgendaInput(draft)).toEqual([
      { title: 'Zahájení', presenterId: 'p1', notes: null, durationMinutes: 10, measureId: null, intentionId: null },
      { title: 'Diskuse', presenterId: null, notes: 'poznámka', durationMinutes: null, measureId: 'm1', intentionId: 'i1' },
    ]);
    expect(totalMinutes(saved)).toBe(10);
  });

  it('keeps the link to an intention the editor may not see', () => {
    const [item] = fromAgenda([{ title: 'Záměr jiného poskytovatele', presenter: null, notes: null, durationMinutes: null, measure: null, intention: null, intentionId: 'i9' }]);
    expect(toAgendaInput([item!])[0]).toMatchObject({ intentionId: 'i9' });
  });
});
