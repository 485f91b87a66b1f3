import JSZip from 'jszip';
import { buildActionPlanDocument } from '../src/documents/action-plan-document';
import { DocumentModel } from '../src/documents/document-model';
import { renderDocx } from '../src/documents/docx-renderer';
import { renderPdf } from '../src/documents/pdf-renderer';
import { buildSettlementDocument } from '../src/documents/settlement-document';
import { SettlementOutcome } from '../src/comments/comment.enums';
import { FundingSource } from '../src/measures/measure.enums';
import { aMeasure, aPlanInput, aSettlementInput, aSettlementRow } from './document-fixtures';
import { pdfPages, plain } from './pdf-text';

const NBSP = '\u00a0';
const createdAt = new Date('2026-03-05T10:00:00Z');

async function docxPart(buffer: Buffer, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const file = zip.file(path);
  if (!file) throw new Error(`${path} is not in the DOCX`);
  return file.async('string');
}

/** The text of Word's runs (w:t) in order, paragraph by paragraph. */
const wordParagraphs = (xml: string): string[] =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));

const pageCountOf = (pdf: Buffer): number => Number(/\/Type \/Pages\s*\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1]);

describe('the action plan document (model)', () => {
  it('groups measures into priority → goal → measure headings, in the order of the strategy', () => {
    const model = buildActionPlanDocument(aPlanInput(3), 'cs');
    const headings = model.blocks.flatMap((block) => (block.kind === 'heading' ? [`${block.level} ${block.text}`] : []));
    expect(headings).toEqual([
      '1 Úvod',
      '2 Proč plán',
      '1 Analýza',
      '1 Strategie a opatření',
      '1 1 Senioři doma',
      '2 1.1 Dostupná pomoc v rodinách',
      '3 1.1.1 Odlehčovací služba 1',
      '3 1.1.3 Odlehčovací služba 3',
      '1 2 Rodiny s dětmi',
      '2 2.1 Dostupná pomoc v rodinách',
      '3 2.1.2 Odlehčovací služba 2',
      '1 Souhrnný rozpočet',
    ]);
  });

  it('adds the budget exactly, in hundredths, where floats would drift', () => {
    // 0.1 + 0.2 in floats is 0.30000000000000004; 999999999999.99 + 0.01 loses the cents in a double's neighbours.
    const measures = [
      aMeasure(0, { costs: [{ year: 2026, source: FundingSource.STATE, amount: '0.1' }, { year: 2026, source: FundingSource.STATE, amount: '0.2' }] }),
      aMeasure(2, { costs: [{ year: 2026, source: FundingSource.STATE, amount: '999999999999.99' }, { year: 2027, source: FundingSource.OTHER, amount: '0.01' }] }),
    ];
    const model = buildActionPlanDocument(aPlanInput(0, { measures }), 'cs');
    const tables = model.blocks.filter((block) => block.kind === 'table');
    const budget = tables[tables.length - 1]!;
    expect(budget.columns.map((column) => column.header)).toEqual(['Priorita (Kč)', 'stát', 'jiné zdroje', 'Celkem']);
    expect(budget.rows).toEqual([['1 Senioři doma', '1000000000000.29', '0.01', '1000000000000.30']]);
    expect(budget.totals).toEqual(['Celkem', '1000000000000.29', '0.01', '1000000000000.30']);
    const firstCosts = tables.find((table) => table.columns[0]!.header === 'Rok')!;
    expect(firstCosts.rows).toEqual([['2026', '0.30', '0.30']]);
  });

  it('translates the labels and the funding sources', () => {
    const model = buildActionPlanDocument(aPlanInput(1), 'pl');
    const budget = model.blocks.filter((block) => block.kind === 'table').pop()!;
    expect(budget.columns.map((column) => column.header)).toEqual(['Priorytet (Kč)', 'gmina', 'województwo', 'fundusze UE', 'Razem']);
    expect(model.meta.details).toContainEqual({ label: 'Przyjęto', value: 'Zastupitelstvo města Plzně, uchwała nr ZM/123/2026 z dnia 16.04.2026' });
  });
});

