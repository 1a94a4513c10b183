/**
 * The one export writer: rows (an AsyncIterable, read as the reader asks) and columns to a stream
 * of CSV or XLSX bytes. Never holds the whole list; no row cap. The web wraps the stream in a
 * download (app/.server/export.server.ts); the inbox and the cockpit both export through here.
 */
import { csvHeader, csvLines } from './csv.js';
import { batchesOf, type ExportColumn, type ExportFormat, type RowSource } from './columns.js';
import { xlsxStream } from './xlsx.adapter.js';

export interface ExportOptions {
  sheetName?: string;
  /**
   * Resolves when the response can take more bytes (undefined: at once). A ReadableStream's pull is the
   * reader's wish, and Remix's Node adapter reads on without waiting for the socket to drain, so without
   * this a slow download buffers the whole export in the server (set by the web server when it can).
   */
  drained?: () => Promise<void> | undefined;
}

export function exportRows<Row>(format: ExportFormat, columns: readonly ExportColumn<Row>[], rows: RowSource<Row>, options: ExportOptions = {}): ReadableStream<Uint8Array> {
  return format === 'xlsx' ? xlsxStream(columns, rows, options) : csvStream(columns, rows, options.drained);
}

/** Bytes of CSV text per chunk: a few batches (each written and flushed as one), never one per row. */
const CSV_CHUNK_CHARS = 64 * 1024;

/** The next turn of the event loop: better-sqlite3 answers at once, so without it an export never lets go. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Pulled: the next batches are read (and their queries run) only when the reader wants more bytes, and
 * each pull gives up the event loop first, so an export of a million rows is not one unbroken run that
 * keeps every other request (and the socket's own writes) waiting. Each chunk is encoded once.
 */
function csvStream<Row>(columns: readonly ExportColumn<Row>[], rows: RowSource<Row>, drained?: ExportOptions['drained']): ReadableStream<Uint8Array> {
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
        await (drained?.() ?? nextTurn());
        let text = '';
        let done = false;
        while (text.length < CSV_CHUNK_CHARS) {
          const next = await iterator.next();
          if (next.done) {
            done = true;
            break;
          }
          text += csvLines(columns, next.value);
        }
        if (text) controller.enqueue(encoder.encode(text));
        if (done) controller.close();
      },
      async cancel() {
        await iterator.return?.(undefined);
      },
    },
    { highWaterMark: 0 },
  );
}
