/**
 * Opening a PDF with pdfjs-dist, safely: no JavaScript — pdfjs's core never runs a document's
 * scripts or actions (only its viewer has a scripting sandbox, which we do not load), and
 * isEvalSupported: false stops it compiling fonts and functions with eval — no fonts loaded into
 * the process, no network. Used to tell encrypted and broken files apart at intake, and to take a
 * page's text layer when it has one.
 *
 * This module runs only in the PDF engine's thread (pdf-engine.worker.ts); the rest of the desk
 * reaches it through pdf-document.adapter.ts. pdfjs runs there without its own worker (its "fake
 * worker"); page rendering — the expensive part — is not done with pdfjs at all but by poppler in
 * a separate process (pdf-render.adapter.ts). Flate bombs are refused before pdfjs sees the file
 * (pdf-inspection.ts), because pdfjs inflates a content stream whole.
 */
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import type { PdfDocument, PdfOpenResult } from './pdf-document.js';

// Hand pdfjs its worker code in this thread, so it never tries to load a script by URL.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= pdfjsWorker;


const OPEN_TIMEOUT_MS = 15_000;

export async function openPdf(bytes: Uint8Array, options: { timeoutMs?: number } = {}): Promise<PdfOpenResult> {
  const task = pdfjs.getDocument({
    // pdfjs takes ownership of (and detaches) the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    stopAtErrors: false,
    disableAutoFetch: true,
    disableStream: true,
    // Errors only: a hostile file must not flood the log with warnings.
    verbosity: 0,
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), options.timeoutMs ?? OPEN_TIMEOUT_MS);
  });
  try {
    const document = await Promise.race([task.promise, timeout]);
    return { ok: true, document: wrap(document) };
  } catch (error) {
    await task.destroy().catch(() => undefined);
    return { ok: false, problem: (error as { name?: string } | null)?.name === 'PasswordException' ? 'encrypted' : 'corrupt' };
  } finally {
    clearTimeout(timer);
  }
}

function wrap(document: pdfjs.PDFDocumentProxy): PdfDocument {
  return {
    pageCount: document.numPages,
    async pageText(pageNumber) {
      const page = await document.getPage(pageNumber);
      try {
        const content = await page.getTextContent({ disableNormalization: false });
        let text = '';
        for (const item of content.items) {
          if (!('str' in item)) continue;
          text += item.str;
          if (item.hasEOL) text += '\n';
        }
        return text;
      } finally {
        page.cleanup();
      }
    },
    async pageSizeInches(pageNumber) {
      const page = await document.getPage(pageNumber);
      const viewport = page.getViewport({ scale: 1 });
      return { width: viewport.width / 72, height: viewport.height / 72 };
    },
    async close() {
      await document.destroy();
    },
  };
}