describe('DOCX', () => {
  let xml: string;
  let footer: string;
  beforeAll(async () => {
    const docx = await renderDocx(buildActionPlanDocument(aPlanInput(4), 'cs'), { createdAt });
    xml = await docxPart(docx, 'word/document.xml');
    footer = (await Promise.all(['word/footer1.xml', 'word/footer2.xml'].map((path) => docxPart(docx, path)))).join('');
  });

  it('holds the Czech and Polish text of the sections', () => {
    const paragraphs = wordParagraphs(xml);
    expect(paragraphs).toContain('Žluťoučký kůň úpěl ďábelské ódy.');
    expect(paragraphs).toContain('Zażółć gęślą jaźń.');
    expect(paragraphs).toContain('Ve městě žije 38 000 seniorů.');
  });

  it('writes headings in Word’s heading styles and a contents field listing them', () => {
    expect(xml).toMatch(/<w:pStyle w:val="Heading3"\/>[\s\S]*?1\.1\.1 Odlehčovací služba 1/);
    expect(xml).toContain('TOC \\h \\o &quot;1-3&quot;');
    const contents = xml.slice(xml.indexOf('<w:sdtContent>'), xml.indexOf('</w:sdtContent>'));
    for (const heading of ['Úvod', 'Strategie a opatření', '1.1.1 Odlehčovací služba 1', '2.1.4 Odlehčovací služba 4', 'Souhrnný rozpočet']) {
      expect(contents).toContain(`>${heading}<`);
    }
  });

  it('prints tables with a repeated header, amounts right-aligned in Czech format, and the totals', () => {
    expect(xml).toContain('<w:tblHeader/>');
    const paragraphs = wordParagraphs(xml);
    // Four measures: 2 × 100 000,10 municipality, 250 000,25 EU and 0,05 region each.
    // Four measures, each 2 × 100 000,10 from the municipality, 0,05 from the region and 250 000,25 from EU funds.
    const budget = xml.slice(xml.lastIndexOf('<w:tbl>'));
    expect(wordParagraphs(budget).slice(-6, -1)).toEqual(['Celkem', `800${NBSP}000,80`, '0,20', `1${NBSP}000${NBSP}001,00`, `1${NBSP}800${NBSP}002,00`]);
    expect(budget).toMatch(new RegExp(`<w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:b/><w:bCs/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr><w:t xml:space="preserve">800${NBSP}000,80<`));
    expect(paragraphs).toContain('Podpořené osoby');
    expect(paragraphs).toContain(`1${NBSP}500,5`);
  });

  it('numbers the pages in the footer as "strana X z Y"', () => {
    expect(footer).toContain('strana ');
    expect(footer).toMatch(/PAGE[\s\S]*z [\s\S]*NUMPAGES/);
  });

  it('turns the settlement table’s pages to landscape and translates stances and outcomes', async () => {
    const rows = [aSettlementRow(1), aSettlementRow(2, { outcome: SettlementOutcome.REJECTED, changeMade: null })];
    const docx = await renderDocx(buildSettlementDocument(aSettlementInput(0, { rows }), 'pl'), { createdAt });
    const document = await docxPart(docx, 'word/document.xml');
    expect(document).toContain('w:orient="landscape"');
    const paragraphs = wordParagraphs(document);
    expect(paragraphs).toEqual(expect.arrayContaining(['Zestawienie uwag wraz ze sposobem ich rozpatrzenia', 'sprzeciw', 'uwzględniono częściowo', 'nie uwzględniono', 'Jana Nováková 2']));
    expect(paragraphs).toContain('Připomínka číslo 2: doplnit odlehčovací službu pro pečující o osoby s demencí.');
  });

  it('is repeatable but for the bookmark numbers, which docx counts across the process', async () => {
    const model = buildActionPlanDocument(aPlanInput(2), 'cs');
    const [a, b] = [await renderDocx(model, { createdAt }), await renderDocx(model, { createdAt })];
    const unnumbered = (xml: string) => xml.replace(/_Toc\d+/g, '_Toc').replace(/w:id="\d+"/g, 'w:id=""');
    expect(unnumbered(await docxPart(a, 'word/document.xml'))).toBe(unnumbered(await docxPart(b, 'word/document.xml')));
    expect(await docxPart(a, 'docProps/core.xml')).toBe(await docxPart(b, 'docProps/core.xml'));
    expect(await docxPart(a, 'docProps/core.xml')).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-05T10:00:00Z</dcterms:created>');
  });
});

