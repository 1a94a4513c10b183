/**
 * The one export writer: rows (an AsyncIterable, read as the reader asks) and columns to a stream
 * of CSV or XLSX bytes. Never holds the whole list; no row cap. The web wraps the stream in a
 * download (app/.server/export.server.ts); the inbox and the cockpit both export through here.
 */
import { csvHeader, csvLines } from './csv.js';
import type { ExportColumn, ExportFormat, RowSource } from './columns.js';
import { xlsxStream } from './xlsx.adapter.js';

const CSV_BATCH = 1000;

export function exportRows<Row>(format: ExportFormat, columns: readonly ExportColumn<Row>[], rows: RowSource<Row>, options: { sheetName?: string } = {}): ReadableStream<Uint8Array> {
  return format === 'xlsx' ? xlsxStream(columns, rows, options) : csvStream(columns, rows);
}

function csvStream<Row>(columns: readonly ExportColumn<Row>[], rows: RowSource<Row>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = (Symbol.asyncIterator in rows ? rows[Symbol.asyncIterator]() : toAsync(rows as Iterable<Row>)) as AsyncIterator<Row>;
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(csvHeader(columns)));
        return;
      }
      const batch: Row[] = [];
      let done = false;
      while (batch.length < CSV_BATCH) {
        const next = await iterator.next();
        if (next.done) { done = true; break; }
        batch.push(next.value);
      }
      if (batch.length) controller.enqueue(encoder.encode(csvLines(columns, batch)));
      if (done) controller.close();
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

async function* toAsync<Row>(rows: Iterable<Row>): AsyncGenerator<Row> {
  yield* rows;
}
