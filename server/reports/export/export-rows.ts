/**
 * The one export writer: rows (an AsyncIterable, read as the reader asks) and columns to a stream
 * of CSV or XLSX bytes. Never holds the whole list; no row cap. The web wraps the stream in a
 * download (app/.server/export.server.ts); the inbox and the cockpit both export through here.
 */
import { csvHeader, csvLines } from './csv.js';
import { batchesOf, type ExportColumn, type ExportFormat, type RowSource } from './columns.js';
import { xlsxStream } from './xlsx.adapter.js';

export function exportRows<Row>(format: ExportFormat, columns: readonly ExportColumn<Row>[], rows: RowSource<Row>, options: { sheetName?: string } = {}): ReadableStream<Uint8Array> {
  return format === 'xlsx' ? xlsxStream(columns, rows, options) : csvStream(columns, rows);
}

/**
 * Pulled: the next batch is read (and its query run) only when the reader wants more bytes, so a slow
 * download holds one batch and its text, never a queue of them. Each batch is encoded once, as one chunk.
 */
function csvStream<Row>(columns: readonly ExportColumn<Row>[], rows: RowSource<Row>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batchesOf(rows)[Symbol.asyncIterator]();
  let headerSent = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!headerSent) {
          headerSent = true;
          controller.enqueue(encoder.encode(csvHeader(columns)));
          return;
        }
        const next = await iterator.next();
        if (next.done) {
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(csvLines(columns, next.value)));
      },
      async cancel() {
        await iterator.return?.(undefined);
      },
    },
    { highWaterMark: 0 },
  );
}