describe('PDF', () => {
  let pdf: Buffer;
  let pages: string[];
  beforeAll(async () => {
    pdf = await renderPdf(buildActionPlanDocument(aPlanInput(4), 'cs'), { createdAt, compress: false });
    pages = pdfPages(pdf);
  });

  it('is a PDF with the DejaVu fonts embedded', async () => {
    const compressed = await renderPdf(buildActionPlanDocument(aPlanInput(4), 'cs'), { createdAt });
    expect(compressed.subarray(0, 5).toString()).toBe('%PDF-');
    const text = compressed.toString('latin1');
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(text).toContain('/FontFile2');
    expect(compressed.length).toBeLessThan(pdf.length);
  });

  it('has a title page, contents, and "strana X z Y" on every other page', () => {
    expect(pages.length).toBe(pageCountOf(pdf));
    expect(plain(pages[0]!)).toContain('Akční plán Plzeň 2026');
    expect(pages[0]).not.toMatch(/strana \d/);
    pages.slice(1).forEach((page, i) => expect(page).toContain(`strana ${i + 2} z ${pages.length}`));
    expect(plain(pages[1]!)).toMatch(/^Obsah/);
  });

  it('writes the Czech and Polish letters as text a reader can copy', () => {
    const body = pages.map(plain).join('\n');
    expect(body).toContain('Žluťoučký kůň úpěl ďábelské ódy.');
    expect(body).toContain('Zażółć gęślą jaźń.');
    expect(body).toContain('Ve městě žije 38 000 seniorů.');
  });

  it('gives each heading in the contents the page it is on', () => {
    const lines = pages[1]!.split('\n');
    for (const heading of ['Analýza', '2.1.4 Odlehčovací služba 4', 'Souhrnný rozpočet']) {
      const entry = lines.find((line) => line.startsWith(`${heading}\t`));
      expect(entry).toBeDefined();
      const page = Number(entry!.split('\t')[1]);
      expect(pages[page - 1]!.split('\n')).toContain(heading);
    }
  });

  it('prints the tables with amounts in Czech format and their totals', () => {
    const budgetPage = pages[pages.length - 1]!;
    expect(budgetPage).toContain('Souhrnný rozpočet');
    expect(budgetPage.split('\n')).toContain(`Celkem\t800${NBSP}000,80\t0,20\t1${NBSP}000${NBSP}001,00\t1${NBSP}800${NBSP}002,00`);
  });

  it('repeats the header row of a table on every page it runs onto', async () => {
    const settlement = await renderPdf(buildSettlementDocument(aSettlementInput(60), 'cs'), { createdAt, compress: false });
    const settlementPages = pdfPages(settlement);
    expect(settlementPages.length).toBeGreaterThan(2);
    // The header row ("Autor, organizace" wraps onto a second line).
    for (const page of settlementPages) expect(page).toMatch(/(^|\n)Č\.\tAutor,\norganizace\nK čemu\tPostoj\tPřipomínka\tVypořádání\tOdůvodnění\tProvedená změna\tVypořádal\(a\),\ndatum\n/);
    const all = settlementPages.map(plain).join('\n');
    for (const no of [1, 30, 60]) expect(all).toContain(`Jana Nováková ${no}`);
    expect(all).toContain('částečně akceptováno');
    expect(settlementPages[0]).toContain('strana 1 z');
  });

  it('is repeatable with a fixed creation date', async () => {
    const model: DocumentModel = buildSettlementDocument(aSettlementInput(3), 'en');
    const [a, b] = await Promise.all([renderPdf(model, { createdAt }), renderPdf(model, { createdAt })]);
    expect(a.equals(b)).toBe(true);
    expect(pdfPages(await renderPdf(model, { createdAt, compress: false }))[0]).toContain('page 1 of 1');
  });
});
