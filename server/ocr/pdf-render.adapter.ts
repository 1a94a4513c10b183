/**
 * Renders one PDF page to greyscale pixels with poppler's `pdftoppm` (Debian: poppler-utils).
 *
 * Why poppler and not pdfjs + canvas: measured on the corpus's scanned PDFs, pdftoppm renders an
 * A4 page at 300 dpi in ~80 ms of CPU, pdfjs-dist + @napi-rs/canvas in ~700 ms (its JPEG decoder is
 * JavaScript). It also runs in its own process — off the event loop, killed after a time limit,
 * and a crash in a PDF parser on a hostile file takes nothing else down. It executes no JavaScript
 * and follows no links.
 */
import { spawn } from 'node:child_process';
import type { GreyImage } from './page-geometry.js';

export interface RenderOptions {
  /** Nominal resolution; lowered when the page is so large that it would exceed maxPixels. */
  dpi: number;
  maxPixels: number;
  timeoutMs?: number;
  /** The page size in inches, to keep the rendering under maxPixels. */
  pageSizeInches: { width: number; height: number };
}

class PdfRenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfRenderError';
  }
}

/** The resolution that keeps the page within the pixel budget. */
export function renderDpi(options: Pick<RenderOptions, 'dpi' | 'maxPixels' | 'pageSizeInches'>): number {
  const area = Math.max(options.pageSizeInches.width * options.pageSizeInches.height, 1e-6);
  const capped = Math.sqrt(options.maxPixels / area);
  return Math.max(10, Math.floor(Math.min(options.dpi, capped)));
}

/** Parses binary PGM (P5, 8-bit) as pdftoppm -gray writes it. */
export function parsePgm(bytes: Buffer): GreyImage {
  let offset = 0;
  const fields: string[] = [];
  while (fields.length < 4 && offset < bytes.length) {
    while (offset < bytes.length && /\s/.test(String.fromCharCode(bytes[offset]))) offset++;
    if (bytes[offset] === 0x23 /* # */) {
      while (offset < bytes.length && bytes[offset] !== 0x0a) offset++;
      continue;
    }
    const start = offset;
    while (offset < bytes.length && !/\s/.test(String.fromCharCode(bytes[offset]))) offset++;
    fields.push(bytes.subarray(start, offset).toString('latin1'));
  }
  offset++; // the single whitespace after maxval
  const [magic, w, h, max] = fields;
  const width = Number(w);
  const height = Number(h);
  if (magic !== 'P5' || Number(max) !== 255 || !(width > 0) || !(height > 0) || bytes.length - offset < width * height) {
    throw new PdfRenderError('the page renderer returned no image');
  }
  return { width, height, data: new Uint8Array(bytes.buffer, bytes.byteOffset + offset, width * height) };
}

export function renderPdfPage(pdf: Uint8Array, page: number, options: RenderOptions): Promise<GreyImage> {
  const dpi = renderDpi(options);
  const expectedBytes = Math.ceil(options.pageSizeInches.width * dpi + 2) * Math.ceil(options.pageSizeInches.height * dpi + 2) + 64;
  return new Promise<GreyImage>((resolve, reject) => {
    const child = spawn('pdftoppm', ['-q', '-r', String(dpi), '-gray', '-cropbox', '-f', String(page), '-l', String(page), '-'], {
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    const chunks: Buffer[] = [];
    let size = 0;
    let failed: Error | null = null;
    const fail = (error: Error) => {
      if (failed) return;
      failed = error;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => fail(new PdfRenderError('rendering the page took too long')), options.timeoutMs ?? 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Never hold more than the page can honestly need (pdftoppm obeys -r, but be sure).
      if (size > Math.max(expectedBytes * 1.1, 1024)) fail(new PdfRenderError('the rendered page is larger than allowed'));
      else chunks.push(chunk);
    });
    child.on('error', (error) => fail(new PdfRenderError(`cannot run pdftoppm (install poppler-utils): ${error.message}`)));
    child.on('close', (code) => {
      clearTimeout(timer);
      if (failed) return reject(failed);
      if (code !== 0) return reject(new PdfRenderError(`the page could not be rendered (pdftoppm exit ${code})`));
      try {
        resolve(parsePgm(Buffer.concat(chunks)));
      } catch (error) {
        reject(error);
      }
    });
    // pdftoppm may exit before reading everything (a broken file): that is not our error.
    child.stdin.on('error', () => undefined);
    child.stdin.end(pdf);
  });
}
