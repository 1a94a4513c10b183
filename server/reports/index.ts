/**
 * The reports slice's public face: the manager's cockpit, its rollups, and the one export writer.
 *
 * `exportRows(format, columns, rows)` turns an AsyncIterable (or array) of rows into a
 * ReadableStream of CSV (RFC 4180, UTF-8 with BOM, formula cells defused) or XLSX (exceljs's
 * streaming writer) bytes; pull rows from the database in keyset batches (e.g. streamInbox) and the
 * export runs in bounded memory with no row cap. The web's `exportResponse` (app/.server) wraps it
 * in a download.
 */
export { exportRows } from './export/export-rows.js';
export { EXPORT_FORMATS, EXPORT_MEDIA_TYPES, defuseFormula, type ExportColumn, type ExportFormat, type Cell, type RowSource } from './export/columns.js';
export { getCockpit, canSeeCockpit, WEEKLY_SERIES_WEEKS, type Cockpit, type CockpitRow, type CockpitFigures, type FlowRow } from './get-cockpit.js';
export { parseCockpitQuery, cockpitQueryString, type CockpitQuery } from './cockpit.schema.js';
export { reportRollupHandler, rebuildReportRollups, refreshCaseFact } from './maintain-rollups.js';
export { isoWeekStart, isoWeekLabel, percentileOf } from './report.js';
export type { ReportDeps } from './deps.js';
