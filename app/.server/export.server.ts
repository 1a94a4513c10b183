/**
 * Downloads: (format, columns, rows) into a streamed Response with Content-Disposition. The rows are
 * an AsyncIterable read as the browser takes the bytes (server/reports' exportRows), so an export of
 * a million cases never sits in memory and has no row cap. Used by the cockpit, the deadlines page
 * and the inbox.
 */
import { EXPORT_MEDIA_TYPES, exportRows, type ExportColumn, type ExportFormat, type RowSource } from '../../server/reports/index';

export { EXPORT_FORMATS, type ExportColumn, type ExportFormat } from '../../server/reports/index';
export { vilniusDateOf } from '../../server/deadlines/calendar';
export { parseCockpitQuery, cockpitQueryString, type Cockpit, type CockpitQuery } from '../../server/reports/index';

/**
 * The Cache-Control of a streamed download: never stored, and never gzip'd by the web server's
 * compression() (which honours no-transform). Compression took the export faster than the socket did
 * and held what it had not yet sent: at a million rows over HTTP the server went from 280 to 410 MB
 * RSS, against 285 → 309 MB uncompressed (bench/scale.ts). An XLSX is a zip already.
 */
export const STREAMED_DOWNLOAD_CACHE = 'no-store, no-transform';

/** The format a path ends in ('.csv' / '.xlsx'), or null. */
export function exportFormatOf(path: string): ExportFormat | null {
  const m = /\.(csv|xlsx)$/.exec(path);
  return m ? (m[1] as ExportFormat) : null;
}

export function exportResponse<Row>(
  format: ExportFormat,
  filename: string,
  columns: readonly ExportColumn<Row>[],
  rows: RowSource<Row>,
  options: { sheetName?: string } = {},
): Response {
  const name = `${filename}.${format}`;
  const ascii = name.replace(/[^A-Za-z0-9._-]/g, '_');
  return new Response(exportRows(format, columns, rows, options), {
    headers: {
      'Content-Type': EXPORT_MEDIA_TYPES[format],
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'Cache-Control': STREAMED_DOWNLOAD_CACHE,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** A table already in memory (a cockpit table: headers and rows of cells) as export columns. */
export function columnsOf(headers: readonly string[]): ExportColumn<readonly (string | number | null)[]>[] {
  return headers.map((header, i) => ({ header, value: (row) => row[i] ?? null }));
}
