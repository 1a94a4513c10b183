/**
 * RFC 4180 CSV, UTF-8 with a byte-order mark (so Excel reads Lithuanian letters), CRLF line ends,
 * fields quoted when they hold a comma, quote or line break, formula cells defused. Pure: it turns
 * rows into text chunks, a batch of rows at a time.
 */
import { defuseFormula, type Cell, type ExportColumn } from './columns.js';

export const CSV_BOM = '\uFEFF';

/** A text that needs neither quotes nor defusing: most cells, on the one test they then cost. */
const PLAIN = /^(?![=+\-@\t\r])[^",\r\n]*$/;

export function csvField(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (PLAIN.test(cell)) return cell;
  const text = defuseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvHeader<Row>(columns: readonly ExportColumn<Row>[]): string {
  return `${CSV_BOM}${columns.map((c) => csvField(c.header)).join(',')}\r\n`;
}

export function csvLines<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[]): string {
  let out = '';
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < columns.length; i += 1) line += (i ? ',' : '') + csvField(columns[i]!.value(row));
    out += `${line}\r\n`;
  }
  return out;
}
