/** An export's columns: a header a person reads and how each row gives its cell. Pure. */
export type Cell = string | number | null | undefined;

export interface ExportColumn<Row> {
  header: string;
  value: (row: Row) => Cell;
  /** XLSX column width in characters (CSV ignores it). */
  width?: number;
}

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * A text cell a spreadsheet would run as a formula (= + - @, and tab or carriage return, which some
 * read as the same) is prefixed with an apostrophe, so a petitioner's "=HYPERLINK(…)" stays text.
 * Numbers are numbers and keep their sign.
 */
export function defuseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export type RowSource<Row> = AsyncIterable<Row> | Iterable<Row>;
