import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel as DocxHeading,
  LevelFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell as DocxCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun as DocxRun,
  WidthType,
} from 'docx';
import { Block, columnAlignment, ColumnAlignment, DocumentModel, fitColumnWidths, HeadingBlock, headingAnchors, TableBlock, TextRun } from './document-model';
import { formatCell, formatDate } from './document-format';
import { documentText, pageLabelParts } from './document-labels';

export interface RenderOptions {
  /** The creation date written into the file's properties (default: now); fixed in tests so that output is repeatable. */
  createdAt?: Date;
}

/** A4 in twentieths of a point, with 2 cm margins. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const FONT = 'Calibri';
const ACCENT = '1F3864';
const HEADER_FILL = 'DCE3EF';
const HEADINGS = { 1: DocxHeading.HEADING_1, 2: DocxHeading.HEADING_2, 3: DocxHeading.HEADING_3 } as const;
const ALIGN: Record<ColumnAlignment, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};
const ORDERED = 'komplan-ordered';

const runsOf = (runs: readonly TextRun[], extra: { bold?: boolean; size?: number; color?: string } = {}): DocxRun[] =>
  runs.map((run) => new DocxRun({ text: run.text, bold: run.bold || extra.bold, italics: run.italic, size: extra.size, color: extra.color }));

const escapeXml = (text: string): string => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The document as a Word file (DOCX): a title page, a table of contents (a real TOC field, written
 * with an entry for each heading so it reads well before Word updates its page numbers), headings
 * in Word's heading styles (so Word's navigation and a new TOC work), lists, tables whose header
 * row repeats on every page, amounts right-aligned in the reader's number format, and
 * "strana X z Y" in the footer of every page but the title page.
 */
export async function renderDocx(model: DocumentModel, options: RenderOptions = {}): Promise<Buffer> {
  const landscape = model.orientation === 'landscape';
  const textWidth = (landscape ? PAGE.height : PAGE.width) - 2 * PAGE.margin;
  const anchors = headingAnchors(model.blocks);
  const children: (Paragraph | Table | TableOfContents)[] = [];
  let listInstance = 0;

  if (model.titlePage) children.push(...titlePage(model));
  if (model.toc) {
    children.push(new Paragraph({ children: [new DocxRun({ text: documentText(model.locale, 'contents'), bold: true, size: 32, color: ACCENT })], spacing: { after: 240 } }));
    children.push(new TableOfContents(documentText(model.locale, 'contents'), { hyperlink: true, headingStyleRange: '1-3' }));
    children.push(new Paragraph({ pageBreakBefore: true, children: [] }));
  }
  let breakBefore = false;
  for (const block of model.blocks) {
    if (block.kind === 'pageBreak') {
      breakBefore = true;
      continue;
    }
    children.push(...renderBlock(block, { model, textWidth, anchors, breakBefore, nextList: () => (listInstance += 1) }));
    breakBefore = false;
  }

  const footerRuns = pageLabelParts(model.locale).map((part) =>
    part === 'PAGE' ? new DocxRun({ children: [PageNumber.CURRENT], size: 18 }) : part === 'PAGES' ? new DocxRun({ children: [PageNumber.TOTAL_PAGES], size: 18 }) : new DocxRun({ text: part, size: 18 }),
  );
  const document = new Document({
    title: model.title,
    subject: model.subtitle,
    creator: 'Komplan',
    styles: {
      default: { document: { run: { font: FONT, size: 22 }, paragraph: { spacing: { after: 120, line: 276 } } } },
      paragraphStyles: [
        headingStyle('Heading1', 'Heading 1', 32, 360, 0),
        headingStyle('Heading2', 'Heading 2', 28, 280, 1),
        headingStyle('Heading3', 'Heading 3', 24, 240, 2),
      ],
    },
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 340 } } } }],
        },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: model.titlePage,
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        footers: {
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: footerRuns })] }),
          first: new Footer({ children: [new Paragraph({ children: [] })] }),
        },
        children,
      },
    ],
  });
  const created = (options.createdAt ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  // docx stamps the file with the current time; the properties are written here so that they are repeatable.
  const core = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${escapeXml(model.title)}</dc:title>`,
    model.subtitle ? `<dc:subject>${escapeXml(model.subtitle)}</dc:subject>` : '',
    '<dc:creator>Komplan</dc:creator>',
    `<dc:language>${model.locale}</dc:language>`,
    `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
  return Packer.toBuffer(document, false, [{ path: 'docProps/core.xml', data: core }]);
}

