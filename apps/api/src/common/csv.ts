import { Locale } from './i18n/translate';

/** CSV as Czech and Polish Excel read and write it: UTF-8 with BOM, `;`-separated, CRLF. */
export const CSV_BOM = '\uFEFF';

/**
 * A cell quoted when it holds the separator, a quote or a line break. A comma needs no quotes with
 * `;` as the separator, so decimal commas ("66,67") stay plain numbers for Czech Excel.
 */
export function csvCell(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A decimal ("1250000.50") as Czech and Polish Excel read it (decimal comma); English keeps the point. No thousands separators. */
export function csvDecimal(value: string, locale: Locale): string {
  return locale === 'en' ? value : value.replace('.', ',');
}

/** Rows as a CSV file for Excel. */
export function csvFile(rows: string[][]): string {
  return `${CSV_BOM}${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

/**
 * Parses CSV text (RFC 4180 quoting; the separator is `;` or `,`, whichever the first line uses
 * more). A BOM and blank lines are ignored; each row keeps its line number in the file.
 */
export function parseCsv(text: string): { line: number; cells: string[] }[] {
  const source = text.startsWith(CSV_BOM) ? text.slice(1) : text;
  const firstLine = source.split(/\r?\n/, 1)[0] ?? '';
  const separator = (firstLine.match(/,/g)?.length ?? 0) > (firstLine.match(/;/g)?.length ?? 0) ? ',' : ';';
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells.push(cell);
    if (cells.some((value) => value.trim() !== '')) rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i]!;
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line += 1;
        cell += char;
      }
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i += 1;
      endRow();
      line += 1;
      rowLine = line;
    } else cell += char;
  }
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
}
