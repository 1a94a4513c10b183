/** A PDF opened for reading, the same on both sides of the PDF engine's thread. */

export type PdfOpenResult =
  | { ok: true; document: PdfDocument }
  | { ok: false; problem: 'encrypted' | 'corrupt' };

export interface PdfDocument {
  readonly pageCount: number;
  /** The page's text layer, lines separated by newlines ('' when it has none). */
  pageText(page: number): Promise<string>;
  /** Page size in inches (after /Rotate), from its crop box. */
  pageSizeInches(page: number): Promise<{ width: number; height: number }>;
  close(): Promise<void>;
}
