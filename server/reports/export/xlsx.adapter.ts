/**
 * XLSX through exceljs's streaming workbook writer: rows are committed as they come and the zip is
 * written to a stream as it grows, so the workbook never sits whole in memory. The writer waits
 * while the reader falls behind (the stream's buffer over its high-water mark).
 */
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { batchesOf, defuseFormula, type ExportColumn, type RowSource } from './columns.js';

export function xlsxStream<Row>(columns: readonly ExportColumn<Row>[], rows: RowSource<Row>, options: { sheetName?: string; drained?: () => Promise<void> | undefined } = {}): ReadableStream<Uint8Array> {
  const out = new PassThrough({ highWaterMark: 1 << 20 });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sanitiseSheetName(options.sheetName ?? 'Export'), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({ key: String(i), width: c.width ?? Math.min(60, Math.max(10, c.header.length + 2)) }));
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.commit();
  // Polls: the zip stream offers no event for "the reader caught up".
  const waitForReader = async () => {
    while (out.readableLength >= out.readableHighWaterMark && !out.destroyed) await new Promise((resolve) => setTimeout(resolve, 2));
  };
  void (async () => {
    for await (const batch of batchesOf(rows, 500)) {
      for (const row of batch) {
        if (out.destroyed) return;
        sheet.addRow(columns.map((c) => {
          const v = c.value(row);
          return typeof v === 'string' ? defuseFormula(v) : v ?? null;
        })).commit();
      }
      await waitForReader();
      await options.drained?.();
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: Error) => out.destroy(error));
  return Readable.toWeb(out) as unknown as ReadableStream<Uint8Array>;
}

/** Excel's rules: at most 31 characters, none of : \ / ? * [ ]. */
function sanitiseSheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Export';
}
