import { anchorQuote, clearHighlights, highlightPassages, passageFromRange, passageFromSelection } from './passage-anchoring';

function reader(): HTMLElement {
  document.body.innerHTML = `
    <article id="draft">
      <section data-quote-section="s1">
        <h2>Úvod</h2>
        <div data-quote-field="body"><p>Akční plán navazuje na <strong>střednědobý plán</strong> a popisuje,</p><p>co se udělá pro seniory a pro rodiny s dětmi.</p></div>
      </section>
      <div data-quote-measure="m1">
        <h3 data-quote-field="title">Rozšíření pečovatelské služby</h3>
        <p data-quote-field="rationale">Roste počet seniorů. Počet seniorů žijících sami roste nejrychleji.</p>
      </div>
    </article>`;
  return document.getElementById('draft')!;
}

const textNode = (selector: string, index = 0) => document.querySelector(selector)!.childNodes[index]!;

describe('passage selection', () => {
  it('turns a selection across elements into offsets over the field text with context', () => {
    const root = reader();
    const range = document.createRange();
    // From "střednědobý" (inside <strong>) to "popisuje" in the same paragraph.
    range.setStart(textNode('strong'), 0);
    range.setEnd(textNode('[data-quote-field="body"] p', 2), 11);
    const passage = passageFromRange(range, root)!;
    const text = document.querySelector('[data-quote-field="body"]')!.textContent!;
    expect(passage).toMatchObject({ target: 'PASSAGE', sectionId: 's1', planMeasureId: null, field: 'body', exact: 'střednědobý plán a popisuje' });
    expect(text.slice(passage.start, passage.end)).toBe(passage.exact);
    expect(passage.prefix).toBe('Akční plán navazuje na ');
    expect(passage.suffix).toBe(',co se udělá pro seniory a pro r');
    expect(passage.suffix).toHaveLength(32);
  });

  it('trims whitespace, names the measure, and refuses empty or cross-field selections', () => {
    const root = reader();
    const rationale = textNode('[data-quote-field="rationale"]');
    const range = document.createRange();
    range.setStart(rationale, 5);
    range.setEnd(rationale, 21);
    expect(passageFromRange(range, root)).toMatchObject({ planMeasureId: 'm1', sectionId: null, field: 'rationale', exact: 'počet seniorů.', start: 6, end: 20 });
    const across = document.createRange();
    across.setStart(textNode('[data-quote-field="title"]'), 3);
    across.setEnd(rationale, 4);
    expect(passageFromRange(across, root)).toBeNull();
    const blank = document.createRange();
    blank.setStart(rationale, 5);
    blank.setEnd(rationale, 6);
    expect(passageFromRange(blank, root)).toBeNull();
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    expect(passageFromSelection(selection, root)).toBeNull();
    selection.addRange(range);
    expect(passageFromSelection(selection, root)?.exact).toBe('počet seniorů.');
  });
});

describe('anchoring', () => {
  const text = 'Roste počet seniorů. Počet seniorů žijících sami roste nejrychleji.';

  it('keeps the stored position when the exact words are there', () => {
    expect(anchorQuote(text, { exact: 'seniorů', start: 27 })).toEqual({ start: 27, end: 34 });
  });

  it('finds the words by their context when the position no longer fits', () => {
    // The second "seniorů" by its prefix, although the stored position points elsewhere.
    expect(anchorQuote(text, { exact: 'seniorů', prefix: 'Počet ', suffix: ' žijících', start: 3 })).toEqual({ start: 27, end: 34 });
    expect(anchorQuote(`Nový úvod. ${text}`, { exact: 'seniorů', prefix: 'Roste počet ', suffix: '. Počet', start: 12 })).toEqual({ start: 23, end: 30 });
    expect(anchorQuote(text, { exact: 'důchodců', start: 12 })).toBeNull();
  });

  it('wraps quotes in marks across inline elements, again after a reload, and reports the lost ones', () => {
    const root = reader();
    const body = document.querySelector('[data-quote-field="body"]')!;
    const before = body.textContent;
    const range = document.createRange();
    range.setStart(textNode('[data-quote-field="body"] p', 0), 11);
    range.setEnd(textNode('strong'), 11);
    const passage = passageFromRange(range, root)!;
    expect(passage.exact).toBe('navazuje na střednědobý');
    const comments = [
      { id: 'c1', sectionId: 's1', quoteField: 'body', quoteExact: passage.exact, quotePrefix: passage.prefix, quoteSuffix: passage.suffix, quoteStart: passage.start, quoteEnd: passage.end },
      { id: 'c2', planMeasureId: 'm1', quoteField: 'rationale', quoteExact: 'seniorů', quotePrefix: 'Počet ', quoteSuffix: ' žijících', quoteStart: 0, quoteEnd: 7 },
      { id: 'c3', sectionId: 's1', quoteField: 'body', quoteExact: 'co už neplatí', quoteStart: 1, quoteEnd: 14 },
      { id: 'c4', sectionId: 'gone', quoteField: 'body', quoteExact: 'plán', quoteStart: 0, quoteEnd: 4 },
    ];
    expect(highlightPassages(root, comments)).toEqual({ anchored: ['c1', 'c2'], orphaned: ['c3', 'c4'] });
    const marks = Array.from(root.querySelectorAll('mark[data-comment-id="c1"]'));
    expect(marks.map((m) => m.textContent).join('')).toBe('navazuje na střednědobý');
    expect(marks).toHaveLength(2);
    expect(root.querySelector('mark[data-comment-id="c2"]')!.previousSibling!.textContent).toBe('Roste počet seniorů. Počet ');
    expect(body.textContent).toBe(before);
    // Highlighting again (e.g. after new comments arrive) gives the same marks, not nested ones.
    highlightPassages(root, comments);
    expect(root.querySelectorAll('mark')).toHaveLength(3);
    clearHighlights(root);
    expect(root.querySelectorAll('mark')).toHaveLength(0);
    expect(body.innerHTML).toContain('<strong>střednědobý plán</strong>');
  });
});