function headingStyle(id: string, name: string, size: number, before: number, outlineLevel: number) {
  return {
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: FONT, size, bold: true, color: ACCENT },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel },
  };
}

function titlePage(model: DocumentModel): Paragraph[] {
  const { locale, meta } = model;
  const line = (text: string, size: number, options: { bold?: boolean; before?: number; color?: string } = {}) =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: options.before ?? 0, after: 160 }, children: [new DocxRun({ text, size, bold: options.bold, color: options.color })] });
  const details = [
    { label: documentText(locale, 'area'), value: meta.areaName },
    ...(meta.version ? [{ label: documentText(locale, 'version'), value: meta.version }] : []),
    ...(meta.details ?? []),
    { label: documentText(locale, 'date'), value: formatDate(meta.date, locale) },
  ];
  return [
    line(meta.areaName, 28, { before: 2400, color: '555555' }),
    line(model.title, 48, { bold: true, before: 600, color: ACCENT }),
    ...(model.subtitle ? [line(model.subtitle, 30, { color: ACCENT })] : []),
    ...details.map(
      (detail, index) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: index === 0 ? 1800 : 0, after: 80 },
          children: [new DocxRun({ text: `${detail.label}: `, bold: true }), new DocxRun({ text: detail.value })],
        }),
    ),
    new Paragraph({ pageBreakBefore: true, children: [] }),
  ];
}

interface BlockContext {
  model: DocumentModel;
  textWidth: number;
  anchors: Map<HeadingBlock, string>;
  breakBefore: boolean;
  nextList: () => number;
}

function renderBlock(block: Exclude<Block, { kind: 'pageBreak' }>, context: BlockContext): (Paragraph | Table)[] {
  const pageBreakBefore = context.breakBefore || undefined;
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADINGS[block.level],
          pageBreakBefore,
          children: [new Bookmark({ id: context.anchors.get(block)!, children: [new DocxRun(block.text)] })],
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ pageBreakBefore, keepNext: block.keepWithNext, children: runsOf(block.runs) })];
    case 'list': {
      const instance = context.nextList();
      return block.items.map(
        (item, index) =>
          new Paragraph({
            pageBreakBefore: index === 0 ? pageBreakBefore : undefined,
            spacing: { after: 60 },
            ...(block.ordered ? { numbering: { reference: ORDERED, level: 0, instance } } : { bullet: { level: 0 } }),
            children: runsOf(item),
          }),
      );
    }
    case 'table':
      return [...(pageBreakBefore ? [new Paragraph({ pageBreakBefore, children: [] })] : []), renderTable(block, context), new Paragraph({ spacing: { after: 60 }, children: [] })];
  }
}

function renderTable(block: TableBlock, context: BlockContext): Table {
  const { locale } = context.model;
  const small = block.columns.length > 6 ? 18 : 20;
  // Amounts must stay on one line: about 0.55 em a character in Calibri (bold digits), plus the cell margins.
  const needs = block.columns.map((column, i) =>
    column.type === 'text'
      ? 0
      : Math.max(0, ...[...block.rows.map((row) => row[i] ?? ''), block.totals?.[i] ?? ''].map((cell) => formatCell(cell, column.type, locale).length)) * small * 5.8 + 200,
  );
  const widths = fitColumnWidths(block.columns, context.textWidth, needs).map(Math.floor);
  const cell = (text: string, index: number, kind: 'header' | 'body' | 'totals') => {
    const column = block.columns[index]!;
    const shown = kind === 'header' ? text : formatCell(text, column.type, locale);
    return new DocxCell({
      width: { size: widths[index]!, type: WidthType.DXA },
      shading: kind === 'header' ? { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } : undefined,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: shown.split('\n').map(
        (line) =>
          new Paragraph({
            alignment: ALIGN[kind === 'header' && column.type === 'text' ? 'left' : columnAlignment(column)],
            spacing: { after: 0, line: 240 },
            children: [new DocxRun({ text: line, bold: kind !== 'body', size: small })],
          }),
      ),
    });
  };
  const border = { style: BorderStyle.SINGLE, size: 4, color: '8EA0BF' };
  return new Table({
    width: { size: context.textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: block.repeatHeader, cantSplit: true, children: block.columns.map((column, i) => cell(column.header, i, 'header')) }),
      ...block.rows.map((row) => new TableRow({ children: row.map((text, i) => cell(text, i, 'body')) })),
      ...(block.totals ? [new TableRow({ cantSplit: true, children: block.totals.map((text, i) => cell(text, i, 'totals')) })] : []),
    ],
  });
}
