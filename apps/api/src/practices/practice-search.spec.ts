import { practiceTsQuery, snippetParts } from './practice-search';

describe('practiceTsQuery', () => {
  it('makes the last word a prefix and adds stems of longer words', () => {
    expect(practiceTsQuery('pecovatel')).toBe('pecovatel:*');
    expect(practiceTsQuery('Pečovatelská služba')).toBe('(pečovatelská | pečovatelsk:*) & (služba:* | služb:*)');
  });

  it('ignores punctuation and operators typed by the visitor', () => {
    expect(practiceTsQuery(' !& dům | (sen) ')).toBe('dům & sen:*');
    expect(practiceTsQuery('  ?! ')).toBeNull();
    expect(practiceTsQuery(null)).toBeNull();
  });
});

describe('snippetParts', () => {
  it('marks the matched words and drops Markdown marks', () => {
    expect(snippetParts('**Odlehčovací** \u0002služba\u0003 pro [rodiny](https://x.test)')).toEqual([
      { text: 'Odlehčovací ', match: false },
      { text: 'služba', match: true },
      { text: ' pro rodiny', match: false },
    ]);
  });
});
