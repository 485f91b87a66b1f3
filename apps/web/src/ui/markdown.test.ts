import { parseMarkdown } from './markdown';

describe('the Markdown of minutes', () => {
  it('reads headings, lists, paragraphs and bold text', () => {
    const blocks = parseMarkdown('## Průběh\n\nSkupina **schválila** zápis.\nDalší řádek.\n\n- první\n- druhý\n\n1. bod\n2. bod');
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, content: [{ text: 'Průběh', bold: false }] },
      {
        kind: 'paragraph',
        lines: [
          [
            { text: 'Skupina ', bold: false },
            { text: 'schválila', bold: true },
            { text: ' zápis.', bold: false },
          ],
          [{ text: 'Další řádek.', bold: false }],
        ],
      },
      { kind: 'list', ordered: false, items: [[{ text: 'první', bold: false }], [{ text: 'druhý', bold: false }]] },
      { kind: 'list', ordered: true, items: [[{ text: 'bod', bold: false }], [{ text: 'bod', bold: false }]] },
    ]);
  });

  it('keeps markup it does not know as text', () => {
    expect(parseMarkdown('<script>alert(1)</script>')).toEqual([
      { kind: 'paragraph', lines: [[{ text: '<script>alert(1)</script>', bold: false }]] },
    ]);
  });
});
