import { formatDecimal, formatMoney } from './document-format';
import { fitColumnWidths } from './document-model';
import { markdownToBlocks, parseInline } from './markdown';

describe('markdownToBlocks', () => {
  it.each([
    ['a paragraph of joined lines', 'První řádek\ndruhý řádek', [{ kind: 'paragraph', runs: [{ text: 'První řádek druhý řádek' }] }]],
    [
      'two paragraphs',
      'Jedna.\n\nDvě.',
      [
        { kind: 'paragraph', runs: [{ text: 'Jedna.' }] },
        { kind: 'paragraph', runs: [{ text: 'Dvě.' }] },
      ],
    ],
    [
      'headings of three levels',
      '# Úvod\n## Cíle ##\n### Jak',
      [
        { kind: 'heading', level: 1, text: 'Úvod' },
        { kind: 'heading', level: 2, text: 'Cíle' },
        { kind: 'heading', level: 3, text: 'Jak' },
      ],
    ],
    ['a heading with marks keeps its text', '## **Důležité** cíle', [{ kind: 'heading', level: 2, text: 'Důležité cíle' }]],
    [
      'a bullet list, with an indented continuation',
      '- ťukat\n- ďobat\n  dál\n* žďárat',
      [{ kind: 'list', ordered: false, items: [[{ text: 'ťukat' }], [{ text: 'ďobat dál' }], [{ text: 'žďárat' }]] }],
    ],
    [
      'a numbered list across a blank line',
      '1. první\n\n2. druhá',
      [{ kind: 'list', ordered: true, items: [[{ text: 'první' }], [{ text: 'druhá' }]] }],
    ],
    [
      'a paragraph, then a list, then a paragraph',
      'Úvod:\n- bod\nKonec.',
      [
        { kind: 'paragraph', runs: [{ text: 'Úvod:' }] },
        { kind: 'list', ordered: false, items: [[{ text: 'bod' }]] },
        { kind: 'paragraph', runs: [{ text: 'Konec.' }] },
      ],
    ],
    [
      'a bullet list after a numbered one is a new list',
      '1. a\n- b',
      [
        { kind: 'list', ordered: true, items: [[{ text: 'a' }]] },
        { kind: 'list', ordered: false, items: [[{ text: 'b' }]] },
      ],
    ],
    ['Windows line ends and surrounding blank lines', '\r\n\r\nText\r\n\r\n', [{ kind: 'paragraph', runs: [{ text: 'Text' }] }]],
    ['nothing', '', []],
  ])('%s', (_, markdown, blocks) => {
    expect(markdownToBlocks(markdown)).toEqual(blocks);
  });

  it('moves headings down by the offset and stops at level 3', () => {
    expect(markdownToBlocks('# A\n## B\n### C', { headingOffset: 1 }).map((block) => block.kind === 'heading' && block.level)).toEqual([2, 3, 3]);
  });
});

describe('parseInline', () => {
  it.each([
    ['plain text', 'zażółć gęślą jaźń', [{ text: 'zażółć gęślą jaźń' }]],
    ['bold', 'a **tučně** b', [{ text: 'a ' }, { text: 'tučně', bold: true }, { text: ' b' }]],
    ['italic', '*kurzíva*', [{ text: 'kurzíva', italic: true }]],
    ['bold and italic together', '***obojí***', [{ text: 'obojí', bold: true, italic: true }]],
    ['italic inside bold', '**a *b* c**', [{ text: 'a ', bold: true }, { text: 'b', bold: true, italic: true }, { text: ' c', bold: true }]],
    ['an unclosed marker is text', '**jen začátek', [{ text: '**jen začátek' }]],
    ['stars around spaces are text', '5 * 3 * 2', [{ text: '5 * 3 * 2' }]],
    ['an escaped star', '\\*nezvýrazněno\\*', [{ text: '*nezvýrazněno*' }]],
  ])('%s', (_, text, runs) => {
    expect(parseInline(text)).toEqual(runs);
  });
});

describe('number formats', () => {
  it.each([
    ['1250000.5', 'cs', '1\u00a0250\u00a0000,50'],
    ['1250000.5', 'pl', '1\u00a0250\u00a0000,50'],
    ['1250000.5', 'en', '1,250,000.50'],
    ['999999999999.99', 'cs', '999\u00a0999\u00a0999\u00a0999,99'],
    ['0', 'cs', '0,00'],
    ['-0.05', 'en', '−0.05'],
    ['není číslo', 'cs', 'není číslo'],
  ] as const)('money %s in %s', (value, locale, shown) => {
    expect(formatMoney(value, locale)).toBe(shown);
  });

  it('keeps the places of other numbers', () => {
    expect(formatDecimal('1500.5', 'cs')).toBe('1\u00a0500,5');
    expect(formatDecimal('120', 'pl')).toBe('120');
  });
});

describe('fitColumnWidths', () => {
  const columns = [
    { header: 'a', type: 'text' as const, width: 3 },
    { header: 'b', type: 'money' as const, width: 1 },
  ];
  it('shares the width by the columns’ weights when everything fits', () => {
    expect(fitColumnWidths(columns, 400, [0, 50])).toEqual([300, 100]);
  });
  it('widens an amount column at the expense of the text column', () => {
    expect(fitColumnWidths(columns, 400, [0, 160])).toEqual([240, 160]);
  });
});
