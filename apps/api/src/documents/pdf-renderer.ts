import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { Block, ColumnAlignment, columnAlignment, DocumentModel, fitColumnWidths, HeadingBlock, headingAnchors, ListBlock, TableBlock, TextRun } from './document-model';
import { formatCell, formatDate } from './document-format';
import { documentText, pageLabelParts } from './document-labels';
import { RenderOptions } from './docx-renderer';

export interface PdfRenderOptions extends RenderOptions {
  /** Deflate the page contents and fonts (default). Tests turn it off to read the text. */
  compress?: boolean;
}

type Pdf = InstanceType<typeof PDFDocument>;
type FontName = 'regular' | 'bold' | 'italic' | 'boldItalic' | 'narrow' | 'narrowBold';

/** DejaVu has every Czech and Polish letter; the files are found from the package, in the sources and in dist alike. */
const FONT_FILES: Record<FontName, string> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  boldItalic: 'DejaVuSans-BoldOblique.ttf',
  narrow: 'DejaVuSansCondensed.ttf',
  narrowBold: 'DejaVuSansCondensed-Bold.ttf',
};
let fontData: Record<FontName, Buffer> | undefined;
function fonts(): Record<FontName, Buffer> {
  fontData ??= Object.fromEntries(
    Object.entries(FONT_FILES).map(([name, file]) => [name, readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`))]),
  ) as Record<FontName, Buffer>;
  return fontData;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 56.7, bottom: 70, side: 56.7 };
const ACCENT = '#1F3864';
const TEXT = '#1a1a1a';
const MUTED = '#555555';
const RULE = '#8EA0BF';
const HEADER_FILL = '#DCE3EF';
const BODY_SIZE = 10.5;
const HEADING_SIZES = { 1: 17, 2: 14, 3: 12 } as const;
const HEADING_SPACE = { 1: 18, 2: 12, 3: 9 } as const;
const CELL_PAD = 3.5;

interface ContentsEntry {
  heading: HeadingBlock;
  anchor: string;
  page: number;
}

const fontOf = (run: TextRun): FontName => (run.bold && run.italic ? 'boldItalic' : run.bold ? 'bold' : run.italic ? 'italic' : 'regular');

/**
 * The document as a PDF with the DejaVu fonts embedded: a title page, contents with page numbers
 * (pages are kept in memory, so the contents are written once the headings' pages are known),
 * headings (also as PDF bookmarks), wrapped paragraphs and lists, tables whose cells wrap and
 * whose header row is repeated on every page they run onto, and "strana X z Y" at the foot of
 * every page but the title page.
 */
export function renderPdf(model: DocumentModel, options: PdfRenderOptions = {}): Promise<Buffer> {
  const landscape = model.orientation === 'landscape';
  const doc = new PDFDocument({
    size: 'A4',
    layout: landscape ? 'landscape' : 'portrait',
    margins: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.side, right: MARGIN.side },
    bufferPages: true,
    autoFirstPage: true,
    compress: options.compress ?? true,
    lang: model.locale,
    displayTitle: true,
    info: { Title: model.title, Subject: model.subtitle ?? '', Author: 'Komplan', Creator: 'Komplan', Producer: 'Komplan', CreationDate: options.createdAt ?? new Date() },
  });
  for (const [name, data] of Object.entries(fonts())) doc.registerFont(name, data);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(Buffer.from(chunk)));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  new PdfWriter(doc, model, landscape).write();
  doc.end();
  return done;
}

class PdfWriter {
  private readonly pageWidth: number;
  private readonly pageHeight: number;
  private readonly left = MARGIN.side;
  private readonly width: number;
  private readonly bottom: number;
  private readonly anchors: Map<HeadingBlock, string>;
  private readonly contents: ContentsEntry[] = [];
  private readonly outline: Partial<Record<1 | 2 | 3, PDFKit.PDFOutline>> = {};

  constructor(
    private readonly doc: Pdf,
    private readonly model: DocumentModel,
    landscape: boolean,
  ) {
    this.pageWidth = landscape ? A4.height : A4.width;
    this.pageHeight = landscape ? A4.width : A4.height;
    this.width = this.pageWidth - 2 * MARGIN.side;
    this.bottom = this.pageHeight - MARGIN.bottom;
    this.anchors = headingAnchors(model.blocks);
  }

  write(): void {
    const { doc, model } = this;
    let firstPageUsed = false;
    if (model.titlePage) {
      this.titlePage();
      firstPageUsed = true;
    }
    let contentsPages: number[] = [];
    if (model.toc) {
      if (firstPageUsed) doc.addPage();
      contentsPages = this.reserveContents();
      firstPageUsed = true;
    }
    if (firstPageUsed) doc.addPage();
    for (const block of model.blocks) this.block(block);
    if (model.toc) this.fillContents(contentsPages);
    this.footers();
  }

  private get page(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count - 1;
  }

  private font(name: FontName, size: number, color = TEXT): Pdf {
    return this.doc.font(name).fontSize(size).fillColor(color);
  }

  private atTop(): boolean {
    return this.doc.y <= MARGIN.top + 0.5;
  }

  private ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom && !this.atTop()) this.doc.addPage();
    this.doc.x = this.left;
  }

  private titlePage(): void {
    const { doc, model } = this;
    const { locale, meta } = model;
    const center = (text: string, font: FontName, size: number, color: string, gap: number) => {
      this.font(font, size, color);
      doc.text(text, this.left, doc.y, { width: this.width, align: 'center' });
      doc.moveDown(gap);
    };
    doc.y = this.pageHeight * 0.2;
    center(meta.areaName, 'regular', 14, MUTED, 1.5);
    center(model.title, 'bold', 24, ACCENT, 0.6);
    if (model.subtitle) center(model.subtitle, 'regular', 15, ACCENT, 0.6);
    doc.y = Math.max(doc.y + 30, this.pageHeight * 0.55);
    const details = [
      { label: documentText(locale, 'area'), value: meta.areaName },
      ...(meta.version ? [{ label: documentText(locale, 'version'), value: meta.version }] : []),
      ...(meta.details ?? []),
      { label: documentText(locale, 'date'), value: formatDate(meta.date, locale) },
    ];
    // Labels right-aligned to the middle of the page, values left-aligned after it.
    const middle = this.left + this.width * 0.42;
    for (const detail of details) {
      const y = doc.y;
      this.font('bold', 11);
      const label = `${detail.label}:`;
      doc.text(label, middle - 6 - doc.widthOfString(label), y, { lineBreak: false });
      this.font('regular', 11);
      doc.text(detail.value, middle + 6, y, { width: this.left + this.width - middle - 6 });
      doc.moveDown(0.5);
    }
  }

  private contentsEntries(): { heading: HeadingBlock; indent: number }[] {
    return this.model.blocks.filter((block): block is HeadingBlock => block.kind === 'heading').map((heading) => ({ heading, indent: (heading.level - 1) * 14 }));
  }

  /** Height of one contents entry, the same when reserving pages and when writing them. */
  private entryHeight(text: string, indent: number, level: number): number {
    this.font(level === 1 ? 'bold' : 'regular', 10);
    return this.doc.heightOfString(text, { width: this.width - indent - 36, lineGap: 1 }) + (level === 1 ? 5 : 2.5);
  }

  /** Empty pages for the contents, as many as its entries need (known before the page numbers are). */
  private reserveContents(): number[] {
    const pages = [this.page];
    let y = MARGIN.top + this.contentsTitleHeight();
    for (const { heading, indent } of this.contentsEntries()) {
      const height = this.entryHeight(heading.text, indent, heading.level);
      if (y + height > this.bottom) {
        this.doc.addPage();
        pages.push(this.page);
        y = MARGIN.top;
      }
      y += height;
    }
    return pages;
  }

  private contentsTitleHeight(): number {
    this.font('bold', HEADING_SIZES[1]);
    return this.doc.currentLineHeight(true) + 14;
  }

  private fillContents(pages: number[]): void {
    const { doc } = this;
    let index = 0;
    doc.switchToPage(pages[index]!);
    this.font('bold', HEADING_SIZES[1], ACCENT);
    doc.text(documentText(this.model.locale, 'contents'), this.left, MARGIN.top, { width: this.width });
    let y = MARGIN.top + this.contentsTitleHeight();
    const entries = this.contentsEntries();
    for (const [i, { heading, indent }] of entries.entries()) {
      const entry = this.contents[i]!;
      const height = this.entryHeight(heading.text, indent, heading.level);
      if (y + height > this.bottom) {
        index += 1;
        doc.switchToPage(pages[index]!);
        y = MARGIN.top;
      }
      this.font(heading.level === 1 ? 'bold' : 'regular', 10);
      doc.text(heading.text, this.left + indent, y, { width: this.width - indent - 36, lineGap: 1, goTo: entry.anchor });
      // The page number on the entry's last line, as in a printed contents.
      const pageText = String(entry.page + 1);
      this.font(heading.level === 1 ? 'bold' : 'regular', 10);
      doc.text(pageText, this.left + this.width - doc.widthOfString(pageText), doc.y - doc.currentLineHeight(true) - 1, { lineBreak: false, goTo: entry.anchor });
      y += height;
    }
  }

  private footers(): void {
    const { doc, model } = this;
    const range = doc.bufferedPageRange();
    const parts = pageLabelParts(model.locale);
    for (let i = range.start; i < range.start + range.count; i += 1) {
      if (i === 0 && model.titlePage) continue;
      doc.switchToPage(i);
      const text = parts.map((part) => (part === 'PAGE' ? String(i + 1) : part === 'PAGES' ? String(range.count) : part)).join('');
      this.font('regular', 8.5, MUTED);
      // Below the bottom margin pdfkit would start a new page; the footer is placed by hand.
      const margin = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.text(text, (this.pageWidth - doc.widthOfString(text)) / 2, this.pageHeight - 40, { lineBreak: false });
      doc.page.margins.bottom = margin;
    }
  }

  private block(block: Block): void {
    switch (block.kind) {
      case 'pageBreak':
        if (!this.atTop()) this.doc.addPage();
        return;
      case 'heading':
        return this.heading(block);
      case 'paragraph':
        this.ensureSpace(this.lineHeight() * (block.keepWithNext ? 4 : 1));
        this.runs(block.runs, this.left, this.width);
        this.doc.moveDown(0.5);
        return;
      case 'list':
        return this.list(block);
      case 'table':
        return this.table(block);
    }
  }

  private lineHeight(): number {
    return this.font('regular', BODY_SIZE).currentLineHeight(true) + 2;
  }

  private heading(block: HeadingBlock): void {
    const { doc } = this;
    const anchor = this.anchors.get(block)!;
    this.font('bold', HEADING_SIZES[block.level], ACCENT);
    const height = doc.heightOfString(block.text, { width: this.width });
    // Keep a heading with at least three lines of what follows it.
    this.ensureSpace(HEADING_SPACE[block.level] + height + 3 * this.lineHeight());
    if (!this.atTop()) doc.y += HEADING_SPACE[block.level];
    this.font('bold', HEADING_SIZES[block.level], ACCENT);
    doc.addNamedDestination(anchor, 'XYZ', null, this.pageHeight - doc.y, null);
    this.contents.push({ heading: block, anchor, page: this.page });
    const parent = block.level === 1 ? doc.outline : (this.outline[(block.level - 1) as 1 | 2] ?? doc.outline);
    this.outline[block.level] = parent.addItem(block.text);
    doc.text(block.text, this.left, doc.y, { width: this.width });
    doc.moveDown(0.35);
  }

  private runs(runs: readonly TextRun[], x: number, width: number): void {
    const { doc } = this;
    const shown = runs.filter((run) => run.text !== '');
    if (!shown.length) return;
    doc.x = x;
    shown.forEach((run, index) => {
      this.font(fontOf(run), BODY_SIZE);
      const options = { width, lineGap: 2, continued: index < shown.length - 1 };
      if (index === 0) doc.text(run.text, x, doc.y, options);
      else doc.text(run.text, options);
    });
    doc.x = this.left;
  }

  private list(block: ListBlock): void {
    const { doc } = this;
    const indent = block.ordered ? 20 : 14;
    block.items.forEach((item, index) => {
      this.ensureSpace(this.lineHeight());
      const y = doc.y;
      this.font('regular', BODY_SIZE);
      doc.text(block.ordered ? `${index + 1}.` : '•', this.left + 4, y, { lineBreak: false });
      doc.y = y;
      this.runs(item, this.left + indent + 4, this.width - indent - 4);
      doc.moveDown(0.2);
    });
    doc.moveDown(0.3);
  }

  /** Lines of a cell: its own line breaks, then words wrapped to the width (a word too long is cut). */
  private wrap(text: string, width: number): string[] {
    const { doc } = this;
    const lines: string[] = [];
    for (const paragraph of text.split('\n')) {
      let line = '';
      for (const word of paragraph.split(/ +/)) {
        const candidate = line ? `${line} ${word}` : word;
        if (doc.widthOfString(candidate) <= width) {
          line = candidate;
          continue;
        }
        if (line) lines.push(line);
        line = word;
        while (doc.widthOfString(line) > width && line.length > 1) {
          let cut = line.length - 1;
          while (cut > 1 && doc.widthOfString(line.slice(0, cut)) > width) cut -= 1;
          lines.push(line.slice(0, cut));
          line = line.slice(cut);
        }
      }
      lines.push(line);
    }
    return lines;
  }

  private table(block: TableBlock): void {
    const { doc, model } = this;
    const size = block.columns.length > 6 ? 8 : 9;
    // Numbers and amounts are never wrapped: their columns get the width of the widest one.
    const needs = block.columns.map((column, i) => {
      if (column.type === 'text') return 0;
      const cells = [...block.rows.map((row) => row[i] ?? ''), ...(block.totals ? [block.totals[i] ?? ''] : [])];
      this.font('narrowBold', size);
      return Math.max(0, ...cells.map((cell) => doc.widthOfString(formatCell(cell, column.type, model.locale)))) + 2 * CELL_PAD + 1;
    });
    const widths = fitColumnWidths(block.columns, this.width, needs);
    const xs = widths.map((_, i) => this.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
    this.font('narrow', size);
    const lineHeight = doc.currentLineHeight(true) + 1;

    type Row = { lines: string[][]; font: FontName; fill?: string; align: ColumnAlignment[] };
    const layout = (cells: string[], font: FontName, header: boolean): Row => {
      this.font(font, size);
      return {
        font,
        fill: header ? HEADER_FILL : undefined,
        align: block.columns.map((column) => (header && column.type === 'text' ? 'left' : columnAlignment(column))),
        lines: cells.map((cell, i) => this.wrap(header ? cell : formatCell(cell, block.columns[i]!.type, model.locale), widths[i]! - 2 * CELL_PAD)),
      };
    };
    const header = layout(
      block.columns.map((column) => column.header),
      'narrowBold',
      true,
    );
    const rows = [...block.rows.map((row) => layout(row, 'narrow', false)), ...(block.totals ? [layout(block.totals, 'narrowBold', false)] : [])];
    const heightOf = (row: Row, lines = Math.max(1, ...row.lines.map((cell) => cell.length))) => lines * lineHeight + 2 * CELL_PAD;

    const draw = (row: Row, from: number, count: number) => {
      const height = heightOf(row, count);
      const y = doc.y;
      row.lines.forEach((cell, i) => {
        const x = xs[i]!;
        const width = widths[i]!;
        if (row.fill) doc.rect(x, y, width, height).fill(row.fill);
        doc.lineWidth(0.5).rect(x, y, width, height).stroke(RULE);
        this.font(row.font, size);
        cell.slice(from, from + count).forEach((line, n) => {
          const lineWidth = doc.widthOfString(line);
          const offset = row.align[i] === 'right' ? width - CELL_PAD - lineWidth : row.align[i] === 'center' ? (width - lineWidth) / 2 : CELL_PAD;
          doc.text(line, x + offset, y + CELL_PAD + n * lineHeight + 0.5, { lineBreak: false });
        });
      });
      doc.y = y + height;
    };
    const newPage = () => {
      doc.addPage();
      if (block.repeatHeader) draw(header, 0, Math.max(...header.lines.map((cell) => cell.length)));
    };

    // The header and the first row start together.
    this.ensureSpace(heightOf(header) + (rows[0] ? heightOf(rows[0]) : 0));
    draw(header, 0, Math.max(...header.lines.map((cell) => cell.length)));
    for (const row of rows) {
      const total = Math.max(1, ...row.lines.map((cell) => cell.length));
      let from = 0;
      while (from < total) {
        const room = Math.floor((this.bottom - doc.y - 2 * CELL_PAD) / lineHeight);
        const rest = total - from;
        // A row that fits on a fresh page is not split; a taller one continues on the next page.
        const fresh = Math.floor((this.bottom - MARGIN.top - heightOf(header) - 2 * CELL_PAD) / lineHeight);
        if (rest > room && (rest <= fresh || room < 2)) {
          newPage();
          continue;
        }
        const count = Math.min(rest, room);
        draw(row, from, count);
        from += count;
      }
    }
    doc.x = this.left;
    doc.y += 10;
  }
}
