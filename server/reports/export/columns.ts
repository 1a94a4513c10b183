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

/**
 * Rows as they come: an array, an AsyncIterable read row by row, or a source that offers its rows a batch
 * at a time (`batches()`, as the inbox's keyset stream does), which costs a promise per batch, not per row.
 */
export type RowSource<Row> = AsyncIterable<Row> | Iterable<Row> | RowBatches<Row>;

export interface RowBatches<Row> {
  batches(): AsyncIterable<readonly Row[]>;
}

/** Any row source as batches: a batched source's own, an array whole, a row iterator `size` rows at a time. */
export async function* batchesOf<Row>(rows: RowSource<Row>, size = 1000): AsyncGenerator<readonly Row[]> {
  if (typeof (rows as Partial<RowBatches<Row>>).batches === 'function') {
    yield* (rows as RowBatches<Row>).batches();
    return;
  }
  if (Array.isArray(rows)) {
    if (rows.length > 0) yield rows as readonly Row[];
    return;
  }
  let batch: Row[] = [];
  for await (const row of rows as AsyncIterable<Row> | Iterable<Row>) {
    batch.push(row);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
