/**
 * A page of an original as a PNG for the clerk's viewer. Images: sharp (EXIF orientation applied,
 * bounded size). PDFs: poppler's pdftoppm in a child process — rendering never runs on the web
 * event loop, JavaScript in the PDF is never run, and a time limit stops a hostile file.
 */
import { execFile } from 'node:child_process';
import sharp from 'sharp';

const PREVIEW_WIDTH = 1400;

export async function renderPagePreview(bytes: Uint8Array, mediaType: string, page: number): Promise<Buffer> {
  if (mediaType === 'application/pdf') {
    return new Promise((resolve, reject) => {
      const child = execFile(
        'pdftoppm',
        ['-f', String(page), '-l', String(page), '-scale-to-x', String(PREVIEW_WIDTH), '-scale-to-y', '-1', '-png', '-'],
        { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024, timeout: 20_000 },
        (error, stdout) => (error ? reject(error) : resolve(stdout)),
      );
      child.stdin?.on('error', () => undefined);
      child.stdin?.end(Buffer.from(bytes));
    });
  }
  return sharp(bytes, { page: page - 1, limitInputPixels: 200_000_000 })
    .rotate()
    .resize({ width: PREVIEW_WIDTH, withoutEnlargement: true })
    .png({ compressionLevel: 6 })
    .toBuffer();
}
