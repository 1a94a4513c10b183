/**
 * A document, page by page, in the form text comes out of: a PDF page's own text layer when it
 * has a real one, otherwise a page image prepared for OCR (page-image.adapter.ts). Pages are
 * produced one at a time (an async generator) so a 50-page document never sits in memory as
 * 50 images; the caller decides how many to keep in flight.
 *
 * Anything that cannot be decoded ends as an UnreadableDocumentError with a reason a clerk is
 * shown; nothing here throws an engine's raw error at the use case.
 */
import { UnreadableDocumentError } from './unreadable-document.js';
import type { PageLimits, ReadableMediaType } from './page-limits.js';
import { openPdf, type PdfDocument } from './pdf-document.adapter.js';
import { WorkerRestarted } from './worker-thread.adapter.js';
import { renderDpi, renderPdfPage } from './pdf-render.adapter.js';
import { preparePage, type PagePicture } from './page-image.adapter.js';
import type { PageImage } from './text-recognizer.js';

export type DocumentPage =
  | { page: number; source: 'text-layer'; text: string }
  | { page: number; source: 'ocr'; image: PageImage };

/** PDF pages are rendered at this resolution, then scaled by their text like any scan. */
const PDF_RENDER_DPI = 300;
/**
 * A page whose text layer has fewer letters than this is treated as a scan: scanners stamp a
 * page number or a date as text on an image-only page, and that is not the petition.
 */
const MIN_TEXT_LAYER_LETTERS = 20;

export function hasRealTextLayer(text: string): boolean {
  return (text.match(/\p{L}/gu)?.length ?? 0) >= MIN_TEXT_LAYER_LETTERS;
}

function unreadable(error: unknown): UnreadableDocumentError {
  const message = error instanceof Error ? error.message : String(error);
  // sharp's words for an image over limitInputPixels.
  if (/pixel limit/i.test(message)) return new UnreadableDocumentError('pixel_flood', message);
  return new UnreadableDocumentError('corrupt', message);
}

async function prepare(picture: PagePicture, limits: PageLimits): Promise<PageImage> {
  try {
    return (await preparePage(picture, { maxPixels: limits.maxPixels })).image;
  } catch (error) {
    throw unreadable(error);
  }
}

async function* imagePages(bytes: Uint8Array, pages: number, limits: PageLimits): AsyncGenerator<DocumentPage> {
  for (let page = 0; page < pages; page++) {
    yield { page: page + 1, source: 'ocr', image: await prepare({ kind: 'encoded', bytes, page }, limits) };
  }
}

async function* pdfPages(bytes: Uint8Array, limits: PageLimits): AsyncGenerator<DocumentPage> {
  const opened = await openPdf(bytes);
  if (!opened.ok) throw new UnreadableDocumentError(opened.problem);
  const pdf: PdfDocument = opened.document;
  try {
    if (pdf.pageCount > limits.maxPages) throw new UnreadableDocumentError('too_many_pages');
    for (let page = 1; page <= pdf.pageCount; page++) {
      let text: string;
      let size: { width: number; height: number };
      try {
        text = await pdf.pageText(page);
        size = await pdf.pageSizeInches(page);
      } catch (error) {
        // The engine stopped for another document's sake: not this file's fault, the job tries again.
        if (error instanceof WorkerRestarted) throw error;
        throw unreadable(error);
      }
      if (hasRealTextLayer(text)) {
        yield { page, source: 'text-layer', text };
        continue;
      }
      const options = { dpi: PDF_RENDER_DPI, maxPixels: limits.maxPixels, pageSizeInches: size };
      let image;
      try {
        image = await renderPdfPage(bytes, page, options);
      } catch (error) {
        throw unreadable(error);
      }
      yield { page, source: 'ocr', image: await prepare({ kind: 'grey', image, dpi: renderDpi(options) }, limits) };
    }
  } finally {
    await pdf.close();
  }
}

/** The pages of an inspected document (`pages` as inspectFile counted them). */
export function documentPages(bytes: Uint8Array, mediaType: ReadableMediaType, pages: number, limits: PageLimits): AsyncGenerator<DocumentPage> {
  return mediaType === 'application/pdf' ? pdfPages(bytes, limits) : imagePages(bytes, pages, limits);
}
