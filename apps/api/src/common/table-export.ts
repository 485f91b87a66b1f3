import ExcelJS from 'exceljs';
import { csvDecimal, csvFile } from './csv';
import { Locale } from './i18n/translate';

/**
 * How a column is typed in a spreadsheet. Decimals (money, FTE) travel as exact decimal text
 * ("1250000.50") until the last moment: the CSV prints the digits, the XLSX stores the number
 * Excel keeps anyway (a double; exact for every amount of numeric(14,2) to the cent).
 */
export type ColumnKind = 'text' | 'integer' | 'decimal' | 'money' | 'year';

export type CellValue = string | number | null;

export interface TableColumn {
  /** Header in the requester's language. */
  header: string;
  kind: ColumnKind;
  /** Width in characters (Excel's unit). */
  width: number;
}

/** A table for download: typed columns and one array of cells per row, in the columns' order. */
export interface ExportTable {
  /** Name of the worksheet (at most 31 characters, Excel's limit). */
  sheet: string;
  columns: TableColumn[];
  rows: CellValue[][];
}

/**
 * Excel number formats. The thousands separator is written as `,` in the file and shown by Excel
 * in the user's convention (a space in Czech and Polish); a literal space in the code ("# ##0.00")
 * would be printed as a fixed character instead of grouping the digits.
 */
export const NUMBER_FORMATS: Record<Exclude<ColumnKind, 'text'>, string> = {
  integer: '#,##0',
  decimal: '0.00',
  money: '#,##0.00',
  year: '0',
};

/** The table as CSV for Excel: BOM, `;`, CRLF, decimal comma in Czech and Polish, no grouping. */
export function tableCsv(table: ExportTable, locale: Locale): string {
  const cell = (value: CellValue, kind: ColumnKind): string => {
    if (value === null) return '';
    if (kind === 'decimal' || kind === 'money') return csvDecimal(String(value), locale);
    return String(value);
  };
  return csvFile([table.columns.map((column) => column.header), ...table.rows.map((row) => row.map((value, i) => cell(value, table.columns[i]!.kind)))]);
}

/** The table as a real workbook: typed cells with number formats, bold frozen header row, autofilter, column widths. */
export async function tableXlsx(table: ExportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Komplan';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(table.sheet.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((column) => ({
    header: column.header,
    width: column.width,
    style: column.kind === 'text' ? {} : { numFmt: NUMBER_FORMATS[column.kind] },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(row.map((value, i) => (value === null || table.columns[i]!.kind === 'text' ? value : Number(value))));
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
