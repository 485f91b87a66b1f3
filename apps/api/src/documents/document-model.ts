import { Locale } from '../common/i18n/translate';

/**
 * A neutral document: what the council's action plan and the settlement table say, with no idea
 * of Word or PDF. Builders (action-plan-document.ts, settlement-document.ts) make it from plain
 * inputs; the renderers (docx-renderer.ts, pdf-renderer.ts) turn the same model into either file,
 * so both files always have the same headings, texts and tables.
 */
export interface DocumentModel {
  /** Language of the labels the renderers add (contents, "strana X z Y") and of number formats. */
  locale: Locale;
  title: string;
  subtitle?: string;
  meta: DocumentMeta;
  /** A first page with the title, the area and the details; it has no page number printed on it. */
  titlePage: boolean;
  /** A table of contents of the headings of levels 1–3 after the title page. */
  toc: boolean;
  /** Wide tables (the settlement table) are printed on landscape pages. */
  orientation?: 'portrait' | 'landscape';
  blocks: Block[];
}

export interface DocumentMeta {
  areaName: string;
  /** The date of the document, ISO `YYYY-MM-DD`. */
  date: string;
  /** E.g. "verze 3", printed on the title page and in the file's properties. */
  version?: string;
  /** Further lines of the title page, e.g. the council's resolution. */
  details?: { label: string; value: string }[];
}

/** A piece of text with one look. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type HeadingLevel = 1 | 2 | 3;

export interface HeadingBlock {
  kind: 'heading';
  level: HeadingLevel;
  text: string;
  /** A stable name to link to (bookmarks, PDF destinations); made from the position when absent. */
  anchor?: string;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  runs: TextRun[];
  /** Kept on the same page as the block after it (a label before its table or list). */
  keepWithNext?: boolean;
}

export interface ListBlock {
  kind: 'list';
  ordered: boolean;
  /** Each item is one paragraph of runs. */
  items: TextRun[][];
}

export type ColumnType = 'text' | 'number' | 'money';
export type ColumnAlignment = 'left' | 'center' | 'right';

export interface TableColumn {
  header: string;
  type: ColumnType;
  /** Default: right for numbers and money, left for text. */
  align?: ColumnAlignment;
  /** Relative width (the widths of a table's columns are shares of the text width); default 1. */
  width?: number;
}

/**
 * A cell is text; a line break ("\n") starts a new line in it. Cells of number and money columns
 * hold exact decimal text ("1250000.50"), formatted by the renderer in the document's language.
 */
export type TableCell = string;

export interface TableBlock {
  kind: 'table';
  columns: TableColumn[];
  rows: TableCell[][];
  /** A last, bold row (e.g. "Celkem" and the sums). */
  totals?: TableCell[];
  /** The header row is printed again at the top of each page the table continues on. */
  repeatHeader: boolean;
}

export interface PageBreakBlock {
  kind: 'pageBreak';
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock | PageBreakBlock;

/** Block constructors, to keep builders short. */
export const heading = (level: HeadingLevel, text: string, anchor?: string): HeadingBlock => ({ kind: 'heading', level, text, ...(anchor ? { anchor } : {}) });
export const paragraph = (...runs: (TextRun | string)[]): ParagraphBlock => ({
  kind: 'paragraph',
  runs: runs.map((run) => (typeof run === 'string' ? { text: run } : run)),
});
export const bold = (text: string): TextRun => ({ text, bold: true });
export const italic = (text: string): TextRun => ({ text, italic: true });
export const pageBreak = (): PageBreakBlock => ({ kind: 'pageBreak' });

export const columnAlignment = (column: TableColumn): ColumnAlignment => column.align ?? (column.type === 'text' ? 'left' : 'right');

/**
 * Column widths (in any unit) from the columns' shares of `total`, widened where a number or an
 * amount would not fit on one line (`needs`, measured by the renderer), the width taken from the
 * text columns, which wrap.
 */
export function fitColumnWidths(columns: readonly TableColumn[], total: number, needs: readonly number[]): number[] {
  const weights = columns.map((column) => column.width ?? 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((weight) => (total * weight) / sum);
  const deficit = columns.reduce((missing, column, i) => missing + (column.type === 'text' ? 0 : Math.max(0, needs[i]! - widths[i]!)), 0);
  const textWidth = columns.reduce((width, column, i) => width + (column.type === 'text' ? widths[i]! : 0), 0);
  if (deficit <= 0 || textWidth <= deficit) return widths;
  return widths.map((width, i) => (columns[i]!.type === 'text' ? width - (deficit * width) / textWidth : Math.max(width, needs[i]!)));
}

/** Anchors of the headings in order: the given one, or `h<position>` (unique within the document). */
export function headingAnchors(blocks: readonly Block[]): Map<HeadingBlock, string> {
  const anchors = new Map<HeadingBlock, string>();
  blocks.forEach((block, index) => {
    if (block.kind === 'heading') anchors.set(block, block.anchor ?? `h${index}`);
  });
  return anchors;
}
