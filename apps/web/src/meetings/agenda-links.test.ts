import { intentionLabel, measureLabel, measureOptionGroups } from './agenda-links';

describe('agenda item pickers', () => {
  it('lists the measures of each plan in tree order under the plan, leaving out plans without measures', () => {
    const plans = [
      {
        title: 'Plán 2025–2027',
        priorities: [
          { goals: [{ measures: [{ id: 'm1', number: '1.1.1', title: 'Odlehčovací služba' }] }, { measures: [] }] },
          { goals: [{ measures: [{ id: 'm2', number: '2.1.1', title: 'Housing First' }, { id: 'm3', number: '2.1.2', title: 'Terénní programy' }] }] },
        ],
      },
      { title: 'Plán 2028–2030', priorities: [{ goals: [] }] },
    ];
    expect(measureOptionGroups(plans)).toEqual([
      {
        group: 'Plán 2025–2027',
        items: [
          { value: 'm1', label: '1.1.1 Odlehčovací služba' },
          { value: 'm2', label: '2.1.1 Housing First' },
          { value: 'm3', label: '2.1.2 Terénní programy' },
        ],
      },
    ]);
    expect(measureLabel({ number: '2.1.3', title: 'Senior taxi' })).toBe('2.1.3 Senior taxi');
  });

  it('names an intention by its provider and the registered or new service, with the year when asked', () => {
    const organisation = { name: 'Diakonie Západ' };
    expect(intentionLabel({ organisation, service: { name: 'Osobní asistence' }, newServiceName: null, startYear: 2027 }, (year) => `od roku ${year}`)).toBe(
      'Diakonie Západ – Osobní asistence (od roku 2027)',
    );
    expect(intentionLabel({ organisation, service: null, newServiceName: 'Odlehčovací služba terénní', startYear: 2027 })).toBe(
      'Diakonie Západ – Odlehčovací služba terénní',
    );
    expect(intentionLabel({ organisation, service: null, newServiceName: null })).toBe('Diakonie Západ');
  });
});
