/**
 * What the tesseract pool hands the engine, worked out without it: the page checked, as PGM
 * bytes, the resolution the engine is told, the models' names. Pure.
 */
import { TESSERACT_MODELS, type OcrLanguage } from './ocr-languages.js';
import type { PageImage } from './text-recognizer.js';

export function checkPageImage({ width, height, data }: PageImage): void {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1 || data.length !== width * height) {
    throw new Error(`not a page image: ${width}×${height} pixels with ${data.length} bytes`);
  }
}

/**
 * The page as binary PGM (netpbm P5: a short text header, then the grey bytes as they are), which
 * leptonica reads without decompressing anything. Made when a worker takes the page, so a queued
 * page is held once.
 */
export function toPgm({ width, height, data }: PageImage): Buffer {
  return Buffer.concat([Buffer.from(`P5\n${width} ${height}\n255\n`, 'latin1'), data]);
}

/** The resolution tesseract is told, within what it accepts. */
export function engineDpi(page: PageImage): number {
  return Math.min(1200, Math.max(50, Math.round(page.dpi)));
}

export function tesseractLanguages(languages: readonly OcrLanguage[]): string {
  const unique = [...new Set(languages)];
  if (unique.length === 0) throw new Error('at least one language is needed for OCR');
  return unique.map((l) => TESSERACT_MODELS[l]).join('+');
}
