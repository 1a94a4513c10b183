/**
 * The PDF engine's thread: everything that parses a PDF a resident or an e-mail sent — the
 * inspection at intake and the text layer read for OCR — runs here, never on the web's event
 * loop. Started and called by pdf-document.adapter.ts (through worker-thread.adapter.ts, which
 * bundles this module into plain JavaScript). Documents opened for reading stay open here, by
 * number, until closed.
 */
import { inspectPdfHere, type PdfInspectionLimits } from './pdf-inspection.js';
import type { PdfDocument } from './pdf-document.js';
import { openPdf } from './pdfjs.adapter.js';
import { serveOperations } from './worker-protocol.js';

const documents = new Map<number, PdfDocument>();
let nextDocument = 1;

function document(id: number): PdfDocument {
  const open = documents.get(id);
  if (!open) throw new Error(`no open document ${id}`);
  return open;
}

serveOperations({
  inspect: (bytes: Uint8Array, limits: PdfInspectionLimits) => inspectPdfHere(bytes, limits),
  async open(bytes: Uint8Array, timeoutMs: number) {
    const opened = await openPdf(bytes, { timeoutMs });
    if (!opened.ok) return opened;
    const id = nextDocument++;
    documents.set(id, opened.document);
    return { ok: true, id, pageCount: opened.document.pageCount };
  },
  pageText: (id: number, page: number) => document(id).pageText(page),
  pageSizeInches: (id: number, page: number) => document(id).pageSizeInches(page),
  async close(id: number) {
    const open = documents.get(id);
    documents.delete(id);
    await open?.close();
  },
});
