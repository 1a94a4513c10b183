/**
 * What OCR is handed and how far it may go. OCR sits below intake and the case file: it takes a
 * file that intake has already inspected (its type decided by content, its pages counted) and
 * reads it within its own page limits, which it applies again as it renders — a job may run long
 * after intake, under other settings.
 */

/** The kinds of file whose text the desk reads. */
export const READABLE_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'] as const;
export type ReadableMediaType = (typeof READABLE_MEDIA_TYPES)[number];

export function isReadableMediaType(mediaType: string): mediaType is ReadableMediaType {
  return (READABLE_MEDIA_TYPES as readonly string[]).includes(mediaType);
}

export interface PageLimits {
  /** Most pages of one PDF or TIFF. */
  maxPages: number;
  /** Largest width × height of one page image (a 600 dpi A4 page is 35 Mpixel). */
  maxPixels: number;
}

/** A file intake has inspected: the bytes, the type found by content, and its page count. */
export interface InspectedFile {
  bytes: Uint8Array;
  mediaType: ReadableMediaType;
  pages: number;
}
