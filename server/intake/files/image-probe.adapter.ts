/**
 * Reads an image's header with sharp — dimensions and page count, never the pixels — so that a
 * pixel flood (a small PNG declaring 50000 × 50000 pixels) or a 5000-page TIFF is refused before
 * anything decodes it. Only called for types file-type has already recognised as JPEG, PNG or
 * TIFF: sharp is never handed an SVG (it would parse the XML).
 */
import sharp from 'sharp';

export type ImageFormat = 'jpeg' | 'png' | 'tiff';

export type ImageProbeResult =
  | { ok: true; pages: number; width: number; height: number; warnings: string[]; /** What decoding every page would produce. */ decodedBytes: number }
  | { ok: false; problem: 'pixel_flood' | 'too_many_pages' | 'corrupt' | 'unsupported_type' | 'too_complex' };

export interface ImageProbeLimits {
  maxPages: number;
  /** Largest width × height of one page. */
  maxPixels: number;
}

/** The end markers a complete file has (a cut-off upload lacks them). */
function looksComplete(bytes: Uint8Array, format: ImageFormat): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(-64);
  if (format === 'jpeg') return tail.includes(Buffer.from([0xff, 0xd9]));
  if (format === 'png') return tail.includes(Buffer.from('IEND'));
  return true;
}

/** `msLeft` is the inspection's time: a TIFF's page headers are read one by one, and stop when it is up. */
export async function probeImage(bytes: Uint8Array, format: ImageFormat, limits: ImageProbeLimits, msLeft: () => number = () => Infinity): Promise<ImageProbeResult> {
  let meta: sharp.Metadata;
  try {
    // The header only: no pixel limit needed here, nothing is decoded.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
  if (meta.format !== format) return { ok: false, problem: 'unsupported_type' };
  const pages = meta.pages ?? 1;
  if (pages > limits.maxPages) return { ok: false, problem: 'too_many_pages' };
  const sizes: { width: number; height: number }[] = [{ width: meta.width ?? 0, height: meta.height ?? 0 }];
  // Every page of a multi-page TIFF has its own size; read each header (at most maxPages of them).
  for (let page = 1; page < pages; page++) {
    if (msLeft() <= 0) return { ok: false, problem: 'too_complex' };
    try {
      const m = await sharp(bytes, { limitInputPixels: false, page }).metadata();
      sizes.push({ width: m.width ?? 0, height: m.height ?? 0 });
    } catch {
      return { ok: false, problem: 'corrupt' };
    }
  }
  if (sizes.some((s) => s.width < 1 || s.height < 1)) return { ok: false, problem: 'corrupt' };
  if (sizes.some((s) => s.width * s.height > limits.maxPixels)) return { ok: false, problem: 'pixel_flood' };
  const warnings = looksComplete(bytes, format) ? [] : ['image_may_be_incomplete'];
  // The header's word for the pixels is what a decoder will allocate, whatever the data holds.
  const decodedBytes = sizes.reduce((sum, s) => sum + s.width * s.height, 0) * Math.max(1, meta.channels ?? 3);
  return { ok: true, pages, width: sizes[0].width, height: sizes[0].height, warnings, decodedBytes };
}
