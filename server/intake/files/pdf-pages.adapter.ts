/**
 * Copies page ranges of a PDF into new PDFs (pdf-lib). Only for documents the desk already took
 * in: intake inspected them within its limits (pages, size, budget) before they were stored.
 */
import { PDFDocument } from 'pdf-lib';

export async function countPdfPages(bytes: Uint8Array): Promise<number> {
  const source = await PDFDocument.load(bytes, { updateMetadata: false });
  return source.getPageCount();
}

/** One new PDF per range (1-based, inclusive), in the order given. */
export async function copyPageRanges(bytes: Uint8Array, ranges: readonly { from: number; to: number }[]): Promise<Uint8Array[]> {
  const source = await PDFDocument.load(bytes, { updateMetadata: false });
  const out: Uint8Array[] = [];
  for (const r of ranges) {
    const part = await PDFDocument.create();
    const indices = Array.from({ length: r.to - r.from + 1 }, (_, i) => r.from - 1 + i);
    for (const page of await part.copyPages(source, indices)) part.addPage(page);
    out.push(await part.save());
  }
  return out;
}
